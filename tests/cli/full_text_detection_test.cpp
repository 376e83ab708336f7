// The full-text index as sqlite-utils and Datasette find it: Debian's
// `sqlite-utils search` run on a loaded catalogue, and Datasette's own
// detection query (datasette/utils/__init__.py, detect_fts_sql).
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <cstdlib>

#include "support/command_runner.h"
#include "support/older_catalogue.h"

using namespace cablecat::test;

namespace {

const std::string kSample = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";

bool haveSqliteUtils() { return std::system("command -v sqlite-utils > /dev/null 2>&1") == 0; }

std::string loadSample(const TemporaryFolder& folder) {
  std::string path = folder.file("cables.db");
  CommandResult load = runCablecat({"load", "--quiet", "--db", path, kSample});
  EXPECT_EQ(load.exit_code, 0) << load.err;
  return path;
}

CommandResult sqliteUtilsSearch(const std::string& path, const std::string& word) {
  return runCablecat({"search", path, "cables", word, "-c", "ref_id", "--csv"}, nullptr, "sqlite-utils");
}

std::string withoutCarriageReturns(std::string text) {
  std::erase(text, '\r');
  return text;
}

// A catalogue of schema 6, with the definition every catalogue before
// schema 7 stored.
void makeVersion6Catalogue(const std::string& path) {
  makeCatalogueAtVersion(path, 6);
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  db.exec(R"SQL(
    PRAGMA writable_schema = ON;
    UPDATE sqlite_schema SET sql = replace(sql, 'content="cables", content_rowid="id"',
                                           'content = ''cables'', content_rowid = ''id''')
    WHERE name = 'cables_fts';
    PRAGMA writable_schema = RESET;)SQL");
}

}  // namespace

TEST(FullTextDetection, SqliteUtilsSearchFindsCablesInANewCatalogue) {
  if (!haveSqliteUtils()) GTEST_SKIP() << "Debian's sqlite-utils is not installed (.ci/install-deps installs it)";
  TemporaryFolder folder;
  std::string path = loadSample(folder);
  CommandResult search = sqliteUtilsSearch(path, "Kashagan");
  EXPECT_EQ(search.exit_code, 0) << search.err;
  EXPECT_EQ(withoutCarriageReturns(search.out), "ref_id\n07ASTANA2315\n");
}

TEST(FullTextDetection, LoadingIntoAnOlderCatalogueMakesItsIndexDetectable) {
  if (!haveSqliteUtils()) GTEST_SKIP() << "Debian's sqlite-utils is not installed (.ci/install-deps installs it)";
  TemporaryFolder folder;
  std::string path = folder.file("cables.db");
  makeVersion6Catalogue(path);
  CommandResult before = sqliteUtilsSearch(path, "Kashagan");
  EXPECT_NE(before.exit_code, 0);
  EXPECT_NE(before.err.find("Table 'cables' is not configured for full-text search"), std::string::npos)
      << before.err;
  CommandResult load = runCablecat({"load", "--quiet", "--db", path, kSample});
  EXPECT_EQ(load.exit_code, 0) << load.err;
  CommandResult after = sqliteUtilsSearch(path, "Kashagan");
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_EQ(withoutCarriageReturns(after.out), "ref_id\n07ASTANA2315\n");
}

TEST(FullTextDetection, DatasetteDetectionQueryFindsTheIndex) {
  TemporaryFolder folder;
  std::string path = loadSample(folder);
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  // Datasette's detect_fts_sql("cables"), as it is written there.
  std::string found = db.execAndGet(R"SQL(
        select name from sqlite_master
            where rootpage = 0
            and (
                sql like '%VIRTUAL TABLE%USING FTS%content="cables"%'
                or sql like '%VIRTUAL TABLE%USING FTS%content=[cables]%'
                or (
                    tbl_name = "cables"
                    and sql like '%VIRTUAL TABLE%USING FTS%'
                )
            ))SQL")
                          .getString();
  EXPECT_EQ(found, "cables_fts");
}
