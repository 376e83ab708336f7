-- The 50 cables in the catalogue that other cables cite most
--
-- `cited_by` counts distinct citing cables (a cable citing the same cable
-- twice counts once). Counting in `refs` first, then joining, lets SQLite
-- walk the refs(ref_id) index instead of joining every reference.
-- Cited IDs missing from the catalogue are in unresolved-references.
--
-- Parameters, all optional (unset or NULL: no filter), about the cited
-- cable: :since and :until ('2008', '2008-06' or '2008-06-15', both
-- inclusive), :origin ('Embassy Astana'), :tag (a TAGS code: 'PGOV'),
-- :limit (rows; default 50, -1: all).
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
WHERE (:since IS NULL OR c.created >= :since)
  -- '~' sorts after every character of a date: '2008~' is after all of 2008
  AND (:until IS NULL OR c.created <= :until || '~')
  AND (:origin IS NULL OR c.origin = :origin)
  AND (:tag IS NULL OR c.id IN (SELECT cable_id FROM cable_tags
                                WHERE tag_id IN (SELECT id FROM tags WHERE code = upper(:tag))))
ORDER BY citation_counts.cited_by DESC, c.ref_id
LIMIT coalesce(:limit, 50);
