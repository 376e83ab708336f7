-- The 100 cables whose cables.csv reference list differs most from the parsed REF lines (-p limit -1: all)
--
-- Only cables read from a cables.csv dump have a published list
-- (`listed_refs`). `listed_not_parsed`: IDs WikiLeaks lists that the REF
-- parser did not find; `parsed_not_listed`: IDs the parser found that
-- WikiLeaks does not list. Either side can be the one that is wrong.
-- `differences` counts both; the cables that differ most come first. On
-- the whole archive the list is long: set :limit to -1 for all of it
-- (`cablecat report -p limit -1 --mode csv reference-disagreements`).
--
-- Parameter, optional: :limit (rows; default 100, -1: all).
WITH csv_cables AS (
       SELECT DISTINCT cable_id FROM cable_sources WHERE format = 'csv'),
     listed AS (
       SELECT cable_id, ref_id FROM listed_refs
       WHERE cable_id IN (SELECT cable_id FROM csv_cables)),
     parsed AS (
       SELECT cable_id, ref_id FROM refs
       WHERE ref_id IS NOT NULL AND cable_id IN (SELECT cable_id FROM csv_cables)),
     differences AS (
       SELECT cable_id, ref_id, 'listed' AS side
       FROM (SELECT cable_id, ref_id FROM listed EXCEPT SELECT cable_id, ref_id FROM parsed)
       UNION ALL
       SELECT cable_id, ref_id, 'parsed' AS side
       FROM (SELECT cable_id, ref_id FROM parsed EXCEPT SELECT cable_id, ref_id FROM listed))
SELECT c.ref_id,
       group_concat(CASE WHEN d.side = 'listed' THEN d.ref_id END, ' ') AS listed_not_parsed,
       group_concat(CASE WHEN d.side = 'parsed' THEN d.ref_id END, ' ') AS parsed_not_listed,
       count(*)                                                         AS differences
FROM (SELECT * FROM differences ORDER BY cable_id, ref_id) AS d
JOIN cables AS c ON c.id = d.cable_id
GROUP BY c.id
ORDER BY differences DESC, c.ref_id
LIMIT coalesce(:limit, 100);
