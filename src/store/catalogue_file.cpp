// Creating, migrating and validating catalogue files.
#include "catalogue_file.h"

#include <SQLiteCpp/Transaction.h>

#include <cstdlib>
#include <filesystem>

namespace cablecat {

namespace schema_embed {
std::vector<EmbeddedFile> files();
}

std::vector<EmbeddedFile> schemaFiles() { return schema_embed::files(); }

int latestSchemaVersion() { return static_cast<int>(schemaFiles().size()); }

namespace {

constexpr int kBusyTimeoutMs = 5000;

bool isEmptyDatabase(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0;
}

void checkIsCatalogue(SQLite::Database& db, const std::string& path) {
  int applicationId = db.execAndGet("PRAGMA application_id").getInt();
  if (applicationId != kApplicationId)
    throw CatalogueError(path + ": not a cablecat catalogue (it has other tables); "
                         "give another --db file");
  int version = db.execAndGet("PRAGMA user_version").getInt();
  if (version > latestSchemaVersion())
    throw CatalogueError(path + ": catalogue schema version " + std::to_string(version) +
                         " is newer than this cablecat (" + std::to_string(latestSchemaVersion()) +
                         "); use a newer cablecat");
}

void applyPendingSchema(SQLite::Database& db) {
  int version = db.execAndGet("PRAGMA user_version").getInt();
  std::vector<EmbeddedFile> files = schemaFiles();
  for (int next = version; next < static_cast<int>(files.size()); ++next) {
    SQLite::Transaction transaction(db);
    db.exec(std::string(files[next].content));
    db.exec("PRAGMA user_version = " + std::to_string(next + 1));
    transaction.commit();
  }
}

}  // namespace

SQLite::Database openCatalogueForWriting(const std::string& path) {
  try {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, kBusyTimeoutMs);
    if (isEmptyDatabase(db)) {
      db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    } else {
      checkIsCatalogue(db, path);
    }
    // Foreign keys go on after the migrations: a file that copies a table to
    // change a constraint (006) must drop the old one under its children.
    applyPendingSchema(db);
    db.exec("PRAGMA foreign_keys = ON");
    return db;
  } catch (const SQLite::Exception& error) {
    throw CatalogueError(path + ": cannot open catalogue for writing: " + error.what());
  }
}

SQLite::Database openCatalogueForReading(const std::string& path) {
  if (path != ":memory:" && !std::filesystem::exists(path))
    throw CatalogueError(path + ": no such catalogue; create it with 'cablecat load --db " + path +
                         " INPUT...'");
  try {
    SQLite::Database db(path, SQLite::OPEN_READONLY, kBusyTimeoutMs);
    checkIsCatalogue(db, path);
    // Reads through a memory map instead of copying each 64 KiB page into
    // SQLite's cache: a query touching a cable row per result (a tag's 130k
    // cables, the ranking of a search) ran 2-3x faster. SQLite caps the map
    // at its compile-time limit (2 GB by default); pages beyond are read.
    db.exec("PRAGMA mmap_size = 1099511627776");
    return db;
  } catch (const SQLite::Exception& error) {
    throw CatalogueError(path + ": cannot open catalogue: " + error.what());
  }
}

std::string resolveDatabasePath(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* fromEnvironment = std::getenv("CABLECAT_DB"); fromEnvironment && *fromEnvironment)
    return fromEnvironment;
  return "cables.db";
}

}  // namespace cablecat
