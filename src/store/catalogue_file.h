// Opens catalogue files: creates and migrates for writing, checks for reading.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

#include "catalogue_errors.h"
#include "embedded_file.h"

namespace cablecat {

// PRAGMA application_id of every cablecat catalogue ("CBLC").
constexpr int kApplicationId = 0x43424C43;

// schema/*.sql in order, compiled into the binary.
std::vector<EmbeddedFile> schemaFiles();
int latestSchemaVersion();

// Opens or creates `path` for writing and applies the pending schema files in
// one transaction each. Refuses a file that is not empty and not a cablecat
// catalogue, or has a newer schema version than this binary.
SQLite::Database openCatalogueForWriting(const std::string& path);

// Opens an existing catalogue read-only (SQLITE_OPEN_READONLY, 5 s busy
// timeout). Refuses missing files, non-catalogues and newer schema versions.
SQLite::Database openCatalogueForReading(const std::string& path);

// The database path from --db, else $CABLECAT_DB, else "cables.db".
std::string resolveDatabasePath(const std::string& option);

}  // namespace cablecat
