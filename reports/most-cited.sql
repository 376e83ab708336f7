-- The 50 cables in the catalogue that other cables cite most
--
-- `cited_by` counts distinct citing cables (a cable citing the same cable
-- twice counts once). Counting in `refs` first, then joining, lets SQLite
-- walk the refs(ref_id) index instead of joining every reference.
-- Cited IDs missing from the catalogue are in unresolved-references.
WITH citation_counts AS (
  SELECT ref_id, count(DISTINCT cable_id) AS cited_by
  FROM refs
  WHERE ref_id IS NOT NULL
  GROUP BY ref_id)
SELECT c.ref_id,
       substr(c.created, 1, 10)   AS created,
       c.subject,
       citation_counts.cited_by
FROM citation_counts
JOIN cables AS c ON c.ref_id = citation_counts.ref_id
ORDER BY citation_counts.cited_by DESC, c.ref_id
LIMIT 50;
