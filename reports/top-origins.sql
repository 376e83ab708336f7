-- The 50 posts that sent most cables, with their first and last cable date
SELECT origin,
       count(*)                        AS cables,
       substr(min(created), 1, 10)     AS first,
       substr(max(created), 1, 10)     AS last
FROM cables
WHERE origin IS NOT NULL
GROUP BY origin
ORDER BY cables DESC, origin
LIMIT 50;
