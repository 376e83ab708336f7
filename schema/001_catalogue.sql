-- cablecat catalogue, schema version 1.
--
-- One row per cable in `cables`, keyed by its canonical WikiLeaks reference ID
-- (`ref_id`, e.g. 07ASTANA2327). Child tables hang off `cables.id` and are
-- replaced whole when a cable is replaced. Dates are ISO 8601 text
-- ('2007-08-27T10:01'), so they sort and compare as strings and work with
-- SQLite's date functions. Empty values are NULL, never ''.
--
-- The files in schema/ are applied in name order; PRAGMA user_version holds the
-- number of the last one applied.

-- Schema 9 moves header and body into cable_texts (schema/009_cable_texts.sql).
CREATE TABLE cables (
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
  header           TEXT,                   -- routing header as transmitted
  body             TEXT,                   -- body as transmitted
  content_hash     TEXT NOT NULL           -- hash of header+body of the stored form
);

-- TO and INFO addressees in header order. `position` counts from 1 per cable.
CREATE TABLE recipients (
  cable_id          INTEGER NOT NULL REFERENCES cables(id) ON DELETE CASCADE,
  position          INTEGER NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('to', 'info')),
  routing_indicator TEXT,                  -- RUEHC
  address           TEXT NOT NULL,         -- 'SECSTATE WASHDC', 'SECDEF WASHINGTON DC//USDP/APSA-CA'
  precedence        TEXT,                  -- per-recipient precedence when written
  serial            TEXT,                  -- '0482'
  PRIMARY KEY (cable_id, position)
) WITHOUT ROWID;

-- XMT lines: addressees explicitly excluded from a collective. Not recipients.
CREATE TABLE exclusions (
  cable_id          INTEGER NOT NULL REFERENCES cables(id) ON DELETE CASCADE,
  position          INTEGER NOT NULL,
  routing_indicator TEXT,
  address           TEXT NOT NULL,
  PRIMARY KEY (cable_id, position)
) WITHOUT ROWID;

CREATE TABLE tags (
  id    INTEGER PRIMARY KEY,
  code  TEXT NOT NULL UNIQUE,              -- PGOV, KZ, 'CLINTON, HILLARY'
  kind  TEXT NOT NULL CHECK (kind IN ('geo', 'program', 'subject', 'person', 'org'))
);

-- Key columns come first: SQLite 3.40's integrity_check misreports NOT NULL
-- columns declared between the key columns of a WITHOUT ROWID table.
CREATE TABLE cable_tags (
  cable_id  INTEGER NOT NULL REFERENCES cables(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  tag_id    INTEGER NOT NULL REFERENCES tags(id),
  written   TEXT,                          -- as written when repaired: 'KFTFN' for KTFN, 'ECINECONCS' for ECIN
  PRIMARY KEY (cable_id, position)
) WITHOUT ROWID;

-- REF lines as parsed from the cable text. `ref_id` is the canonical ID of the
-- cited cable, NULL when the reference is no cable (kind other than 'cable').
CREATE TABLE refs (
  cable_id  INTEGER NOT NULL REFERENCES cables(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  letter    TEXT,                          -- 'A'
  raw       TEXT NOT NULL,                 -- as written: 'Astana 1558'
  ref_id    TEXT,                          -- 07ASTANA1558
  kind      TEXT NOT NULL CHECK (kind IN ('cable', 'email', 'memo', 'telcon', 'report', 'web', 'other')),
  PRIMARY KEY (cable_id, position)
) WITHOUT ROWID;

-- The reference list WikiLeaks itself published (cables.csv column), kept
-- verbatim to compare with `refs`.
CREATE TABLE listed_refs (
  cable_id  INTEGER NOT NULL REFERENCES cables(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  ref_id    TEXT NOT NULL,
  PRIMARY KEY (cable_id, position)
) WITHOUT ROWID;

-- Every input file ever loaded. Loading the same file again (same path, format,
-- size and fingerprint) replaces its row, with its cable_sources and
-- load_issues, by those of the new load. A changed file gets a row of its
-- own, so the forms it held before stay on record.
-- A load of a live catalogue that is killed midway (kill -9, a crash, a
-- power cut) leaves the row of the file it was reading with fingerprint NULL
-- (size, cables_read and issues not filled in); cable_sources lists the
-- cables of the batches it committed, each whole. Loading that file again
-- reads it again (an interrupted file is never skipped as unchanged), keeps
-- what is there, adds the rest and replaces the interrupted row by a
-- complete one; files the killed load had finished are skipped as unchanged.
-- A killed --bail load, or one building a new catalogue, leaves nothing.
CREATE TABLE sources (
  id          INTEGER PRIMARY KEY,
  path        TEXT NOT NULL,               -- as given on the command line / found in a folder; '-' for stdin
  format      TEXT NOT NULL,               -- archive, html, csv, text
  size        INTEGER,                     -- bytes read (uncompressed)
  loaded_at   TEXT NOT NULL,               -- ISO time of the load
  cables_read INTEGER NOT NULL DEFAULT 0,  -- records that became cables
  issues      INTEGER NOT NULL DEFAULT 0,  -- rows it added to load_issues
  fingerprint TEXT                         -- hash of every (locator, content_hash) read; NULL: load interrupted
);

-- Every form a cable was read from: one row per (cable, source, locator).
-- When forms of one cable differ, `cables` holds the most complete one, chosen
-- by one rule that does not depend on loading order, comparing in turn:
--   1. a whole cable beats a partial extract (is_partial),
--   2. fewer redaction runs (5 or more X in a row, e.g. XXXXXXXXXXXX),
--   3. more text (non-blank characters of header and body),
--   4. format: csv > html > archive > text,
--   5. the smaller content_hash.
-- Columns the chosen form lacks (created, released, classification, origin,
-- subject) are filled from the other forms (should those disagree, the one
-- loaded first), and listed_refs is the longest list any form published.
CREATE TABLE cable_sources (
  cable_id     INTEGER NOT NULL REFERENCES cables(id) ON DELETE CASCADE,
  source_id    INTEGER NOT NULL REFERENCES sources(id),
  locator      TEXT NOT NULL,              -- 'line 42' or 'row 7'
  format       TEXT NOT NULL,
  content_hash TEXT NOT NULL,              -- hash of that form's header+body
  PRIMARY KEY (cable_id, source_id, locator)
) WITHOUT ROWID;

-- Bad or doubtful input, never silently dropped.
CREATE TABLE load_issues (
  id         INTEGER PRIMARY KEY,
  source_id  INTEGER REFERENCES sources(id),
  path       TEXT NOT NULL,
  locator    TEXT,                         -- 'line 42', 'row 7'
  ref_id     TEXT,                         -- when known
  severity   TEXT NOT NULL CHECK (severity IN ('note', 'warning', 'error')),
  message    TEXT NOT NULL
);

-- Full-text search over subject, summary and body (external content: the
-- text lives once, in `cables`; since schema 9 read through the view
-- cables_with_text). Query with MATCH; rank with bm25().
-- Written content="cables", without spaces: that is the text sqlite-utils
-- and Datasette look for in sqlite_schema to find a table's full-text index
-- (schema/007 rewrites the content = 'cables' of older catalogues).
CREATE VIRTUAL TABLE cables_fts USING fts5(
  subject, summary, body,
  content="cables", content_rowid="id",
  tokenize = 'unicode61 remove_diacritics 2'
);

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
