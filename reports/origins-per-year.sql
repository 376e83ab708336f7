-- Origins over time: the 20 posts that sent most cables, with their cables per year
--
-- One row per post and year it sent cables in (years without cables are
-- left out), busiest post first; `origin_cables` is the post's total.
-- Cables without a date are not counted.
--
-- Parameters, all optional (unset or NULL: no filter): :since and :until
-- ('2008', '2008-06' or '2008-06-15', both inclusive), :origin ('Embassy
-- Astana'), :tag (a TAGS code: 'PGOV'), :limit (posts; default 20, -1: all).
WITH origin_years AS (
       -- read from the (origin, created) index alone, never the cables' text
       SELECT origin, substr(created, 1, 4) AS year, count(*) AS cables
       FROM cables
       WHERE origin IS NOT NULL
         AND created IS NOT NULL
         AND (:since IS NULL OR created >= :since)
         -- '~' sorts after every character of a date: '2008~' is after all of 2008
         AND (:until IS NULL OR created <= :until || '~')
         AND (:origin IS NULL OR origin = :origin)
         AND (:tag IS NULL OR id IN (SELECT cable_id FROM cable_tags
                                     WHERE tag_id IN (SELECT id FROM tags WHERE code = upper(:tag))))
       GROUP BY origin, year),
     top_origins AS (
       SELECT origin, sum(cables) AS cables
       FROM origin_years
       GROUP BY origin
       ORDER BY cables DESC, origin
       LIMIT coalesce(:limit, 20))
SELECT oy.origin,
       oy.year,
       oy.cables,
       top_origins.cables AS origin_cables
FROM top_origins
JOIN origin_years AS oy ON oy.origin = top_origins.origin
ORDER BY top_origins.cables DESC, oy.origin, oy.year;
