// Options and opening shared by the read verbs.
#include "read_verb_support.h"

#include <iostream>

#include "catalogue_path_check.h"
#include "option_checks.h"
#include "store/catalogue_file.h"

namespace cablecat {

void addDatabaseOption(CLI::App& command, std::string& database) {
  command.add_option("--db", database, "Catalogue file (default: $CABLECAT_DB, else cables.db)");
}

void addOutputModeOptions(CLI::App& command, OutputOptions& output) {
  command
      .add_option("--mode,-m", output.mode,
                  "Output mode, named as in sqlite3: column (the default on a terminal), table, box, markdown, "
                  "csv, tsv (the default otherwise), json, ndjson, line, list, html, insert, quote")
      ->check(oneOf(outputModeNames()));
  command.add_flag("--no-headers", output.no_headers, "Leave out the header row (and print nothing for no rows)");
  command.add_option("--nullvalue", output.null_value, "Text to print for NULL (default: nothing)");
}

PrintOptions resolvePrintOptions(const OutputOptions& output) {
  PrintOptions options;
  options.mode = output.mode.empty() ? defaultOutputMode() : *outputModeFromName(output.mode);
  options.headers = !output.no_headers;
  options.null_value = output.null_value;
  return options;
}

std::optional<SQLite::Database> openForReading(const std::string& verb, const std::string& path) {
  if (std::optional<std::string> problem = catalogueFileProblem(path, CatalogueUse::reading)) {
    std::cerr << "cablecat " << verb << ": " << *problem << "\n";
    return std::nullopt;
  }
  try {
    return openCatalogueForReading(path);
  } catch (const CatalogueError& error) {
    std::cerr << "cablecat " << verb << ": " << error.what() << "\n";
    return std::nullopt;
  }
}

}  // namespace cablecat
