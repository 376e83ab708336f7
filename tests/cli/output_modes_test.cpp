// The output modes named after sqlite3's print what Debian's sqlite3 shell
// prints, byte for byte, on a loaded catalogue: `cablecat query --mode M`
// against `sqlite3 -cmd '.mode M'` (columnar modes with --wrap 0, as
// sqlite3's -box and -table options: .mode alone wraps at 60 characters).
// Skips where the sqlite3 shell is absent (.ci/install-deps installs it).
#include <gtest/gtest.h>

#include <cstdlib>

#include "support/command_runner.h"

using namespace cablecat::test;

namespace {

// Values every mode must render as sqlite3 does: NULL, reals, a keyword as
// column name, quotes, markup, tabs, \r\n, a lone control character,
// Cyrillic, a blob with a NUL, infinity.
const std::string kAwkwardValues = R"SQL(
WITH t(a, b, c) AS (VALUES
  (1, 'hello', NULL),
  (22.5, 'two
lines', 'tab	here'),
  (-3, 'quote''s "dq" <b>&amp;', x'00ff'),
  (NULL, 'Москва…', 1e100),
  (0.1, 'cr' || char(13) || char(10) || 'lf\n' || char(13), 'ctl' || char(1) || 'x'),
  (9e999, '', 'end
'))
SELECT a, b, c AS "select", c AS [b c] FROM t;
SELECT 1 AS x;
)SQL";

const std::string kCatalogueRows =
    "SELECT * FROM cables ORDER BY id; SELECT * FROM recipients; SELECT * FROM refs; SELECT * FROM load_issues;";

class OutputModes : public ::testing::Test {
 protected:
  void SetUp() override {
    if (std::system("command -v sqlite3 > /dev/null 2>&1") != 0)
      GTEST_SKIP() << "the sqlite3 shell is not installed (.ci/install-deps installs it)";
    path_ = folder_.file("cables.db");
    CommandResult load =
        runCablecat({"load", "--quiet", "--db", path_, std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt"});
    ASSERT_EQ(load.exit_code, 0) << load.err;
  }

  // What `sqlite3` prints for `sql` in `mode`, headers on or off.
  std::string sqlite3Output(const std::string& mode, bool headers, const std::string& sql) {
    bool columnar = mode == "column" || mode == "table" || mode == "box" || mode == "markdown";
    CommandResult result = runCablecat({"-readonly", "-cmd", ".mode " + mode + (columnar ? " --wrap 0" : ""), "-cmd",
                                        std::string(".headers ") + (headers ? "on" : "off"), "-cmd",
                                        ".nullvalue NULL!", path_},
                                       &sql, "sqlite3");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
  }

  std::string cablecatOutput(const std::string& mode, bool headers, const std::string& sql) {
    std::vector<std::string> arguments{"query", "--db", path_, "--mode", mode, "--nullvalue", "NULL!", "-"};
    if (!headers) arguments.push_back("--no-headers");
    CommandResult result = runCablecat(arguments, &sql);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
  }

  void expectSameAsSqlite3(const std::string& mode, bool headers, const std::string& sql) {
    std::string expected = sqlite3Output(mode, headers, sql);
    ASSERT_FALSE(expected.empty()) << mode;
    EXPECT_EQ(cablecatOutput(mode, headers, sql), expected)
        << "--mode " << mode << (headers ? "" : " --no-headers") << " differs from sqlite3 on:\n" << sql;
  }

  TemporaryFolder folder_;
  std::string path_;
};

}  // namespace

TEST_F(OutputModes, RowModesPrintWhatSqlite3Prints) {
  for (const std::string mode : {"line", "list", "html", "insert", "quote"})
    for (bool headers : {true, false}) {
      expectSameAsSqlite3(mode, headers, kAwkwardValues);
      expectSameAsSqlite3(mode, headers, kCatalogueRows);
    }
}

TEST_F(OutputModes, ColumnarModesPrintWhatSqlite3Prints) {
  for (const std::string mode : {"column", "table", "box"}) {
    expectSameAsSqlite3(mode, true, kAwkwardValues);
    expectSameAsSqlite3(mode, true, kCatalogueRows);
  }
  // sqlite3 draws the header of table and box whatever .headers says; column
  // leaves it out as --no-headers does.
  expectSameAsSqlite3("column", false, kAwkwardValues);
  expectSameAsSqlite3("column", false, kCatalogueRows);
}

TEST_F(OutputModes, MarkdownIsSqlite3sWhereNoValueHoldsANewlineOrAPipe) {
  expectSameAsSqlite3("markdown", true,
                      "SELECT ref_id, created, subject, signer, section_count, summary FROM cables ORDER BY id;");
}

TEST_F(OutputModes, NoRowsPrintTheHeaderUnlessToldNot) {
  // sqlite3 prints nothing for no rows; a header tells a CSV reader the columns.
  const std::string none = "SELECT ref_id, subject FROM cables WHERE 0";
  EXPECT_EQ(cablecatOutput("csv", true, none), "ref_id,subject\r\n");
  EXPECT_EQ(cablecatOutput("column", true, none), "ref_id  subject\n------  -------\n");
  for (const std::string mode : {"column", "table", "box", "markdown", "csv", "tsv", "list", "html", "quote"})
    EXPECT_EQ(cablecatOutput(mode, false, none), "") << mode;
}
