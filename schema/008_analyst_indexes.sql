-- Schema 8: indexes for the questions analysts ask (bench/analyst_questions.sql),
-- and the planner's statistics.
--
-- Each index below lets a common question be answered from the index alone,
-- in the order its GROUP BY wants, so SQLite neither reads the cable rows
-- (header and body lived in them until schema 9: 2.1 GB on the full archive) nor sorts
-- (SQLite groups by sorting, about 0.3 us a row: 75-200 ms for the 251k
-- cables of the full archive). bench/README.md ("Analyst questions") has
-- the measurements, before and after, full size and 10x.
--
-- Years and months are indexed as the README and the reports write them:
-- substr(created, 1, 4) and substr(created, 1, 7). SQLite uses an index on
-- an expression only for that same expression: strftime('%Y', created)
-- works too, but reads and sorts.

-- Replace the one-column indexes of schema/002 in older catalogues (and
-- make the others only once: applied twice, this file changes nothing).
DROP INDEX IF EXISTS cables_classification;
DROP INDEX IF EXISTS recipients_address;

CREATE INDEX               cables_classification ON cables(classification, origin);
-- `created` itself last: the reports filter on it (:since, :until), and a
-- query that names a column the index lacks has to read the cable rows.
CREATE INDEX IF NOT EXISTS cables_year           ON cables(substr(created, 1, 4), classification, created);
CREATE INDEX IF NOT EXISTS cables_month          ON cables(substr(created, 1, 7), classification, created);
CREATE INDEX IF NOT EXISTS cables_precedence     ON cables(precedence);
-- `address = ...` as before, and per address by kind (to or info).
CREATE INDEX               recipients_address    ON recipients(address, kind);

-- Row counts and key spreads of every index (sqlite_stat1), so the planner
-- knows that a tag has thousands of cables and a cable a handful of tags.
-- A load into an existing catalogue runs it again when the number of
-- cables has changed by more than a quarter since (src/store/planner_statistics.cpp).
-- Table by table: not the full-text index's own tables, which FTS5 reads by
-- key, nor schema 9's cable_texts, whose count alone reads all of its pages.
ANALYZE cables;
ANALYZE recipients;
ANALYZE exclusions;
ANALYZE tags;
ANALYZE cable_tags;
ANALYZE refs;
ANALYZE listed_refs;
ANALYZE sources;
ANALYZE cable_sources;
ANALYZE load_issues;
