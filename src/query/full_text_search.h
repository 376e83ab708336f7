// Ranked full-text search over cables_fts (subject, summary, body).
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

#include "result_printer.h"

namespace cablecat {

struct SearchRequest {
  std::string query;          // FTS5 syntax: words, "phrases", NEAR(), subject:word, AND/OR/NOT
  long long limit = 20;
  std::string highlight_open = "[";
  std::string highlight_close = "]";
};

// Prints one row per hit, best first: ref_id, created (date), subject,
// snippet. Throws SqlError when FTS5 cannot parse the query.
void runSearch(SQLite::Database& db, const SearchRequest& request, ResultPrinter& printer);

// The words of a command line joined into one FTS5 query.
std::string joinSearchTerms(const std::vector<std::string>& terms);

// True when the full-text index holds no row (a load used --no-fts).
bool fullTextIndexIsEmpty(SQLite::Database& db);

// True when the writer marked the index out of date (catalogue_settings key
// fts_stale = '1', schema 003); false when it did not or cannot say.
bool fullTextIndexIsStale(SQLite::Database& db);

}  // namespace cablecat
