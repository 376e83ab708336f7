// `cablecat stats`: what the catalogue holds.
#include <iostream>

#include "commands.h"
#include "query/catalogue_stats.h"
#include "read_verb_support.h"
#include "store/catalogue_file.h"

namespace cablecat {

namespace {

struct StatsOptions {
  std::string database;
};

int runStatsCommand(const StatsOptions& options) {
  std::string path = resolveDatabasePath(options.database);
  std::optional<SQLite::Database> db = openForReading("stats", path);
  if (!db) return kExitFailure;
  std::cout << catalogueStatsText(collectCatalogueStats(*db, path));
  return kExitOk;
}

}  // namespace

void addStatsCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<StatsOptions>();
  CLI::App* command = app.add_subcommand(
      "stats", "Rows per table, created date range, file size and schema version of the catalogue");
  addDatabaseOption(*command, options->database);
  command->callback([options, &exitCode] { exitCode = runStatsCommand(*options); });
}

}  // namespace cablecat
