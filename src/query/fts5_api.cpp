// Finding the fts5_api of a connection (see https://sqlite.org/fts5.html#extending_fts5).
#include "fts5_api.h"

#include <string>

namespace cablecat {

fts5_api* fts5Api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
  }
  sqlite3_finalize(statement);
  return api;
}

bool fts5FunctionExists(sqlite3* db, const char* function) {
  sqlite3_stmt* statement = nullptr;
  std::string sql = std::string("SELECT ") + function + "(cables_fts) FROM cables_fts WHERE 0";
  bool found = sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK;
  sqlite3_finalize(statement);
  return found;
}

bool registerFts5Function(sqlite3* db, const char* name, fts5_extension_function function) {
  if (fts5FunctionExists(db, name)) return true;
  fts5_api* api = fts5Api(db);
  if (api == nullptr || api->iVersion < 2) return false;
  return api->xCreateFunction(api, name, nullptr, function, nullptr) == SQLITE_OK;
}

}  // namespace cablecat
