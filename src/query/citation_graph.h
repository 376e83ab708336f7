// The citation graph: cable -> cable it cites, with cited IDs that are not in
// the catalogue as external nodes. Written as DOT, GraphML or an edge CSV.
#pragma once

#include <SQLiteCpp/Database.h>

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace cablecat {

struct GraphNode {
  std::string ref_id;
  std::optional<std::string> subject, created, origin, classification;
  bool external = false;  // cited, but not in the catalogue
};

struct GraphEdge {
  std::string source, target;  // citing -> cited
};

struct CitationGraph {
  std::vector<GraphNode> nodes;  // every cable that cites or is cited, by ref_id
  std::vector<GraphEdge> edges;  // distinct pairs, by source then target
};

CitationGraph loadCitationGraph(SQLite::Database& db);

void writeGraphDot(const CitationGraph& graph, std::ostream& out);
void writeGraphMl(const CitationGraph& graph, std::ostream& out);
// Gephi's edge-list spreadsheet: Source,Target,Type,TargetExternal.
void writeGraphCsv(const CitationGraph& graph, std::ostream& out);

std::string escapeXml(std::string_view text);
std::string escapeDotString(std::string_view text);

}  // namespace cablecat
