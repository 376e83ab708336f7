// Tests the fast path that builds a new catalogue aside and renames it in.
#include "store/bulk_build.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "store_test_support.h"

namespace cablecat {
namespace {

using test::TempCatalogue;

std::vector<Cable> mixedCables() {
  std::vector<Cable> cables;
  for (int serial = 1; serial <= 30; ++serial) {
    Cable cable = test::makeCable("09STATE" + std::to_string(serial), "Energy talks " + std::to_string(serial));
    if (serial % 3 == 0) cable.tags.push_back({"TAG" + std::to_string(serial), "subject", ""});
    if (serial % 4 == 0) cable.listed_references = {"09STATE1", "09STATE2"};
    cable.has_listed_references = serial % 4 == 0;
    cables.push_back(cable);
  }
  cables.push_back(test::makeCable("09STATE5", "Energy talks 5, the longer version of it."));
  return cables;
}

TEST(BulkBuild, NewCatalogueHasTheSameContentAsALiveLoad) {
  TempCatalogue aside, live;
  test::loadCables(aside.path(), mixedCables(), "in.csv", "csv");
  test::loadCables(live.path(), mixedCables(), "in.csv", "csv", test::liveOptions());
  std::vector<std::string> asideDump = test::dumpCatalogue(aside.path());
  EXPECT_EQ(asideDump, test::dumpCatalogue(live.path()));
  EXPECT_GT(asideDump.size(), 300u);
}

TEST(BulkBuild, NewCatalogueHasTheSameTablesAndIndexesAsALiveLoad) {
  // Index schema files (002, 005) are applied after the bulk insert instead
  // of in their place: the result must not differ.
  TempCatalogue aside, live;
  test::loadCables(aside.path(), mixedCables(), "in.csv", "csv");
  test::loadCables(live.path(), mixedCables(), "in.csv", "csv", test::liveOptions());
  auto schema = [](const std::string& path) {
    SQLite::Database db = openCatalogueForReading(path);
    return test::dumpRows(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
  };
  std::vector<std::string> asideSchema = schema(aside.path());
  EXPECT_EQ(asideSchema, schema(live.path()));
  EXPECT_NE(std::find(asideSchema.begin(), asideSchema.end(),
                      "index|cables_origin|cables|CREATE INDEX cables_origin  ON cables(origin, created)"),
            asideSchema.end());
}

TEST(BulkBuild, NewCatalogueIsAWalCatalogueWithIndexesAndLargePages) {
  TempCatalogue catalogue;
  test::loadCables(catalogue.path(), mixedCables(), "in.csv", "csv");
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
  EXPECT_EQ(db.execAndGet("PRAGMA page_size").getInt(), 65536);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), latestSchemaVersion());
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'refs_ref_id'").getInt(), 1);
  EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
  EXPECT_FALSE(std::filesystem::exists(bulkBuildPath(catalogue.path())));
}

TEST(BulkBuild, EmptyExistingCatalogueIsRebuiltAside) {
  TempCatalogue catalogue;
  openCatalogueForWriting(catalogue.path());
  EXPECT_TRUE(isBlankCatalogue(catalogue.path()));
  test::loadCables(catalogue.path(), mixedCables(), "in.csv", "csv");
  EXPECT_EQ(openCatalogueForReading(catalogue.path()).execAndGet("PRAGMA page_size").getInt(), 65536);
}

TEST(BulkBuild, CatalogueWithOnlyIssuesIsNotBlank) {
  TempCatalogue catalogue;
  {
    CatalogueWriter writer(catalogue.path(), {});
    writer.recordIssue(0, {"x.csv", 0, 0}, "", Severity::error, "cannot open");
    writer.finish();
  }
  EXPECT_FALSE(isBlankCatalogue(catalogue.path()));
}

TEST(BulkBuild, RefusesToTurnANonCatalogueIntoOne) {
  TempCatalogue catalogue;
  {
    SQLite::Database other(catalogue.path(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE notes (text TEXT)");
  }
  EXPECT_THROW(CatalogueWriter(catalogue.path(), {}), CatalogueError);
}

TEST(BulkBuild, StaleBuildOfADeadProcessIsRemovedButNotALiveOne) {
  TempCatalogue catalogue;
  std::string dead = catalogue.path() + ".loading-999999999";
  std::string deadJournal = dead + "-journal";
  std::string alive = catalogue.path() + ".loading-1";  // init never dies
  for (const std::string& file : {dead, deadJournal, alive}) std::ofstream(file) << "x";
  removeStaleBulkBuilds(catalogue.path());
  EXPECT_FALSE(std::filesystem::exists(dead));
  EXPECT_FALSE(std::filesystem::exists(deadJournal));
  EXPECT_TRUE(std::filesystem::exists(alive));
}

TEST(BulkBuild, PublishRefusesToOverwriteACatalogueThatAppeared) {
  TempCatalogue catalogue;
  std::string build = bulkBuildPath(catalogue.path());
  std::ofstream(build) << "new";
  std::ofstream(catalogue.path()) << "someone else's";
  EXPECT_THROW(publishBulkBuild(build, catalogue.path(), false), CatalogueError);
  std::ifstream kept(catalogue.path());
  std::string content;
  std::getline(kept, content);
  EXPECT_EQ(content, "someone else's");
}

}  // namespace
}  // namespace cablecat
