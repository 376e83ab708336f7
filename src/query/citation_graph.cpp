// Reads the citation graph out of `refs`.
#include "citation_graph.h"

#include <SQLiteCpp/Statement.h>

namespace cablecat {

namespace {

constexpr const char* kEdgesSql = R"SQL(
SELECT DISTINCT citing.ref_id, r.ref_id
FROM refs AS r JOIN cables AS citing ON citing.id = r.cable_id
WHERE r.kind = 'cable' AND r.ref_id IS NOT NULL
ORDER BY 1, 2)SQL";

constexpr const char* kNodesSql = R"SQL(
WITH edges AS (
  SELECT citing.ref_id AS source, r.ref_id AS target
  FROM refs AS r JOIN cables AS citing ON citing.id = r.cable_id
  WHERE r.kind = 'cable' AND r.ref_id IS NOT NULL),
ids AS (SELECT source AS ref_id FROM edges UNION SELECT target FROM edges)
SELECT ids.ref_id, c.subject, substr(c.created, 1, 10), c.origin, c.classification, c.id IS NULL
FROM ids LEFT JOIN cables AS c ON c.ref_id = ids.ref_id
ORDER BY ids.ref_id)SQL";

std::optional<std::string> optionalText(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getString();
}

}  // namespace

CitationGraph loadCitationGraph(SQLite::Database& db) {
  CitationGraph graph;
  SQLite::Statement edges(db, kEdgesSql);
  while (edges.executeStep()) graph.edges.push_back({edges.getColumn(0).getString(), edges.getColumn(1).getString()});
  SQLite::Statement nodes(db, kNodesSql);
  while (nodes.executeStep())
    graph.nodes.push_back({nodes.getColumn(0).getString(), optionalText(nodes.getColumn(1)),
                           optionalText(nodes.getColumn(2)), optionalText(nodes.getColumn(3)),
                           optionalText(nodes.getColumn(4)), nodes.getColumn(5).getInt() != 0});
  return graph;
}

}  // namespace cablecat
