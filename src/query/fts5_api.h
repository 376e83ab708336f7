// Access to FTS5's C API for registering auxiliary functions.
#pragma once

#include <sqlite3.h>

namespace cablecat {

// The connection's fts5_api, or null when it has no FTS5.
fts5_api* fts5Api(sqlite3* db);

// True when `function`(cables_fts) prepares on `db`: FTS5 keeps every
// registration until the connection closes, so register each once.
bool fts5FunctionExists(sqlite3* db, const char* function);

}  // namespace cablecat
