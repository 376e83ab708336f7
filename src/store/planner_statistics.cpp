// Keeping SQLite's planner statistics (sqlite_stat1) in step with the catalogue.
//
// schema/008 runs ANALYZE, and so does every new catalogue after its bulk
// load. A catalogue that grows load by load (an html page first, the whole
// dump later) would otherwise keep the counts of its first load, and the
// planner would pick plans for 18 cables on 251,287 ones.
#include "planner_statistics.h"

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <cstdlib>

namespace cablecat {

bool plannerStatisticsAreStale(SQLite::Database& db) {
  std::int64_t cables = db.execAndGet("SELECT count(*) FROM cables").getInt64();
  if (!db.tableExists("sqlite_stat1")) return cables > 0;
  // The first number of an index's stat is the rows of its table.
  SQLite::Statement counted(db, "SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 "
                                "WHERE tbl = 'cables' AND idx = 'sqlite_autoindex_cables_1'");
  if (!counted.executeStep()) return cables > 0;
  std::int64_t analysed = counted.getColumn(0).getInt64();
  return std::llabs(cables - analysed) * 4 > analysed;
}

bool refreshStalePlannerStatistics(SQLite::Database& db, const FinishPhaseListener& phases) {
  if (!plannerStatisticsAreStale(db)) return false;
  announce(phases, FinishPhase::statistics);
  db.exec("ANALYZE");
  return true;
}

}  // namespace cablecat
