// DOT (Graphviz), GraphML (Gephi, yEd) and CSV forms of the citation graph.
#include <algorithm>
#include <ostream>

#include "citation_graph.h"

namespace cablecat {

std::string escapeXml(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += "&quot;"; break;
      case '\'': escaped += "&apos;"; break;
      default:
        // XML 1.0 forbids control characters other than tab, LF and CR.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
        escaped += c;
    }
  }
  return escaped;
}

std::string escapeDotString(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    if (c == '"' || c == '\\') escaped += '\\';
    if (c == '\n') {
      escaped += "\\n";
      continue;
    }
    if (c == '\r') continue;
    escaped += c;
  }
  return escaped;
}

void writeGraphDot(const CitationGraph& graph, std::ostream& out) {
  out << "digraph citations {\n"
      << "  node [shape=box];\n";
  for (const GraphNode& node : graph.nodes) {
    out << "  \"" << escapeDotString(node.ref_id) << "\" [";
    if (node.external) {
      out << "style=dashed, color=gray, external=true";
    } else {
      out << "tooltip=\"" << escapeDotString(node.subject.value_or("")) << "\"";
      if (node.created) out << ", created=\"" << escapeDotString(*node.created) << "\"";
    }
    out << "];\n";
  }
  for (const GraphEdge& edge : graph.edges)
    out << "  \"" << escapeDotString(edge.source) << "\" -> \"" << escapeDotString(edge.target) << "\";\n";
  out << "}\n";
}

void writeGraphMl(const CitationGraph& graph, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";
  for (const char* key : {"subject", "created", "origin", "classification"})
    out << "  <key id=\"" << key << "\" for=\"node\" attr.name=\"" << key << "\" attr.type=\"string\"/>\n";
  out << "  <key id=\"external\" for=\"node\" attr.name=\"external\" attr.type=\"boolean\"/>\n"
      << "  <graph id=\"citations\" edgedefault=\"directed\">\n";
  for (const GraphNode& node : graph.nodes) {
    out << "    <node id=\"" << escapeXml(node.ref_id) << "\">\n";
    auto data = [&](const char* key, const std::optional<std::string>& value) {
      if (value) out << "      <data key=\"" << key << "\">" << escapeXml(*value) << "</data>\n";
    };
    data("subject", node.subject);
    data("created", node.created);
    data("origin", node.origin);
    data("classification", node.classification);
    out << "      <data key=\"external\">" << (node.external ? "true" : "false") << "</data>\n"
        << "    </node>\n";
  }
  for (const GraphEdge& edge : graph.edges)
    out << "    <edge source=\"" << escapeXml(edge.source) << "\" target=\"" << escapeXml(edge.target)
        << "\"/>\n";
  out << "  </graph>\n"
      << "</graphml>\n";
}

namespace {

// Malformed IDs are kept as written, so they may need RFC 4180 quoting.
std::string csvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

}  // namespace

void writeGraphCsv(const CitationGraph& graph, std::ostream& out) {
  std::vector<std::string> externals;
  for (const GraphNode& node : graph.nodes)
    if (node.external) externals.push_back(node.ref_id);
  out << "Source,Target,Type,TargetExternal\r\n";
  for (const GraphEdge& edge : graph.edges) {
    bool external = std::binary_search(externals.begin(), externals.end(), edge.target);
    out << csvField(edge.source) << ',' << csvField(edge.target) << ",Directed," << (external ? "true" : "false") << "\r\n";
  }
}

}  // namespace cablecat
