-- Analyst questions: what people ask a full catalogue, written as plain SQL
-- against the documented schema (schema/*.sql, README "The catalogue"),
-- the way a user of sqlite3, pandas or Datasette would write it: no index
-- hints, no CROSS JOIN ordering, no rewriting for the planner.
--
-- bench/run_analyst_questions.py times each one as a whole `cablecat query`
-- process and prints them slowest first; tests/query/query_plans_test.cpp
-- checks that none of them scans a big table.
--
-- Each question starts with a line `-- question: NAME` and ends at the next
-- one; the lines of `--` right after it describe it. Literal values
-- (PGOV, 2009, Embassy Cairo, 07CAIRO2825) are among the most common of
-- the full archive, so each question does its most work.

-- question: cables_per_year
-- How many cables each year
SELECT substr(created, 1, 4) AS year, count(*) AS cables
FROM cables
GROUP BY year
ORDER BY year;

-- question: cables_per_classification
-- How many cables of each classification
SELECT classification, count(*) AS cables
FROM cables
GROUP BY classification
ORDER BY cables DESC;

-- question: cables_per_year_and_classification
-- How many cables each year, by classification
SELECT substr(created, 1, 4) AS year, classification, count(*) AS cables
FROM cables
GROUP BY year, classification
ORDER BY year, classification;

-- question: cables_per_month_2009
-- How many cables each month of 2009
SELECT substr(created, 1, 7) AS month, count(*) AS cables
FROM cables
WHERE created >= '2009-01-01' AND created < '2010-01-01'
GROUP BY month
ORDER BY month;

-- question: top_origins
-- The 20 posts that sent most cables
SELECT origin, count(*) AS cables
FROM cables
GROUP BY origin
ORDER BY cables DESC
LIMIT 20;

-- question: secret_cables_per_origin
-- Cables per origin for SECRET cables
SELECT origin, count(*) AS cables
FROM cables
WHERE classification = 'SECRET'
GROUP BY origin
ORDER BY cables DESC;

-- question: secret_family_per_year
-- SECRET and SECRET//NOFORN cables per year, written with LIKE
SELECT substr(created, 1, 4) AS year, count(*) AS cables
FROM cables
WHERE classification LIKE 'SECRET%'
GROUP BY year
ORDER BY year;

-- question: origin_per_year
-- Cables per year from one embassy
SELECT substr(created, 1, 4) AS year, count(*) AS cables
FROM cables
WHERE origin = 'Embassy Cairo'
GROUP BY year
ORDER BY year;

-- question: cables_per_precedence
-- How many cables of each precedence (ROUTINE, PRIORITY, IMMEDIATE, FLASH)
SELECT precedence, count(*) AS cables
FROM cables
GROUP BY precedence
ORDER BY cables DESC;

-- question: top_signers_of_origin
-- Who signed most cables of one embassy
SELECT signer, count(*) AS cables
FROM cables
WHERE origin = 'Embassy Ankara'
GROUP BY signer
ORDER BY cables DESC
LIMIT 10;

-- question: newest_secret_cables
-- The 100 newest SECRET cables
SELECT ref_id, created, origin, subject
FROM cables
WHERE classification = 'SECRET'
ORDER BY created DESC
LIMIT 100;

-- question: top_tags
-- The 20 tags on most cables
SELECT t.code, count(*) AS cables
FROM cable_tags AS ct
JOIN tags AS t ON t.id = ct.tag_id
GROUP BY t.code
ORDER BY cables DESC
LIMIT 20;

-- question: tags_cooccurring_with_pgov
-- The 20 tags most often on the same cable as PGOV
SELECT other.code, count(*) AS cables
FROM tags AS pgov
JOIN cable_tags AS a ON a.tag_id = pgov.id
JOIN cable_tags AS b ON b.cable_id = a.cable_id AND b.tag_id <> a.tag_id
JOIN tags AS other ON other.id = b.tag_id
WHERE pgov.code = 'PGOV'
GROUP BY other.code
ORDER BY cables DESC
LIMIT 20;

-- question: pgov_cables_per_year
-- Cables tagged PGOV per year
SELECT substr(c.created, 1, 4) AS year, count(*) AS cables
FROM cables AS c
JOIN cable_tags AS ct ON ct.cable_id = c.id
JOIN tags AS t ON t.id = ct.tag_id
WHERE t.code = 'PGOV'
GROUP BY year
ORDER BY year;

-- question: newest_pgov_cables_2009
-- The newest 100 PGOV cables of 2009
SELECT c.ref_id, c.created, c.origin, c.subject
FROM cables AS c
JOIN cable_tags AS ct ON ct.cable_id = c.id
JOIN tags AS t ON t.id = ct.tag_id
WHERE t.code = 'PGOV' AND c.created >= '2009-01-01' AND c.created < '2010-01-01'
ORDER BY c.created DESC
LIMIT 100;

-- question: tags_of_origin
-- The 20 tags one embassy used most
SELECT t.code, count(*) AS cables
FROM cables AS c
JOIN cable_tags AS ct ON ct.cable_id = c.id
JOIN tags AS t ON t.id = ct.tag_id
WHERE c.origin = 'Embassy Cairo'
GROUP BY t.code
ORDER BY cables DESC
LIMIT 20;

-- question: top_info_recipients
-- The 20 addresses most often on INFO
SELECT address, count(*) AS cables
FROM recipients
WHERE kind = 'info'
GROUP BY address
ORDER BY cables DESC
LIMIT 20;

-- question: recipients_of_origin
-- Where one embassy sent its cables (TO and INFO)
SELECT r.address, count(*) AS cables
FROM cables AS c
JOIN recipients AS r ON r.cable_id = c.id
WHERE c.origin = 'Embassy Cairo'
GROUP BY r.address
ORDER BY cables DESC
LIMIT 20;

-- question: origins_writing_to_address
-- Which posts wrote most to one address, and when last
SELECT c.origin, count(*) AS cables, max(c.created) AS latest
FROM recipients AS r
JOIN cables AS c ON c.id = r.cable_id
WHERE r.address = 'SECDEF WASHDC'
GROUP BY c.origin
ORDER BY cables DESC
LIMIT 20;

-- question: most_cited
-- The 20 cables cited most, with their subject when in the catalogue
SELECT r.ref_id, count(*) AS citations, c.subject
FROM refs AS r
LEFT JOIN cables AS c ON c.ref_id = r.ref_id
WHERE r.ref_id IS NOT NULL
GROUP BY r.ref_id
ORDER BY citations DESC
LIMIT 20;

-- question: citations_per_year
-- References written per year of the citing cable
SELECT substr(c.created, 1, 4) AS year, count(*) AS refs
FROM refs AS r
JOIN cables AS c ON c.id = r.cable_id
GROUP BY year
ORDER BY year;

-- question: cited_by_one_cable
-- The cables that cite one cable
SELECT cited_by_ref_id, cited_by_created, cited_by_subject
FROM cited_by
WHERE ref_id = '07CAIRO2825'
ORDER BY cited_by_created;

-- question: one_cable
-- One cable, text included
SELECT * FROM cables WHERE ref_id = '07ASTANA2327';

-- question: phrase_search
-- The 20 best matches of a phrase
SELECT c.ref_id, c.created, c.subject
FROM cables_fts
JOIN cables AS c ON c.id = cables_fts.rowid
WHERE cables_fts MATCH '"human rights"'
ORDER BY rank
LIMIT 20;
