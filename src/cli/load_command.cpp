// `cablecat load`: read inputs of any form into the catalogue.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "catalogue_feed.h"
#include "catalogue_path_check.h"
#include "commands.h"
#include "load_display.h"
#include "load_interruption.h"
#include "load_pipeline.h"
#include "load_summary.h"
#include "option_checks.h"
#include "store/catalogue_file.h"

namespace cablecat {

namespace {

// More parser threads than this only cost memory (each keeps chunks in
// flight); a machine with more cores is not the target.
constexpr unsigned kMaxJobs = 256;

struct LoadOptions {
  std::string database;
  std::string format = "auto";
  unsigned jobs = 0;
  std::size_t batch_size = 10000;
  bool no_fts = false;
  bool bail = false;
  bool quiet = false;
  bool verbose = false;
  bool reparse = false;
  std::vector<std::string> inputs;
};

LoadSettings settingsOf(const LoadOptions& options) {
  LoadSettings settings;
  settings.database_path = resolveDatabasePath(options.database);
  settings.inputs = options.inputs;
  settings.format = *inputFormatFromName(options.format);
  settings.full_text_search = !options.no_fts;
  settings.bail = options.bail;
  settings.reparse = options.reparse;
  settings.verbose = options.verbose;
  settings.jobs = std::min(options.jobs, kMaxJobs);
  settings.batch_size = options.batch_size;
  return settings;
}

// Inputs that are all missing (a typo): said, and nothing is created.
int refuseNothingToRead(const LoadInputs& inputs, const LoadSettings& settings, bool catalogueExisted) {
  for (const ReadIssue& issue : inputs.issues)
    std::cerr << issueLine(issue.locator, issue.ref_id, issue.severity, issue.message) << "\n";
  std::cerr << "cablecat load: nothing to read";
  if (inputs.issues.empty()) std::cerr << " (no file in the folders given)";
  std::cerr << "; " << untouchedCatalogue(settings.database_path, catalogueExisted) << "\n";
  return kExitFailure;
}

int runLoadCommand(const LoadOptions& options) {
  LoadSettings settings = settingsOf(options);
  if (std::optional<std::string> problem = catalogueFileProblem(settings.database_path, CatalogueUse::loading)) {
    std::cerr << "cablecat load: " << *problem << "\n";
    return kExitFailure;
  }
  std::error_code ignored;
  bool catalogueExisted = std::filesystem::exists(settings.database_path, ignored);
  LoadInputs inputs = gatherLoadInputs(settings);
  if (inputs.files.empty()) return refuseNothingToRead(inputs, settings, catalogueExisted);
  LoadSummary summary;
  LoadInterruption interruption(settings.database_path);
  LoadDisplay display(std::cerr, !options.quiet && isatty(STDERR_FILENO) == 1, inputs.totalBytes(),
                      inputs.files.size());
  try {
    summary = runLoad(settings, inputs, display);
  } catch (const CatalogueError& error) {
    display.finish();
    std::cerr << "cablecat load: " << error.what() << "\n";
    return kExitFailure;
  }
  display.finish();
  if (summary.bailed) {
    std::cerr << "cablecat load: stopped at the first problem (--bail); "
              << settings.database_path << " is as it was before this load\n";
    return kExitFailure;
  }
  printLoadSummary(summary, settings, catalogueExisted, std::cerr);
  return summary.nothingRead() ? kExitFailure : kExitOk;
}

}  // namespace

void addLoadCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<LoadOptions>();
  CLI::App* command = app.add_subcommand(
      "load", "Load cables from files, folders, .gz or - (stdin) into the catalogue");
  command->add_option("--db", options->database,
                      "Catalogue file (default: $CABLECAT_DB, else cables.db)");
  command->add_option("--format", options->format, "Input format")
      ->check(oneOf({"auto", "archive", "html", "csv", "text"}))
      ->capture_default_str();
  command->add_option("--jobs,-j", options->jobs,
                      "Parser threads (0: one per spare core; at most " + std::to_string(kMaxJobs) + ")")
      ->check(atLeast(0));
  command->add_option("--batch-size", options->batch_size,
                      "Cables per committed transaction on a live catalogue")
      ->check(atLeast(1))
      ->capture_default_str();
  command->add_flag("--no-fts", options->no_fts, "Skip the full-text index");
  command->add_flag("--bail", options->bail,
                    "Stop at the first bad record and leave the catalogue as it was");
  command->add_flag("--quiet,-q", options->quiet, "No progress display (issues and the summary still print)");
  command->add_flag("--verbose,-v", options->verbose,
                    "Print every issue, notes included (else the first 20 warnings and errors)");
  command->add_flag("--reparse", options->reparse,
                    "Read files again even when this build already loaded them unchanged");
  command->add_option("INPUT", options->inputs, "Files, folders, .gz files or - for stdin")
      ->required();
  command->callback([options, &exitCode] { exitCode = runLoadCommand(*options); });
}

}  // namespace cablecat
