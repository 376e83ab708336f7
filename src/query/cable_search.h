// `cablecat search` as a whole: the cables whose reference ID was typed,
// then the full-text hits, ranked, with the number of cables that match.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

#include "full_text_search.h"
#include "sql_value.h"

namespace cablecat {

struct CableSearch {
  SearchRequest full_text;                 // query empty: no full-text search
  std::vector<std::string> reference_ids;  // upper case; each may be a ref_id or a published_ref_id
};

struct CableSearchResults {
  std::vector<std::string> columns;           // rank, ref_id, created, subject, snippet
  std::vector<std::vector<SqlValue>> rows;    // at most full_text.limit, best first
  long long total = 0;                        // every cable that matches, shown or not
};

// Cables found by reference ID come first (rank 1, 2, ...), then the
// full-text hits not among them. Throws SqlError when FTS5 rejects the query.
CableSearchResults searchCables(SQLite::Database& db, const CableSearch& search);

}  // namespace cablecat
