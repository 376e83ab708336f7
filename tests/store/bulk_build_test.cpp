// Tests the fast path that builds a new catalogue aside and renames it in.
#include "store/bulk_build.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <optional>

#include "store_test_support.h"

namespace cablecat {
namespace {

using test::TempCatalogue;

std::vector<Cable> mixedCables() {
  std::vector<Cable> cables;
  for (int serial = 1; serial <= 30; ++serial) {
    Cable cable = test::makeCable("09STATE" + std::to_string(serial), "Energy talks " + std::to_string(serial));
    if (serial % 3 == 0) cable.tags.push_back({"TAG" + std::to_string(serial), TagKind::subject, ""});
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

TEST(BulkBuild, AZeroByteFileIsClaimedUnderItsWriteLock) {
  TempCatalogue catalogue;
  std::ofstream(catalogue.path()).close();
  std::optional<BlankTargetClaim> claim = BlankTargetClaim::take(catalogue.path());
  ASSERT_TRUE(claim.has_value());
  EXPECT_TRUE(claim->replacesFile());
  // Nobody else can start writing it while the claim holds.
  SQLite::Database other(catalogue.path(), SQLite::OPEN_READWRITE);
  other.exec("PRAGMA busy_timeout = 0");
  EXPECT_THROW(other.exec("CREATE TABLE notes (text TEXT)"), SQLite::Exception);
}

TEST(BulkBuild, AMissingFileIsClaimedWithoutCreatingIt) {
  TempCatalogue catalogue;
  std::optional<BlankTargetClaim> claim = BlankTargetClaim::take(catalogue.path());
  ASSERT_TRUE(claim.has_value());
  EXPECT_FALSE(claim->replacesFile());
  EXPECT_FALSE(std::filesystem::exists(catalogue.path()));
}

TEST(BulkBuild, ACatalogueWithoutCablesIsLoadedInPlace) {
  // Renaming over it would pull it from under connections that have it open
  // (and mix its -wal/-shm with the new file's).
  TempCatalogue catalogue;
  openCatalogueForWriting(catalogue.path());
  EXPECT_FALSE(BlankTargetClaim::take(catalogue.path()).has_value());
  test::loadCables(catalogue.path(), mixedCables(), "in.csv", "csv");
  EXPECT_GT(test::dumpCatalogue(catalogue.path()).size(), 300u);
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
  std::string deadShard = dead + ".fts1";
  std::string alive = catalogue.path() + ".loading-1";  // init never dies
  std::string notOurs = catalogue.path() + ".loading-999999999.txt";
  for (const std::string& file : {dead, deadJournal, deadShard, alive, notOurs}) std::ofstream(file) << "x";
  removeStaleBulkBuilds(catalogue.path());
  EXPECT_FALSE(std::filesystem::exists(dead));
  EXPECT_FALSE(std::filesystem::exists(deadJournal));
  EXPECT_FALSE(std::filesystem::exists(deadShard));
  EXPECT_TRUE(std::filesystem::exists(alive));
  EXPECT_TRUE(std::filesystem::exists(notOurs));
}

TEST(BulkBuild, BuildFileNamesAreRecognizedForAnyCatalogue) {
  EXPECT_TRUE(isBulkBuildFileName("cables.db.loading-123"));
  EXPECT_TRUE(isBulkBuildFileName("x.loading-9-wal"));
  EXPECT_TRUE(isBulkBuildFileName("x.loading-9.fts0"));
  EXPECT_FALSE(isBulkBuildFileName("x.loading-9.csv"));
  EXPECT_FALSE(isBulkBuildFileName(".loading-9"));
  EXPECT_FALSE(isBulkBuildFileName("notes.txt"));
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
