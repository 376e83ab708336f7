// Building a brand-new catalogue aside (`<db>.loading-<pid>`) and publishing
// it atomically, so a crash never leaves a half-built catalogue in place.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

namespace cablecat {

// True when `path` holds no data worth keeping: it does not exist, is empty,
// or is a catalogue without cables, sources or issues (and no WAL file that
// another connection might still need).
bool isBlankCatalogue(const std::string& path);

// `<path>.loading-<this pid>`.
std::string bulkBuildPath(const std::string& path);

// Prefix of the full-text shard files of a build (FullTextBuilder::shardPath).
std::string fullTextWorkPath(const std::string& buildPath);

// Removes `<path>.loading-<pid>` files (and their -journal/-wal/-shm) left by
// loads whose process is gone.
void removeStaleBulkBuilds(const std::string& path);

// Opens a fresh build file with bulk settings (64 KiB pages, no journal, no
// sync) and applies every schema file except the secondary indexes.
SQLite::Database openBulkBuild(const std::string& buildPath);

// Creates the deferred indexes and sets user_version; the caller finishes FTS.
void completeBulkSchema(SQLite::Database& db);

// Makes `buildPath` durable and renames it to `path`. Without
// `replaceExisting` it refuses (CatalogueError) when `path` appeared meanwhile;
// the caller then discards the build.
void publishBulkBuild(const std::string& buildPath, const std::string& path,
                      bool replaceExisting);

// Deletes a build file and its companions.
void discardBulkBuild(const std::string& buildPath) noexcept;

}  // namespace cablecat
