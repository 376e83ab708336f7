// Tests that the planner's statistics follow the number of cables loaded.
#include "store/planner_statistics.h"

#include <gtest/gtest.h>

#include <vector>

#include "store_test_support.h"

namespace cablecat {
namespace {

using test::TempCatalogue;

std::vector<Cable> cablesNumbered(int first, int count) {
  std::vector<Cable> cables;
  for (int serial = first; serial < first + count; ++serial)
    cables.push_back(test::makeCable("07ASTANA" + std::to_string(serial), "Text " + std::to_string(serial)));
  return cables;
}

long long analysedCables(SQLite::Database& db) {
  return db.execAndGet("SELECT coalesce((SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 "
                       "WHERE idx = 'sqlite_autoindex_cables_1'), 0)").getInt64();
}

void loadLive(const std::string& path, const std::vector<Cable>& cables) {
  test::loadCables(path, cables, "dump" + std::to_string(cables.front().ref_id.size()) + cables.front().ref_id + ".csv",
                   "csv", test::liveOptions());
}

TEST(PlannerStatistics, ANewCatalogueIsAnalysedWithItsIndexes) {
  TempCatalogue catalogue;
  test::loadCables(catalogue.path(), cablesNumbered(1, 8), "a.csv", "csv");
  SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
  EXPECT_EQ(analysedCables(db), 8);
  EXPECT_FALSE(plannerStatisticsAreStale(db));
}

TEST(PlannerStatistics, ALoadThatGrowsTheCatalogueByMoreThanAQuarterAnalysesItAgain) {
  TempCatalogue catalogue;
  loadLive(catalogue.path(), cablesNumbered(1, 4));
  {
    SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
    EXPECT_EQ(analysedCables(db), 4);
  }
  loadLive(catalogue.path(), cablesNumbered(100, 1));  // 5 cables: a quarter more, not more than that
  {
    SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
    EXPECT_EQ(analysedCables(db), 4);
  }
  loadLive(catalogue.path(), cablesNumbered(200, 20));
  SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
  EXPECT_EQ(analysedCables(db), 25);
  EXPECT_EQ(db.execAndGet("SELECT stat FROM sqlite_stat1 WHERE idx = 'cable_tags_tag'").getString().empty(), false);
}

// Counting a table without an index reads all of its pages: the text and
// the full-text index's own tables are left out, every other table is in.
TEST(PlannerStatistics, EveryTableButTheTextAndTheFullTextIndexIsAnalysed) {
  for (bool live : {false, true}) {
    TempCatalogue catalogue(live ? "live" : "bulk");
    if (live) {
      loadLive(catalogue.path(), cablesNumbered(1, 4));
      loadLive(catalogue.path(), cablesNumbered(100, 20));  // analysed again by the load
    } else {
      test::loadCables(catalogue.path(), cablesNumbered(1, 8), "a.csv", "csv");
    }
    SQLite::Database db(catalogue.path(), SQLite::OPEN_READONLY);
    EXPECT_EQ(test::dumpRows(db, "SELECT DISTINCT tbl FROM sqlite_stat1 WHERE tbl = 'cable_texts' "
                                 "OR tbl LIKE 'cables_fts%'"),
              std::vector<std::string>{}) << (live ? "live" : "bulk");
    EXPECT_EQ(test::dumpRows(db, "SELECT DISTINCT tbl FROM sqlite_stat1 WHERE tbl IN "
                                 "('cables', 'recipients', 'tags', 'cable_tags', 'refs') ORDER BY tbl"),
              (std::vector<std::string>{"cable_tags", "cables", "recipients", "refs", "tags"}))
        << (live ? "live" : "bulk");
  }
}

TEST(PlannerStatistics, StaleWithoutAnyCountAndOnceTheCountIsAQuarterOff) {
  TempCatalogue catalogue;
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  EXPECT_FALSE(plannerStatisticsAreStale(db));  // nothing counted, nothing held
  db.exec("INSERT INTO cables (ref_id, content_hash) VALUES ('07ASTANA1', 'h')");
  EXPECT_TRUE(plannerStatisticsAreStale(db));
  std::vector<FinishPhase> announced;
  FinishPhaseListener listener = [&](FinishPhase phase) { announced.push_back(phase); };
  EXPECT_TRUE(refreshStalePlannerStatistics(db, listener));
  EXPECT_FALSE(refreshStalePlannerStatistics(db, listener));
  // Named once, for the ANALYZE that ran: the display shows it, not the step before.
  EXPECT_EQ(announced, std::vector<FinishPhase>{FinishPhase::statistics});
  db.exec("DELETE FROM cables");
  EXPECT_TRUE(plannerStatisticsAreStale(db));
}

}  // namespace
}  // namespace cablecat
