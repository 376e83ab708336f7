-- Catalogue-wide settings and state, as key/value pairs.
--
-- Known keys:
--   fts_stale = '1'  cables_fts is empty or out of date (a load ran with
--                    --no-fts); the next load with full-text search rebuilds
--                    it. `search` should say so instead of finding nothing.
CREATE TABLE catalogue_settings (
  key   TEXT PRIMARY KEY,
  value TEXT
) WITHOUT ROWID;
