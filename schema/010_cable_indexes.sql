-- Schema 10: the indexes of `cables`, made again on the compact table of
-- schema 9 (a catalogue made before it lost them with the old table). The
-- same indexes as 005 and 008 made: see those files for why each one is
-- there. A new catalogue has them from those files already: nothing changes.
-- Each is written as those files write it, spaces included: SQLite keeps the
-- text from the name on, and every catalogue should show the same schema.
CREATE INDEX IF NOT EXISTS cables_created ON cables(created, classification);
CREATE INDEX IF NOT EXISTS cables_origin  ON cables(origin, created);
CREATE INDEX IF NOT EXISTS cables_classification ON cables(classification, origin);
CREATE INDEX IF NOT EXISTS cables_year           ON cables(substr(created, 1, 4), classification, created);
CREATE INDEX IF NOT EXISTS cables_month          ON cables(substr(created, 1, 7), classification, created);
CREATE INDEX IF NOT EXISTS cables_precedence     ON cables(precedence);

-- Dropping the old table dropped its statistics: the loader sees that they
-- are missing and runs ANALYZE once the migrations are done
-- (src/store/planner_statistics.cpp). Not here: a new catalogue has just
-- been analysed by 008, and would pay for `cables` twice.
