-- Who sends to whom: the 100 busiest origin -> recipient address pairs (-p limit -1: all)
--
-- An edge list for network tools: each row counts the cables from one
-- origin that list one address as TO or INFO recipient (a cable sending
-- both TO and INFO to the same address counts once). The full list runs to
-- about 100,000 pairs on the whole archive: set :limit to -1 for all of
-- them (`cablecat report -p limit -1 --mode csv recipients-network`).
--
-- Parameters, all optional (unset or NULL: no filter): :since and :until
-- ('2008', '2008-06' or '2008-06-15', both inclusive), :origin ('Embassy
-- Astana'), :tag (a TAGS code: 'PGOV'), :limit (rows; default 100, -1: all).
SELECT c.origin,
       r.address,
       count(DISTINCT c.id)                     AS cables,
       count(DISTINCT CASE WHEN r.kind = 'to' THEN c.id END) AS as_to,
       count(DISTINCT CASE WHEN r.kind = 'info' THEN c.id END) AS as_info
FROM recipients AS r
JOIN cables AS c ON c.id = r.cable_id
WHERE c.origin IS NOT NULL
  AND (:since IS NULL OR c.created >= :since)
  -- '~' sorts after every character of a date: '2008~' is after all of 2008
  AND (:until IS NULL OR c.created <= :until || '~')
  AND (:origin IS NULL OR c.origin = :origin)
  AND (:tag IS NULL OR c.id IN (SELECT cable_id FROM cable_tags
                                WHERE tag_id IN (SELECT id FROM tags WHERE code = upper(:tag))))
GROUP BY c.origin, r.address
ORDER BY cables DESC, c.origin, r.address
LIMIT coalesce(:limit, 100);
