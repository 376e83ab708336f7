-- The 50 posts that sent most cables, with their first and last cable date
--
-- Parameters, all optional (unset or NULL: no filter): :since and :until
-- ('2008', '2008-06' or '2008-06-15', both inclusive), :origin ('Embassy
-- Astana'), :tag (a TAGS code: 'PGOV'), :limit (rows; default 50, -1: all).
SELECT origin,
       count(*)                        AS cables,
       substr(min(created), 1, 10)     AS first,
       substr(max(created), 1, 10)     AS last
FROM cables
WHERE origin IS NOT NULL
  AND (:since IS NULL OR created >= :since)
  -- '~' sorts after every character of a date: '2008~' is after all of 2008
  AND (:until IS NULL OR created <= :until || '~')
  AND (:origin IS NULL OR origin = :origin)
  -- The tag is looked up in its own index, so the scan stays on the
  -- (origin, created) index and never reads the cables' text.
  AND (:tag IS NULL OR id IN (SELECT cable_id FROM cable_tags
                              WHERE tag_id IN (SELECT id FROM tags WHERE code = upper(:tag))))
GROUP BY origin
ORDER BY cables DESC, origin
LIMIT coalesce(:limit, 50);
