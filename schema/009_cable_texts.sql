-- Schema 9: each cable's header and body in their own 1:1 table.
--
-- `cables` keeps what questions filter, group and list by (about 800 bytes
-- a cable); `cable_texts` keeps the transmitted text (about 7 KB a cable).
-- A question about metadata no longer reads the text: on the full archive
-- the cable rows shrink from 2.1 GB to 0.2 GB, so a join from tags,
-- recipients or references to `cables` reads a few thousand pages instead
-- of tens of thousands, each index of `cables` is built from 0.2 GB instead
-- of the whole text, and the metadata stays in memory when the texts
-- cannot (10 times the archive). bench/README.md has the measurements.
--
-- A query that wants the text joins it by the cable's id, or reads the view
-- `cables_with_text` (every column of `cables` plus header and body):
--   SELECT c.ref_id, t.body FROM cables AS c JOIN cable_texts AS t ON t.cable_id = c.id
--
-- A catalogue made before this file is rebuilt here: the text goes into
-- `cable_texts`, the other columns into a new, compact `cables` (same ids,
-- same values), and the old table is dropped. Its pages stay in the file as
-- free pages that later loads reuse (VACUUM returns them to the disk). The
-- indexes of `cables` are made again by 010_cable_indexes.sql. The loader
-- applies this file with foreign keys off.
CREATE TABLE cables_009 (
  id               INTEGER PRIMARY KEY,
  ref_id           TEXT NOT NULL UNIQUE,   -- canonical ID: 07ASTANA2327
  ref_id_malformed INTEGER NOT NULL DEFAULT 0, -- 1: kept as written, not YY+STATION+SERIAL
  created          TEXT,                   -- '2007-08-27T10:01' (from the DTG when the page time was wrong)
  released         TEXT,                   -- WikiLeaks release time
  classification   TEXT,                   -- UNCLASSIFIED, CONFIDENTIAL, SECRET//NOFORN, ...
  origin           TEXT,                   -- 'Embassy Astana'
  subject          TEXT,
  summary          TEXT,                   -- 'Summary: ... End summary.' text
  transmission_id  TEXT,                   -- VZCZCXRO1141
  precedence       TEXT,                   -- ROUTINE, PRIORITY, IMMEDIATE, FLASH, NIACT IMMEDIATE
  dtg              TEXT,                   -- date-time group: '2007-08-27T10:01Z'
  from_station     TEXT,                   -- 'AMEMBASSY ASTANA'
  section_count    INTEGER,                -- SECTION 01 OF 04 -> 4; NULL when unsectioned
  is_partial       INTEGER NOT NULL DEFAULT 0, -- 1: a partial extract, not the whole cable
  decl             TEXT,                   -- declassify on: '2017-08-27', 'OADR', 'X1', ...
  classified_by    TEXT,                   -- 'Amb. John Ordway, reasons 1.4 (B) and (D)'
  signer           TEXT,                   -- surname(s) at the end: 'ORDWAY'; several joined by '; '
  content_hash     TEXT NOT NULL,          -- hash of header+body of the stored form
  published_ref_id TEXT                    -- as WikiLeaks published it, when not ref_id (schema 6)
);
INSERT INTO cables_009 (id, ref_id, ref_id_malformed, created, released, classification, origin,
                        subject, summary, transmission_id, precedence, dtg, from_station,
                        section_count, is_partial, decl, classified_by, signer, content_hash,
                        published_ref_id)
SELECT id, ref_id, ref_id_malformed, created, released, classification, origin,
       subject, summary, transmission_id, precedence, dtg, from_station,
       section_count, is_partial, decl, classified_by, signer, content_hash,
       published_ref_id
FROM cables ORDER BY id;

-- The text of each cable as transmitted: one row for each row of `cables`.
CREATE TABLE cable_texts (
  cable_id  INTEGER PRIMARY KEY REFERENCES cables(id) ON DELETE CASCADE,
  header    TEXT,                          -- routing header as transmitted
  body      TEXT                           -- body as transmitted
);
INSERT INTO cable_texts (cable_id, header, body) SELECT id, header, body FROM cables ORDER BY id;

-- The views name `cables`: dropped while it is replaced, then made again.
DROP VIEW reference_links;
DROP VIEW cited_by;
-- Freed pages are not overwritten with zeros (Debian's SQLite does that by
-- default): gigabytes of writes for text that now lives in cable_texts.
PRAGMA secure_delete = OFF;
DROP TABLE cables;
PRAGMA secure_delete = ON;
ALTER TABLE cables_009 RENAME TO cables;
CREATE INDEX cables_published_ref_id ON cables(published_ref_id) WHERE published_ref_id IS NOT NULL;

-- Every column of a cable with its text, as `cables` was before schema 9:
-- for queries that want both, and the text the full-text index reads.
CREATE VIEW cables_with_text AS
SELECT c.*, t.header, t.body
FROM cables AS c
LEFT JOIN cable_texts AS t ON t.cable_id = c.id;

-- References with the cited cable resolved when it is in the catalogue.
CREATE VIEW reference_links AS
SELECT citing.id        AS citing_cable_id,
       citing.ref_id    AS citing_ref_id,
       r.position, r.letter, r.raw, r.kind,
       r.ref_id         AS cited_ref_id,
       cited.id         AS cited_cable_id,
       cited.subject    AS cited_subject
FROM refs AS r
JOIN cables AS citing ON citing.id = r.cable_id
LEFT JOIN cables AS cited ON cited.ref_id = r.ref_id;

-- "Cited by": for each cable in the catalogue, the cables that cite it.
CREATE VIEW cited_by AS
SELECT cited.ref_id   AS ref_id,
       citing.ref_id  AS cited_by_ref_id,
       citing.subject AS cited_by_subject,
       citing.created AS cited_by_created
FROM refs AS r
JOIN cables AS cited ON cited.ref_id = r.ref_id
JOIN cables AS citing ON citing.id = r.cable_id;

-- The full-text index reads subject, summary and body (for snippet(),
-- highlight(), SELECT body FROM cables_fts, 'rebuild', 'integrity-check')
-- from its content table by those names: from now on cables_with_text,
-- since `cables` has no body. sqlite-utils (`sqlite-utils search cables.db
-- cables WORD`) and Datasette find the index of a table by the text
-- content="cables" in the index's definition (they search sqlite_schema with
-- LIKE), so the definition keeps that text in a comment, which SQLite stores
-- with it and FTS5 never sees. The index itself (same columns, tokenizer and
-- rowids) does not change: only the stored text of its definition is
-- rewritten, as in schema/007.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'content="cables", content_rowid="id"',
                  '-- the full-text index of cables (content="cables" for sqlite-utils and Datasette),' ||
                  char(10) || '  -- its text read through the view cables_with_text (schema/009)' ||
                  char(10) || '  content="cables_with_text", content_rowid="id"')
WHERE type = 'table' AND name = 'cables_fts'
  AND instr(sql, 'content="cables", content_rowid="id"') > 0;
-- RESET turns writing off and makes this connection read the new text;
-- creating a table moves the schema cookie for every other connection.
PRAGMA writable_schema = RESET;
CREATE TABLE schema_009_done (x);
DROP TABLE schema_009_done;
