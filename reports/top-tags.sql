-- The 50 TAGS used on most cables, with their kind
--
-- Kinds: geo (country codes such as KZ), subject (PGOV, PREL, ...),
-- program (K... codes), person ('CLINTON, HILLARY'), org, keyword (a
-- free-text phrase on the TAGS line: 'ECONOMIC AFFAIRS').
--
-- Parameters, all optional (unset or NULL: no filter): :since and :until
-- ('2008', '2008-06' or '2008-06-15', both inclusive), :origin ('Embassy
-- Astana'), :tag (a TAGS code: 'PGOV'; lists the tags used together with
-- it), :limit (rows; default 50, -1: all).
SELECT t.code,
       t.kind,
       count(DISTINCT ct.cable_id) AS cables
FROM tags AS t
JOIN cable_tags AS ct ON ct.tag_id = t.id
-- Each filter is a list of cable IDs read from an index; none reads the
-- cables' text.
WHERE (:since IS NULL OR ct.cable_id IN (SELECT id FROM cables WHERE created >= :since))
  -- '~' sorts after every character of a date: '2008~' is after all of 2008
  AND (:until IS NULL OR ct.cable_id IN (SELECT id FROM cables WHERE created <= :until || '~'))
  AND (:origin IS NULL OR ct.cable_id IN (SELECT id FROM cables WHERE origin = :origin))
  AND (:tag IS NULL OR ct.cable_id IN (SELECT cable_id FROM cable_tags
                                       WHERE tag_id IN (SELECT id FROM tags WHERE code = upper(:tag))))
GROUP BY t.id
ORDER BY cables DESC, t.code
LIMIT coalesce(:limit, 50);
