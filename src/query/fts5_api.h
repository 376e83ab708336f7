// Access to FTS5's C API for registering auxiliary functions.
#pragma once

#include <sqlite3.h>

namespace cablecat {

// The connection's fts5_api, or null when it has no FTS5.
fts5_api* fts5Api(sqlite3* db);

// True when `function`(cables_fts) prepares on `db`: FTS5 keeps every
// registration until the connection closes, so register each once.
bool fts5FunctionExists(sqlite3* db, const char* function);

// Registers `function` as the auxiliary function `name` unless the
// connection has it already. False without FTS5 or with an fts5_api older
// than version 2 (xCreateFunction's signature).
bool registerFts5Function(sqlite3* db, const char* name, fts5_extension_function function);

}  // namespace cablecat
