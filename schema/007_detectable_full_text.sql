-- Schema 7.
--
-- sqlite-utils (`sqlite-utils search cables.db cables WORD`) and Datasette
-- find the full-text index of `cables` by looking for content="cables" (or
-- content=[cables]) in the index's definition in sqlite_schema. Catalogues
-- made before this file wrote content = 'cables', which FTS5 reads the same
-- way, but those tools do not find. This rewrites only the stored text of
-- the definition (SQLite's ALTER TABLE documentation, "making other kinds of
-- table schema changes"): the index itself stays as it is, so no catalogue
-- has to rebuild it (half a minute on the full archive). Catalogues created
-- with the schema/001 of this version already have the new text: nothing
-- changes there.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'content = ''cables'', content_rowid = ''id''',
                  'content="cables", content_rowid="id"')
WHERE type = 'table' AND name = 'cables_fts'
  AND instr(sql, 'content = ''cables'', content_rowid = ''id''') > 0;
-- RESET turns writing off and makes this connection read the new text.
PRAGMA writable_schema = RESET;
-- Creating a table moves the schema cookie, which tells every other open
-- connection to read the schema again (the step the documentation asks for,
-- with a literal PRAGMA schema_version no SQL file can compute).
CREATE TABLE schema_007_done (x);
DROP TABLE schema_007_done;
