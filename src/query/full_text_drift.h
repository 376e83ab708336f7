// cablecat_fts_lengths(cables_fts): the token count of each column of a
// row's current text, encoded as FTS5 stores it in cables_fts_docsize.sz
// (one SQLite varint per column). Where the two differ, the text changed
// since it was indexed: cables_fts takes its text from `cables` (external
// content), so an UPDATE of a cable made outside cablecat leaves the index
// describing the old text, and search finds the cable by words it lost.
// FTS5's own 'integrity-check' (SQLite 3.40) neither compares with the
// content table nor runs on a read-only connection, and its xColumnSize
// reads nothing on a full scan: hence the comparison in SQL.
#pragma once

#include <sqlite3.h>

namespace cablecat {

inline constexpr const char* kFullTextLengthsFunction = "cablecat_fts_lengths";

// False when the connection has no FTS5.
bool registerFullTextLengths(sqlite3* db);

}  // namespace cablecat
