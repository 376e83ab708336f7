// cablecat_snippet(fts, column, open, close, ellipsis, tokens): the same text
// as FTS5's snippet() (SQLite's fts5_aux.c, same choice of window, same
// highlights), in time that grows with the hits of a cable rather than with
// their square. snippet() scores a window for every hit by walking all the
// hits: 200 KB of one repeated word took 10-17 s, 1 MB over two minutes.
#pragma once

#include <sqlite3.h>

namespace cablecat {

inline constexpr const char* kSnippetFunction = "cablecat_snippet";

// Registers cablecat_snippet on `db` unless it is there already. False when
// the connection cannot (no FTS5); then only snippet() can make snippets.
bool registerSnippet(sqlite3* db);

}  // namespace cablecat
