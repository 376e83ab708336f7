// Options and opening shared by the read verbs.
#include "read_verb_support.h"

#include <iostream>

#include "store/catalogue_file.h"

namespace cablecat {

void addDatabaseOption(CLI::App& command, std::string& database) {
  command.add_option("--db", database, "Catalogue file (default: $CABLECAT_DB, else cables.db)");
}

void addOutputModeOptions(CLI::App& command, std::string& mode, bool& noHeaders) {
  command.add_option("--mode,-m", mode,
                     "Output mode (default: table on a terminal, else tsv)")
      ->check(CLI::IsMember(outputModeNames()));
  command.add_flag("--no-headers", noHeaders, "Leave out the header row");
}

PrintOptions resolvePrintOptions(const std::string& mode, bool noHeaders) {
  PrintOptions options;
  options.mode = mode.empty() ? defaultOutputMode() : *outputModeFromName(mode);
  options.headers = !noHeaders;
  return options;
}

std::optional<SQLite::Database> openForReading(const std::string& verb, const std::string& path) {
  try {
    return openCatalogueForReading(path);
  } catch (const CatalogueError& error) {
    std::cerr << "cablecat " << verb << ": " << error.what() << "\n";
    return std::nullopt;
  }
}

}  // namespace cablecat
