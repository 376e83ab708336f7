-- Schema 11: the same CHECK constraints, written as comparisons.
--
-- refs.kind, tags.kind and load_issues.severity were checked with an IN
-- list of more than two values (schema 001 and 006). SQLite 3.40 answers
-- such an IN with a temporary b-tree that every run of an INSERT statement
-- builds anew: about 50,000 instructions a run. The loader runs one INSERT
-- into refs per cable that cites anything: on 5,000 cables those INSERTs
-- took 199 M instructions with the IN list and take 41 M without it
-- (bench/README.md, "Load cost"). `a = 'x' OR a = 'y'` accepts exactly what
-- `a IN ('x', 'y')` accepts, without the b-tree. (An IN list of one or two
-- values, as recipients.kind has, is compared directly already.)
--
-- SQLite cannot change a CHECK constraint with ALTER TABLE. Copying the
-- table (as 006 did for tags) would rewrite 326,000 references on the full
-- archive and lose what a user added to the table. This edits the text of
-- the constraint in place instead, the way SQLite documents for removing a
-- CHECK constraint (https://sqlite.org/lang_altertable.html, "making other
-- kinds of table schema changes"); the same reasoning holds here because
-- the new text is the same test: the stored rows do not change, and every
-- one of them passes it. RESET makes this
-- connection read the new text; the loader then raises the schema cookie
-- (src/store/catalogue_file.cpp), so that another connection open at the
-- time reads it too before its next statement. A catalogue whose
-- constraint is written otherwise (a user changed it) keeps its own.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql,
  'CHECK (kind IN (''cable'', ''email'', ''memo'', ''telcon'', ''report'', ''web'', ''other''))',
  'CHECK (kind = ''cable'' OR kind = ''email'' OR kind = ''memo'' OR kind = ''telcon'' OR kind = ''report''' ||
  ' OR kind = ''web'' OR kind = ''other'')')
WHERE type = 'table' AND name = 'refs';
UPDATE sqlite_schema
SET sql = replace(sql,
  'CHECK (kind IN (''geo'', ''program'', ''subject'', ''person'', ''org'', ''keyword''))',
  'CHECK (kind = ''geo'' OR kind = ''program'' OR kind = ''subject'' OR kind = ''person'' OR kind = ''org''' ||
  ' OR kind = ''keyword'')')
WHERE type = 'table' AND name = 'tags';
UPDATE sqlite_schema
SET sql = replace(sql,
  'CHECK (severity IN (''note'', ''warning'', ''error''))',
  'CHECK (severity = ''note'' OR severity = ''warning'' OR severity = ''error'')')
WHERE type = 'table' AND name = 'load_issues';
PRAGMA writable_schema = RESET;
