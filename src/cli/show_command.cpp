// `cablecat show`: one cable as a person reads it, or as JSON.
#include <iostream>

#include "commands.h"
#include "option_checks.h"
#include "query/cable_record.h"
#include "read_verb_support.h"
#include "store/catalogue_file.h"

namespace cablecat {

namespace {

struct ShowOptions {
  std::string database;
  std::string mode = "text";
  std::string ref_id;
};

int runShowCommand(const ShowOptions& options) {
  std::string path = resolveDatabasePath(options.database);
  std::optional<SQLite::Database> db = openForReading("show", path);
  if (!db) return kExitFailure;
  std::optional<CableRecord> record = loadCableRecord(*db, options.ref_id);
  if (!record) {
    std::cerr << "cablecat show: no cable " << options.ref_id << " in " << path
              << " (find IDs with 'cablecat search WORDS')\n";
    return kExitFailure;
  }
  if (options.mode == "json")
    std::cout << cableRecordJson(*record).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
              << "\n";
  else
    std::cout << cableRecordText(*record);
  return kExitOk;
}

}  // namespace

void addShowCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* command = app.add_subcommand(
      "show", "Show one cable: metadata, recipients, tags, references, cited-by, summary and body");
  addDatabaseOption(*command, options->database);
  command->add_option("--mode,-m", options->mode, "text (for reading) or json")
      ->check(oneOf({"text", "json"}))
      ->capture_default_str();
  command->add_option("REF_ID", options->ref_id, "Reference ID, e.g. 07ASTANA2327 (any case)")->required();
  command->callback([options, &exitCode] { exitCode = runShowCommand(*options); });
}

}  // namespace cablecat
