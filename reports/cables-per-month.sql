-- Cables per month, split by classification family
--
-- One row per month (YYYY-MM of `created`). Classifications such as
-- 'SECRET//NOFORN' are counted with their family (SECRET); anything that
-- is none of the three goes to `other`.
--
-- Parameters, all optional (unset or NULL: no filter): :since and :until
-- ('2008', '2008-06' or '2008-06-15', both inclusive), :origin ('Embassy
-- Astana'), :tag (a TAGS code: 'PGOV').
SELECT substr(created, 1, 7)                                        AS month,
       count(*)                                                     AS cables,
       sum(classification LIKE 'UNCLASSIFIED%')                     AS unclassified,
       sum(classification LIKE 'CONFIDENTIAL%')                     AS confidential,
       sum(classification LIKE 'SECRET%')                           AS secret,
       sum(classification IS NULL
           OR (classification NOT LIKE 'UNCLASSIFIED%'
               AND classification NOT LIKE 'CONFIDENTIAL%'
               AND classification NOT LIKE 'SECRET%'))              AS other
FROM cables
WHERE created IS NOT NULL
  AND (:since IS NULL OR created >= :since)
  -- '~' sorts after every character of a date: '2008~' is after all of 2008
  AND (:until IS NULL OR created <= :until || '~')
  -- Origin and tag are looked up in their own indexes, so the scan stays on
  -- the (created, classification) index and never reads the cables' text.
  AND (:origin IS NULL OR id IN (SELECT id FROM cables WHERE origin = :origin))
  AND (:tag IS NULL OR id IN (SELECT cable_id FROM cable_tags
                              WHERE tag_id IN (SELECT id FROM tags WHERE code = upper(:tag))))
GROUP BY month
ORDER BY month;
