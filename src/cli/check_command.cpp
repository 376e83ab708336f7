// `cablecat check`: integrity (exit 1 when damaged) and doubtful parses (warnings).
#include <iostream>

#include "commands.h"
#include "query/catalogue_check.h"
#include "read_verb_support.h"
#include "store/catalogue_file.h"

namespace cablecat {

namespace {

struct CheckOptions {
  std::string database;
  bool quick = false;
};

int runCheckCommand(const CheckOptions& options) {
  std::string path = resolveDatabasePath(options.database);
  std::optional<SQLite::Database> db = openForReading("check", path);
  if (!db) return kExitFailure;
  CheckResult result;
  try {
    result = checkCatalogue(*db, options.quick);
  } catch (const SQLite::Exception& error) {
    // A damaged file can fail the checks themselves.
    std::cerr << "cablecat check: " << path << " cannot be checked: " << error.what() << "\n";
    return kExitFailure;
  }
  std::cout << checkResultText(result);
  return result.integrityPassed() ? kExitOk : kExitFailure;
}

}  // namespace

void addCheckCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand(
      "check", "Check integrity (exit 1 if damaged) and warn about suspicious parses");
  addDatabaseOption(*command, options->database);
  command->add_flag("--quick", options->quick, "PRAGMA quick_check instead of integrity_check (faster)");
  command->callback([options, &exitCode] { exitCode = runCheckCommand(*options); });
}

}  // namespace cablecat
