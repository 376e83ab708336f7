// Contract 2: bad input is reported with file and line/row, recorded in
// load_issues, never stops the rest, and never changes what was there.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"
#include "support/synthetic_dump.h"

using cablecat::test::catalogueSnapshot;
using cablecat::test::queryValue;
using cablecat::test::runCablecatLine;
using cablecat::test::TemporaryFolder;
using cablecat::test::writeFile;

namespace {

const std::string kSeed = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";
const std::string kGoodRow = cablecat::test::astanaCsvRow("8/24/2007 9:31");

class BadInput : public testing::Test {
 protected:
  void SetUp() override {
    db_ = folder_.file("catalogue.db");
    ASSERT_EQ(runCablecatLine("load --quiet --db " + db_ + " " + kSeed).exit_code, 0);
    seedCables_ = seedContent();
    good_ = folder_.file("good.csv");
    writeFile(good_, kGoodRow);
  }

  // The seed's cables (07ASTANA2098..2327), whatever the test cables (90xx) do.
  std::string seedContent() const {
    return queryValue(db_, "SELECT group_concat(ref_id || content_hash || (SELECT count(*) FROM"
                           " recipients r WHERE r.cable_id = c.id)) FROM (SELECT * FROM cables"
                           " WHERE ref_id < '07ASTANA9' ORDER BY ref_id) c");
  }

  // Loads `bad` together with a good file; checks the contract; returns stderr.
  std::string loadAlongsideGood(const std::string& bad) {
    auto result = runCablecatLine("load --quiet --db " + db_ + " " + bad + " " + good_);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.err.find(bad), std::string::npos) << "message names the file: " << result.err;
    EXPECT_EQ(queryValue(db_, "SELECT count(*) FROM cables WHERE ref_id = '07ASTANA9001'"), "1")
        << "the good file still loads";
    EXPECT_EQ(seedContent(), seedCables_)
        << "what was there is unchanged";
    EXPECT_NE(queryValue(db_, "SELECT count(*) FROM load_issues WHERE path = '" + bad + "'"), "0")
        << "a load_issues row names the file";
    return result.err;
  }

  TemporaryFolder folder_;
  std::string db_, good_, seedCables_;
};

}  // namespace

TEST_F(BadInput, RandomBytes) {
  std::string path = folder_.file("random.bin");
  std::mt19937 generator(42);
  std::string bytes(64 * 1024, '\0');
  for (char& byte : bytes) byte = static_cast<char>(generator());
  writeFile(path, bytes);
  loadAlongsideGood(path);
}

TEST_F(BadInput, EmptyFile) {
  std::string path = folder_.file("empty.txt");
  writeFile(path, "");
  loadAlongsideGood(path);
}

TEST_F(BadInput, CsvTruncatedInsideAQuotedField) {
  std::string path = folder_.file("truncated.csv");
  std::string row2 = kGoodRow;
  row2.replace(row2.find("07ASTANA9001"), 12, "07ASTANA9002");
  writeFile(path, row2 + "\"2\",\"8/25/2007 9:31\",\"07ASTANA9003\",\"Embassy Astana\",\"UNCLAS");
  std::string messages = loadAlongsideGood(path);
  EXPECT_NE(messages.find("row 2"), std::string::npos) << messages;
  EXPECT_EQ(queryValue(db_, "SELECT count(*) FROM cables WHERE ref_id = '07ASTANA9002'"), "1");
}

TEST_F(BadInput, CsvRowWithTheWrongNumberOfFields) {
  std::string path = folder_.file("fields.csv");
  std::string row2 = kGoodRow;
  row2.replace(row2.find("07ASTANA9001"), 12, "07ASTANA9004");
  row2.replace(0, 3, "\"2\"");
  writeFile(path, "\"1\",\"8/24/2007 9:31\",\"07ASTANA9005\",\"Embassy Astana\"\n" + row2);
  std::string messages = loadAlongsideGood(path);
  EXPECT_NE(messages.find("row 1"), std::string::npos) << messages;
  EXPECT_EQ(queryValue(db_, "SELECT count(*) FROM cables WHERE ref_id = '07ASTANA9004'"), "1");
  EXPECT_EQ(queryValue(db_, "SELECT count(*) FROM cables WHERE ref_id = '07ASTANA9005'"), "0");
}

TEST_F(BadInput, InvalidUtf8InsideACableIsKeptAndFlagged) {
  std::string path = folder_.file("07ASTANA9006.txt");
  writeFile(path, "R 240931Z AUG 07\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC 0464\n\n"
                  "UNCLAS ASTANA 009006\n\nSUBJECT: BAD \xff\xfe BYTES\n\n1. Caf\xe9 text.\n");
  auto result = runCablecatLine("load --quiet --db " + db_ + " " + path + " " + good_);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(queryValue(db_, "SELECT count(*) FROM cables WHERE ref_id = '07ASTANA9006'"), "1");
  // Stored text is valid UTF-8 so every SQL client can read it.
  std::string subject = queryValue(db_, "SELECT subject FROM cables WHERE ref_id = '07ASTANA9006'");
  EXPECT_EQ(subject.find('\xff'), std::string::npos) << subject;
  EXPECT_NE(queryValue(db_, "SELECT count(*) FROM load_issues WHERE ref_id = '07ASTANA9006'"), "0");
}

TEST_F(BadInput, FiftyMegabyteSingleLine) {
  std::string path = folder_.file("long.txt");
  writeFile(path, std::string(50 * 1024 * 1024, 'A'));
  loadAlongsideGood(path);
}

TEST_F(BadInput, HtmlPageWithoutACable) {
  std::string path = folder_.file("page.html");
  writeFile(path, "<!DOCTYPE html><html><body><h3>Browse by tag</h3>"
                  "<a href='/tag/PGOV_0.html'>PGOV</a></body></html>\n");
  loadAlongsideGood(path);
}

TEST_F(BadInput, MissingFile) {
  loadAlongsideGood(folder_.file("vanished.csv"));
}

TEST_F(BadInput, UnreadableFile) {
  std::string path = folder_.file("dangling.csv");
  std::filesystem::create_symlink(folder_.file("nowhere"), path);
  loadAlongsideGood(path);
}

TEST_F(BadInput, NothingReadableExitsOne) {
  std::string path = folder_.file("empty.txt");
  writeFile(path, "");
  std::string before = catalogueSnapshot(db_);
  auto result = runCablecatLine("load --quiet --db " + db_ + " " + folder_.file("missing.csv"));
  EXPECT_EQ(result.exit_code, 1) << result.err;
}
