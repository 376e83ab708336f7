// cablecat_bm25_top(fts, n, weights...): FTS5's bm25(fts, weights...) for the
// rows that can be among the n best; for the others a value that is better
// than (below) their bm25 but still worse than the n-th best score. So
// "ORDER BY cablecat_bm25_top(...) LIMIT n" returns the rows and scores of
// "ORDER BY bm25(...) LIMIT n", ties at the n-th score included, while most
// matches of a common word skip bm25's costly step: reading the row's length.
//
// The n best are those of the rows it was called on: every row it scores must
// be a candidate (no other filter may drop rows after it, such as a WHERE on
// another column). Called twice for the same row, it counts the row once.
#pragma once

#include <sqlite3.h>

namespace cablecat {

inline constexpr const char* kBm25TopFunction = "cablecat_bm25_top";

// Registers cablecat_bm25_top on `db` unless it is there already. False when
// the connection cannot (no FTS5); then only bm25() can rank.
bool registerBm25Top(sqlite3* db);

}  // namespace cablecat
