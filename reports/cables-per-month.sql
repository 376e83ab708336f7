-- Cables per month, split by classification family
--
-- One row per month (YYYY-MM of `created`). Classifications such as
-- 'SECRET//NOFORN' are counted with their family (SECRET); anything that
-- is none of the three goes to `other`.
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
GROUP BY month
ORDER BY month;
