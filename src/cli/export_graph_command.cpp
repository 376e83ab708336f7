// `cablecat export-graph`: the citation graph for Graphviz or Gephi.
#include <fstream>
#include <iostream>

#include "commands.h"
#include "option_checks.h"
#include "query/citation_graph.h"
#include "read_verb_support.h"
#include "store/catalogue_file.h"

namespace cablecat {

namespace {

struct ExportGraphOptions {
  std::string database;
  std::string format = "dot";
  std::string output;
};

void writeGraph(const CitationGraph& graph, const std::string& format, std::ostream& out) {
  if (format == "graphml")
    writeGraphMl(graph, out);
  else if (format == "csv")
    writeGraphCsv(graph, out);
  else
    writeGraphDot(graph, out);
}

int runExportGraphCommand(const ExportGraphOptions& options) {
  std::string path = resolveDatabasePath(options.database);
  std::optional<SQLite::Database> db = openForReading("export-graph", path);
  if (!db) return kExitFailure;
  CitationGraph graph = loadCitationGraph(*db);
  if (options.output.empty() || options.output == "-") {
    writeGraph(graph, options.format, std::cout);
    return kExitOk;
  }
  std::ofstream file(options.output, std::ios::binary);
  if (file) writeGraph(graph, options.format, file);
  if (!file) {
    std::cerr << "cablecat export-graph: cannot write " << options.output << "\n";
    return kExitFailure;
  }
  std::cerr << "wrote " << graph.nodes.size() << " cables and " << graph.edges.size() << " citations to "
            << options.output << "\n";
  return kExitOk;
}

}  // namespace

void addExportGraphCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<ExportGraphOptions>();
  CLI::App* command = app.add_subcommand(
      "export-graph", "Write the citation graph (cable -> cited cable) as DOT, GraphML or CSV");
  addDatabaseOption(*command, options->database);
  command->add_option("--format,-f", options->format, "dot (Graphviz), graphml (Gephi, yEd) or csv (edge list)")
      ->check(oneOf({"dot", "graphml", "csv"}))
      ->capture_default_str();
  command->add_option("--output,-o", options->output, "File to write (default: stdout)");
  command->callback([options, &exitCode] { exitCode = runExportGraphCommand(*options); });
}

}  // namespace cablecat
