// `cablecat search`: ranked full-text search with highlighted snippets.
#include <iostream>

#include "commands.h"
#include "option_checks.h"
#include "query/cable_search.h"
#include "query/search_terms.h"
#include "query/sql_runner.h"
#include "read_verb_support.h"
#include "store/catalogue_errors.h"
#include "store/catalogue_file.h"

namespace cablecat {

namespace {

struct SearchOptions {
  std::string database;
  OutputOptions output;
  long long limit = 20;
  bool fts = false;
  std::vector<std::string> terms;
};

CableSearch searchFor(const SearchOptions& options, const PrintOptions& printOptions) {
  CableSearch search;
  search.full_text.query = options.fts ? joinSearchTerms(options.terms) : plainWordsQuery(options.terms);
  if (!options.fts) search.reference_ids = referenceIdTerms(options.terms);
  search.full_text.limit = options.limit;
  // Bold on a terminal in the modes that draw columns; plain markers
  // everywhere else so files and pipes never carry escape codes.
  bool drawn = printOptions.mode == OutputMode::Column || printOptions.mode == OutputMode::Table ||
               printOptions.mode == OutputMode::Box;
  if (drawn && stdoutIsTerminal()) {
    search.full_text.highlight_open = "\x1b[1m";
    search.full_text.highlight_close = "\x1b[0m";
  }
  return search;
}

void warnAboutTheIndex(SQLite::Database& db, const std::string& path) {
  if (fullTextIndexIsStale(db))
    std::cerr << "cablecat search: the full-text index of " << path
              << " is out of date (a load ran with --no-fts); the next load without --no-fts rebuilds it\n";
  else if (fullTextIndexIsEmpty(db))
    std::cerr << "cablecat search: the full-text index of " << path
              << " is empty (loaded with --no-fts?); nothing can match\n";
}

// On stderr, so that what stdout carries stays rows only.
void reportTotal(const CableSearchResults& results) {
  std::size_t shown = results.rows.size();
  if (results.total == 0)
    std::cerr << "no cable matches\n";
  else if (static_cast<long long>(shown) < results.total)
    std::cerr << shown << " of " << results.total << " matching cables; --limit N shows more\n";
  else
    std::cerr << results.total << (results.total == 1 ? " matching cable\n" : " matching cables\n");
}

int runSearchCommand(const SearchOptions& options) {
  std::string path = resolveDatabasePath(options.database);
  std::optional<SQLite::Database> db = openForReading("search", path);
  if (!db) return kExitFailure;
  PrintOptions printOptions = resolvePrintOptions(options.output);
  CableSearch search = searchFor(options, printOptions);
  warnAboutTheIndex(*db, path);
  CableSearchResults results;
  try {
    results = searchCables(*db, search);
  } catch (const SqlError& error) {
    // A damaged or locked catalogue is the catalogue's failure, not the SQL's.
    if (error.isCatalogueFailure()) throwCatalogueFailure(path, error.extendedCode(), error.what());
    std::cerr << "cablecat search: cannot search for '" << search.full_text.query << "': " << error.what()
              << "\n  with --fts the terms are an FTS5 query: words, \"a phrase\", AND, OR, NOT, NEAR(a b, 10), "
                 "subject:word, prefix*; without --fts every word is searched as a word\n";
    return kExitFailure;
  }
  auto printer = makeResultPrinter(printOptions, std::cout);
  printer->begin(results.columns);
  for (const auto& row : results.rows) printer->row(row);
  printer->end();
  std::cout.flush();
  reportTotal(results);
  return kExitOk;
}

}  // namespace

void addSearchCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<SearchOptions>();
  CLI::App* command = app.add_subcommand(
      "search",
      "Full-text search over subject, summary and body, best matches first, with snippets and the number of "
      "matching cables; a reference ID finds its cable");
  addDatabaseOption(*command, options->database);
  command->add_option("--limit,-n", options->limit, "Most hits to show")
      ->check(atLeast(1))
      ->capture_default_str();
  command->add_flag("--fts", options->fts,
                    "Take the terms as an FTS5 query: NEAR(a b), OR, NOT, subject:word, ...");
  addOutputModeOptions(*command, options->output);
  command->add_option("TERMS", options->terms,
                      "Words to find, each as a word (al-Qaida, U.S., Qadhafi's); \"a phrase\"; prefix*; "
                      "a reference ID such as 07ASTANA2315")
      ->required();
  command->callback([options, &exitCode] { exitCode = runSearchCommand(*options); });
}

}  // namespace cablecat
