// `cablecat query`: modes, stdin, errors, and that it never writes.
#include <gtest/gtest.h>

#include <fstream>

#include "support/command_runner.h"
#include "query/catalogue_fixture.h"

using namespace cablecat::test;

TEST(QueryCommand, PrintsCsvWithHeaders) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"query", "--db", catalogue.path(), "--mode", "csv",
                                      "SELECT ref_id, section_count, subject FROM cables WHERE id IN (1, 5) ORDER BY id"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "ref_id,section_count,subject\r\n"
            "07ASTANA2327,2,KAZAKHSTAN: ELECTION COMMISSION PREPARES FOR PARLIAMENTARY VOTE\r\n"
            "7575LIBREVILLE1895,,\"GABON: \"\"OIL, GAS\"\" AND THE BUDGET\"\r\n");
  EXPECT_EQ(result.err, "");
}

TEST(QueryCommand, DefaultModeOffTerminalIsTsv) {
  FixtureCatalogue catalogue;
  CommandResult result =
      runCablecat({"query", "--db", catalogue.path(), "SELECT ref_id, created FROM cables ORDER BY created LIMIT 2"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "ref_id\tcreated\n"
            "07ASTANA1558\t2007-06-12T08:30\n"
            "07ASTANA2327\t2007-08-27T10:01\n");
}

TEST(QueryCommand, ReadsSqlFromStdinAndPrintsEveryStatement) {
  FixtureCatalogue catalogue;
  std::string sql = "SELECT count(*) AS cables FROM cables;\n-- a comment\nSELECT code FROM tags WHERE id < 3 ORDER BY id;\n";
  CommandResult result = runCablecat({"query", "--db", catalogue.path(), "--mode", "json", "-"}, &sql);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "[{\"cables\":5}]\n"
            "[{\"code\":\"PGOV\"},\n{\"code\":\"KZ\"}]\n");
}

TEST(QueryCommand, EveryModeOnOneResultSet) {
  FixtureCatalogue catalogue;
  const std::string sql = "SELECT ref_id, section_count AS sections FROM cables WHERE id <= 2 ORDER BY id";
  auto run = [&](const std::string& mode, bool headers = true) {
    std::vector<std::string> arguments{"query", "--db", catalogue.path(), "--mode", mode};
    if (!headers) arguments.push_back("--no-headers");
    arguments.push_back(sql);
    CommandResult result = runCablecat(arguments);
    EXPECT_EQ(result.exit_code, 0) << mode << ": " << result.err;
    return result.out;
  };
  EXPECT_EQ(run("column"),
            "ref_id        sections\n"
            "------------  --------\n"
            "07ASTANA2327  2       \n"
            "07ASTANA1558          \n");
  EXPECT_EQ(run("table"),
            "+--------------+----------+\n"
            "|    ref_id    | sections |\n"
            "+--------------+----------+\n"
            "| 07ASTANA2327 | 2        |\n"
            "| 07ASTANA1558 |          |\n"
            "+--------------+----------+\n");
  EXPECT_EQ(run("box"),
            "┌──────────────┬──────────┐\n"
            "│    ref_id    │ sections │\n"
            "├──────────────┼──────────┤\n"
            "│ 07ASTANA2327 │ 2        │\n"
            "│ 07ASTANA1558 │          │\n"
            "└──────────────┴──────────┘\n");
  EXPECT_EQ(run("csv"), "ref_id,sections\r\n07ASTANA2327,2\r\n07ASTANA1558,\r\n");
  EXPECT_EQ(run("tsv"), "ref_id\tsections\n07ASTANA2327\t2\n07ASTANA1558\t\n");
  EXPECT_EQ(run("tsv", false), "07ASTANA2327\t2\n07ASTANA1558\t\n");
  EXPECT_EQ(run("json"), "[{\"ref_id\":\"07ASTANA2327\",\"sections\":2},\n{\"ref_id\":\"07ASTANA1558\",\"sections\":null}]\n");
  EXPECT_EQ(run("ndjson"), "{\"ref_id\":\"07ASTANA2327\",\"sections\":2}\n{\"ref_id\":\"07ASTANA1558\",\"sections\":null}\n");
  EXPECT_EQ(run("markdown"),
            "|    ref_id    | sections |\n"
            "|--------------|----------|\n"
            "| 07ASTANA2327 | 2        |\n"
            "| 07ASTANA1558 |          |\n");
  EXPECT_EQ(run("line"), "  ref_id = 07ASTANA2327\nsections = 2\n\n  ref_id = 07ASTANA1558\nsections = \n");
  EXPECT_EQ(run("list", false), "07ASTANA2327|2\n07ASTANA1558|\n");
  EXPECT_EQ(run("quote"), "'ref_id','sections'\n'07ASTANA2327',2\n'07ASTANA1558',NULL\n");
  EXPECT_EQ(run("insert"),
            "INSERT INTO \"table\"(ref_id,sections) VALUES('07ASTANA2327',2);\n"
            "INSERT INTO \"table\"(ref_id,sections) VALUES('07ASTANA1558',NULL);\n");
  EXPECT_EQ(run("html", false),
            "<TR><TD>07ASTANA2327</TD>\n<TD>2</TD>\n</TR>\n<TR><TD>07ASTANA1558</TD>\n<TD></TD>\n</TR>\n");
}

TEST(QueryCommand, UnknownModeIsAUsageError) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"query", "--db", catalogue.path(), "--mode", "tabs", "SELECT 1"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
}

TEST(QueryCommand, RefusesToWriteAndLeavesRowsAlone) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"query", "--db", catalogue.path(), "DELETE FROM cables"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "cablecat query: " + catalogue.path() +
                            " is opened read-only: query never writes (attempt to write a readonly database); "
                            "'cablecat load' changes the catalogue\n");
  CommandResult count = runCablecat({"query", "--db", catalogue.path(), "--no-headers", "SELECT count(*) FROM cables"});
  EXPECT_EQ(count.out, "5\n");
}

TEST(QueryCommand, SqlErrorPrintsSqliteMessage) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"query", "--db", catalogue.path(), "SELECT nope FROM cables"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "cablecat query: no such column: nope\n");
}

TEST(QueryCommand, RefusesAFileThatIsNoCatalogue) {
  std::string path = temporaryPath("not-a-catalogue.db");
  {
    SQLite::Database other(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hello')");
  }
  CommandResult result = runCablecat({"query", "--db", path, "SELECT * FROM notes"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "cablecat query: " + path +
                            ": not a cablecat catalogue (it has other tables); give another --db file\n");
  std::filesystem::remove(path);
}

TEST(QueryCommand, MissingCatalogueSaysHowToCreateOne) {
  std::string path = temporaryPath("missing.db");
  CommandResult result = runCablecat({"query", "--db", path, "SELECT 1"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "cablecat query: " + path + ": no such catalogue; create it with 'cablecat load --db " + path +
                            " INPUT...'\n");
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(QueryCommand, DatabaseComesFromEnvironmentWhenNoOption) {
  FixtureCatalogue catalogue;
  setenv("CABLECAT_DB", catalogue.path().c_str(), 1);
  CommandResult result = runCablecat({"query", "--no-headers", "SELECT count(*) FROM tags"});
  unsetenv("CABLECAT_DB");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "9\n");
}

TEST(QueryCommand, AttachCannotCreateFilesButTempTablesWork) {
  FixtureCatalogue catalogue;
  std::string attached = temporaryPath("attached.db");
  CommandResult attach =
      runCablecat({"query", "--db", catalogue.path(), "ATTACH '" + attached + "' AS x; CREATE TABLE x.t(a)"});
  EXPECT_EQ(attach.exit_code, 1);
  EXPECT_FALSE(std::filesystem::exists(attached));
  CommandResult temp = runCablecat({"query", "--db", catalogue.path(), "--mode", "csv",
                                    "CREATE TEMP TABLE picked AS SELECT ref_id FROM cables WHERE id = 2; "
                                    "SELECT * FROM picked"});
  EXPECT_EQ(temp.exit_code, 0) << temp.err;
  EXPECT_EQ(temp.out, "ref_id\r\n07ASTANA1558\r\n");
}
