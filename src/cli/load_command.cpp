// `cablecat load`: read inputs of any form into the catalogue.
#include <algorithm>
#include <iostream>

#include "commands.h"
#include "load_interruption.h"
#include "load_pipeline.h"
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
  bool reparse = false;
  std::vector<std::string> inputs;
};

int runLoadCommand(const LoadOptions& options) {
  LoadSettings settings;
  settings.database_path = resolveDatabasePath(options.database);
  settings.inputs = options.inputs;
  settings.format = *inputFormatFromName(options.format);
  settings.full_text_search = !options.no_fts;
  settings.bail = options.bail;
  settings.quiet = options.quiet;
  settings.reparse = options.reparse;
  settings.jobs = std::min(options.jobs, kMaxJobs);
  settings.batch_size = options.batch_size;
  LoadSummary summary;
  LoadInterruption interruption(settings.database_path);
  try {
    summary = runLoad(settings, std::cerr);
  } catch (const CatalogueError& error) {
    std::cerr << "cablecat load: " << error.what() << "\n";
    return kExitFailure;
  }
  if (summary.bailed) {
    std::cerr << "cablecat load: stopped at the first problem (--bail); "
              << settings.database_path << " is as it was before this load\n";
    return kExitFailure;
  }
  const LoadCounts& counts = summary.counts;
  std::cerr << "loaded " << summary.cables_read << " cables from " << summary.files
            << (summary.files == 1 ? " file" : " files") << " into " << settings.database_path
            << ": " << counts.inserted << " new, " << counts.replaced << " replaced, "
            << counts.unchanged + counts.kept << " already there";
  if (summary.unchanged_files > 0)
    std::cerr << "; " << summary.unchanged_files
              << (summary.unchanged_files == 1 ? " file" : " files")
              << " unchanged since loaded, not read again (--reparse reads them)";
  if (summary.skipped > 0) std::cerr << "; skipped " << summary.skipped << " records";
  if (summary.issues > 0)
    std::cerr << "; " << summary.issues << " issues recorded (SELECT * FROM load_issues)";
  std::cerr << "\n";
  // Files skipped as unchanged were read by an earlier load: loading the same
  // inputs again ends with the same status.
  bool nothingRead = summary.cables_read == 0 && summary.unchanged_files == 0 && summary.errors > 0;
  return nothingRead ? kExitFailure : kExitOk;
}

}  // namespace

void addLoadCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<LoadOptions>();
  CLI::App* command = app.add_subcommand(
      "load", "Load cables from files, folders, .gz or - (stdin) into the catalogue");
  command->add_option("--db", options->database,
                      "Catalogue file (default: $CABLECAT_DB, else cables.db)");
  command->add_option("--format", options->format, "Input format")
      ->check(CLI::IsMember({"auto", "archive", "html", "csv", "text"}))
      ->capture_default_str();
  command->add_option("--jobs,-j", options->jobs,
                      "Parser threads (0: one per spare core; at most " + std::to_string(kMaxJobs) + ")");
  command->add_option("--batch-size", options->batch_size,
                      "Cables per committed transaction on a live catalogue")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_flag("--no-fts", options->no_fts, "Skip the full-text index");
  command->add_flag("--bail", options->bail,
                    "Stop at the first bad record and leave the catalogue as it was");
  command->add_flag("--quiet,-q", options->quiet, "No progress output");
  command->add_flag("--reparse", options->reparse,
                    "Read files again even when this build already loaded them unchanged");
  command->add_option("inputs", options->inputs, "Files, folders, .gz files or - for stdin")
      ->required();
  command->callback([options, &exitCode] { exitCode = runLoadCommand(*options); });
}

}  // namespace cablecat
