// A catalogue as an older cablecat left it: the first `version` schema files
// applied, then `sql` (the rows and additions a test needs), so a test can
// check what a newer cablecat's migrations make of it.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstddef>
#include <string>
#include <vector>

#include "store/catalogue_file.h"

namespace cablecat::test {

inline void makeCatalogueAtVersion(const std::string& path, int version, const std::string& sql = {}) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  std::vector<EmbeddedFile> files = schemaFiles();
  for (int file = 0; file < version; ++file) db.exec(std::string(files[static_cast<std::size_t>(file)].content));
  db.exec("PRAGMA user_version = " + std::to_string(version));
  if (!sql.empty()) db.exec(sql);
}

}  // namespace cablecat::test
