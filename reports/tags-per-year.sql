-- Tag trends: the 20 TAGS used on most cables, with their cables per year
--
-- One row per tag and year it was used in (years without it are left out),
-- most used tag first; `tag_cables` is the tag's total. `percent_of_year`
-- is the share of that year's cables carrying the tag, which shows a trend
-- even where the number of cables per year swings tenfold.
--
-- Parameters, all optional (unset or NULL: no filter): :since and :until
-- ('2008', '2008-06' or '2008-06-15', both inclusive), :origin ('Embassy
-- Astana'), :tag (a TAGS code: 'PGOV'; lists the tags used together with
-- it), :limit (tags; default 20, -1: all).
WITH chosen AS (
       -- the cables the filters keep, with their year, read from indexes only
       SELECT id, substr(created, 1, 4) AS year
       FROM cables
       WHERE created IS NOT NULL
         AND (:since IS NULL OR created >= :since)
         -- '~' sorts after every character of a date: '2008~' is after all of 2008
         AND (:until IS NULL OR created <= :until || '~')
         AND (:origin IS NULL OR id IN (SELECT id FROM cables WHERE origin = :origin))
         AND (:tag IS NULL OR id IN (SELECT cable_id FROM cable_tags
                                     WHERE tag_id IN (SELECT id FROM tags WHERE code = upper(:tag))))),
     year_totals AS (
       SELECT year, count(*) AS cables FROM chosen GROUP BY year),
     tag_years AS (
       -- CROSS JOIN keeps `chosen` as the outer loop: each chosen cable's
       -- tags are read by its key, instead of each tagged cable being looked
       -- up in `cables`, whose rows hold the whole text. A TAGS line naming
       -- a code twice counts once.
       SELECT ct.tag_id, chosen.year, count(DISTINCT chosen.id) AS cables
       FROM chosen
       CROSS JOIN cable_tags AS ct ON ct.cable_id = chosen.id
       GROUP BY ct.tag_id, chosen.year),
     top_tags AS (
       SELECT t.id, t.code, t.kind, sum(ty.cables) AS cables
       FROM tag_years AS ty
       JOIN tags AS t ON t.id = ty.tag_id
       GROUP BY t.id
       ORDER BY cables DESC, t.code
       LIMIT coalesce(:limit, 20))
SELECT top_tags.code,
       top_tags.kind,
       ty.year,
       ty.cables,
       round(100.0 * ty.cables / yt.cables, 1) AS percent_of_year,
       top_tags.cables                          AS tag_cables
FROM top_tags
JOIN tag_years AS ty ON ty.tag_id = top_tags.id
JOIN year_totals AS yt ON yt.year = ty.year
ORDER BY top_tags.cables DESC, top_tags.code, ty.year;
