// Keeping SQLite's planner statistics (sqlite_stat1) in step with the catalogue.
//
// schema/008 runs ANALYZE, and so does every new catalogue after its bulk
// load. A catalogue that grows load by load (an html page first, the whole
// dump later) would otherwise keep the counts of its first load, and the
// planner would pick plans for 18 cables on 251,287 ones; one migrated to
// schema 9 would have none for the rebuilt `cables`.
#include "planner_statistics.h"

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

namespace cablecat {

namespace {

// Every table a question reads, but not the text: a table without an index
// is counted by reading all of its pages (cable_texts: 1.8 GB on the full
// archive), and the planner reaches the text by cable id only. Nor the
// full-text index's own tables, which FTS5 reads by key.
void analyzeCatalogue(SQLite::Database& db) {
  std::vector<std::string> tables;
  SQLite::Statement list(db, "SELECT name FROM sqlite_schema WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND name <> 'cable_texts' "
                             "AND name NOT LIKE 'cables!_fts%' ESCAPE '!' ORDER BY name");
  while (list.executeStep()) tables.push_back(list.getColumn(0).getString());
  for (const std::string& table : tables) db.exec("ANALYZE main.\"" + table + "\"");
}

}  // namespace

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
  try {
    if (!plannerStatisticsAreStale(db)) return false;
    announce(phases, FinishPhase::statistics);
    analyzeCatalogue(db);
    return true;
  } catch (const SQLite::Exception&) {
    return false;
  }
}

}  // namespace cablecat
