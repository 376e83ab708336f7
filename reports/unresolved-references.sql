-- Cited cable IDs that are not in the catalogue: the 100 cited most (-p limit -1: all)
--
-- Many are cables WikiLeaks never published; a station spelled oddly by the
-- reference parser also ends up here, so look at `raw_example`, the text as
-- written in one citing cable (`example_citing`).
--
-- Parameter, optional: :limit (rows; default 100, -1: all).
WITH cited AS (
  SELECT ref_id,
         count(DISTINCT cable_id)  AS cited_by,
         min(cable_id)             AS example_cable_id,
         min(raw)                  AS raw_example
  FROM refs
  WHERE ref_id IS NOT NULL
  GROUP BY ref_id)
SELECT cited.ref_id,
       cited.cited_by,
       (SELECT ref_id FROM cables WHERE id = cited.example_cable_id) AS example_citing,
       cited.raw_example
FROM cited
WHERE NOT EXISTS (SELECT 1 FROM cables AS c WHERE c.ref_id = cited.ref_id)
ORDER BY cited.cited_by DESC, cited.ref_id
LIMIT coalesce(:limit, 100);
