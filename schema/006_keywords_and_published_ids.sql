-- Schema 6.
--
-- Tags of kind 'keyword': a free-text phrase written on a TAGS line among the
-- codes ('TAGS: ECON EFIN PM ECONOMIC AFFAIRS' has the keyword tag 'ECONOMIC
-- AFFAIRS', not the codes ECONOMIC and AFFAIRS). SQLite cannot change a CHECK
-- constraint in place, so `tags` is copied into a table that allows it (the
-- loader applies this with foreign keys off; ids are kept).
CREATE TABLE tags_006 (
  id    INTEGER PRIMARY KEY,
  code  TEXT NOT NULL UNIQUE,              -- PGOV, KZ, 'CLINTON, HILLARY', 'ECONOMIC AFFAIRS'
  kind  TEXT NOT NULL CHECK (kind IN ('geo', 'program', 'subject', 'person', 'org', 'keyword'))
);
INSERT INTO tags_006 (id, code, kind) SELECT id, code, kind FROM tags;
DROP TABLE tags;
ALTER TABLE tags_006 RENAME TO tags;

-- The reference ID as WikiLeaks published it, when that is not the canonical
-- `ref_id`: some cables were published under a malformed ID such as
-- '08ECTION01OF02MANAMA492' (the SECTION line glued into it) and some of those
-- again under the canonical one ('08MANAMA492'). Both spellings are one row;
-- `show` and `WHERE published_ref_id = ...` find it by either. NULL when every
-- form used the canonical ID.
ALTER TABLE cables ADD COLUMN published_ref_id TEXT;
CREATE INDEX cables_published_ref_id ON cables(published_ref_id) WHERE published_ref_id IS NOT NULL;
