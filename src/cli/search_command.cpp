// `cablecat search`: ranked full-text search with highlighted snippets.
#include <iostream>

#include "commands.h"
#include "query/full_text_search.h"
#include "query/sql_runner.h"
#include "read_verb_support.h"
#include "store/catalogue_file.h"

namespace cablecat {

namespace {

struct SearchOptions {
  std::string database;
  std::string mode;
  bool no_headers = false;
  long long limit = 20;
  std::vector<std::string> terms;
};

int runSearchCommand(const SearchOptions& options) {
  std::string path = resolveDatabasePath(options.database);
  std::optional<SQLite::Database> db = openForReading("search", path);
  if (!db) return kExitFailure;
  PrintOptions printOptions = resolvePrintOptions(options.mode, options.no_headers);
  SearchRequest request;
  request.query = joinSearchTerms(options.terms);
  request.limit = options.limit;
  // Bold on a terminal in the aligned modes; plain markers everywhere else
  // so files and pipes never carry escape codes.
  bool aligned = printOptions.mode == OutputMode::Table || printOptions.mode == OutputMode::Box;
  if (aligned && stdoutIsTerminal()) {
    request.highlight_open = "\x1b[1m";
    request.highlight_close = "\x1b[0m";
  }
  if (fullTextIndexIsStale(*db))
    std::cerr << "cablecat search: the full-text index of " << path
              << " is out of date (a load ran with --no-fts); the next load without --no-fts rebuilds it\n";
  else if (fullTextIndexIsEmpty(*db))
    std::cerr << "cablecat search: the full-text index of " << path
              << " is empty (loaded with --no-fts?); nothing can match\n";
  auto printer = makeResultPrinter(printOptions, std::cout);
  try {
    runSearch(*db, request, *printer);
  } catch (const SqlError& error) {
    // A damaged or locked catalogue is the catalogue's failure, not the SQL's.
    if (error.isCatalogueFailure()) throwCatalogueFailure(path, error.extendedCode(), error.what());
    std::cerr << "cablecat search: cannot search for '" << request.query << "': " << error.what()
              << "\n  FTS5 syntax: words, \"a phrase\", AND, OR, NOT, NEAR(a b, 10), subject:word, prefix*;"
                 " put words with punctuation in double quotes\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void addSearchCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<SearchOptions>();
  CLI::App* command = app.add_subcommand(
      "search", "Full-text search over subject, summary and body, best matches first, with snippets");
  addDatabaseOption(*command, options->database);
  command->add_option("--limit,-n", options->limit, "Most hits to show")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  addOutputModeOptions(*command, options->mode, options->no_headers);
  command->add_option("terms", options->terms,
                      "FTS5 query: words, \"phrases\", NEAR(a b), subject:word, AND/OR/NOT")
      ->required();
  command->callback([options, &exitCode] { exitCode = runSearchCommand(*options); });
}

}  // namespace cablecat
