-- The 50 cables in the catalogue that other cables cite most
--
-- `cited_by` counts distinct citing cables (a cable citing the same cable
-- twice counts once). Cited IDs missing from the catalogue are in the
-- report unresolved-references.
SELECT cb.ref_id,
       substr(c.created, 1, 10)             AS created,
       c.subject,
       count(DISTINCT cb.cited_by_ref_id)   AS cited_by
FROM cited_by AS cb
JOIN cables AS c ON c.ref_id = cb.ref_id
GROUP BY cb.ref_id
ORDER BY cited_by DESC, cb.ref_id
LIMIT 50;
