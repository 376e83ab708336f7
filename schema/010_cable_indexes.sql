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

-- Dropping the old table dropped its statistics: these are the new table's
-- (a fraction of a second on the full archive: it reads the indexes). Not
-- cable_texts: counting its rows alone reads every page of the text.
ANALYZE cables;
