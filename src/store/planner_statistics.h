// Keeping SQLite's planner statistics (sqlite_stat1) in step with the catalogue.
#pragma once

#include <SQLiteCpp/Database.h>

#include "finish_phase.h"

namespace cablecat {

// True when sqlite_stat1 has no count of `cables`, or one more than a
// quarter off the number of cables the catalogue holds now.
bool plannerStatisticsAreStale(SQLite::Database& db);

// Runs ANALYZE (every table but the text and the full-text index) when
// plannerStatisticsAreStale (about 1 s of CPU on the full archive), telling
// `phases` first; returns whether it did. Call outside a transaction, once
// the data is committed. Best effort: a busy or full disk leaves the old
// statistics (they cost speed, never data) and returns false; the next load
// tries again.
bool refreshStalePlannerStatistics(SQLite::Database& db, const FinishPhaseListener& phases = {});

}  // namespace cablecat
