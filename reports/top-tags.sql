-- The 50 TAGS used on most cables, with their kind
--
-- Kinds: geo (country codes such as KZ), subject (PGOV, PREL, ...),
-- program (K... codes), person ('CLINTON, HILLARY'), org.
SELECT t.code,
       t.kind,
       count(DISTINCT ct.cable_id) AS cables
FROM tags AS t
JOIN cable_tags AS ct ON ct.tag_id = t.id
GROUP BY t.id
ORDER BY cables DESC, t.code
LIMIT 50;
