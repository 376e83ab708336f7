-- Cited cable IDs that are not in the catalogue, with how often they are cited
--
-- Many are cables WikiLeaks never published; a station spelled oddly by the
-- reference parser also ends up here, so look at the raw text.
SELECT r.ref_id,
       count(DISTINCT r.cable_id)   AS cited_by,
       min(citing.ref_id)           AS first_citing,
       min(r.raw)                   AS raw_example
FROM refs AS r
JOIN cables AS citing ON citing.id = r.cable_id
WHERE r.ref_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM cables AS c WHERE c.ref_id = r.ref_id)
GROUP BY r.ref_id
ORDER BY cited_by DESC, r.ref_id;
