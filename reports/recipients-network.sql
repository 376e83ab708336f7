-- Who sends to whom: origin -> recipient address, with how many cables
--
-- An edge list for network tools: each row counts the cables from one
-- origin that list one address as TO or INFO recipient (a cable sending
-- both TO and INFO to the same address counts once).
SELECT c.origin,
       r.address,
       count(DISTINCT c.id)                     AS cables,
       count(DISTINCT CASE WHEN r.kind = 'to' THEN c.id END) AS as_to,
       count(DISTINCT CASE WHEN r.kind = 'info' THEN c.id END) AS as_info
FROM recipients AS r
JOIN cables AS c ON c.id = r.cable_id
WHERE c.origin IS NOT NULL
GROUP BY c.origin, r.address
ORDER BY cables DESC, c.origin, r.address;
