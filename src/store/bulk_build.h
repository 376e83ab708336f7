// Building a brand-new catalogue aside (`<db>.loading-<pid>`) and publishing
// it atomically, so a crash never leaves a half-built catalogue in place.
#pragma once

#include <SQLiteCpp/Database.h>

#include <memory>
#include <optional>
#include <string>

namespace cablecat {

// The right to build the catalogue at `path` aside and put it in place. Taken
// only when `path` holds nothing another program could be using: no file
// (published with link(), which never replaces one) or a 0-byte file. For a
// 0-byte file, SQLite's write lock on it is held until the claim ends, so no
// other load or sqlite3 session writes to it while the build runs; a load
// that was waiting for that lock finds the new catalogue after the rename.
// Any other file (even a catalogue without cables) is loaded in place: a
// rename would pull it from under connections that have it open.
class BlankTargetClaim {
 public:
  // Nothing when `path` must be loaded in place. Throws CatalogueBusy when
  // another process holds the 0-byte file's lock beyond the wait, or another
  // cablecat load is creating the same catalogue.
  static std::optional<BlankTargetClaim> take(const std::string& path);

  const std::string& path() const { return path_; }
  // A 0-byte file is there and is replaced (rename) rather than created (link).
  bool replacesFile() const { return lock_ != nullptr; }

 private:
  friend void publishBulkBuild(const std::string& buildPath, BlankTargetClaim& claim);
  explicit BlankTargetClaim(std::string path) : path_(std::move(path)) {}
  std::string path_;
  std::unique_ptr<SQLite::Database> lock_;  // BEGIN IMMEDIATE on the 0-byte file
};

// `<path>.loading-<this pid>`.
std::string bulkBuildPath(const std::string& path);

// Prefix of the full-text shard files of a build (FullTextBuilder::shardPath).
std::string fullTextWorkPath(const std::string& buildPath);

// Removes the build files (`NAME.loading-<pid>` with its -journal/-wal/-shm
// and .fts shards) that loads of any catalogue in `path`'s folder left when
// their process died (a crash, kill -9, power loss).
void removeStaleBulkBuilds(const std::string& path);

// True for a file name a bulk build of any catalogue uses, so a folder walk
// does not read one as input.
bool isBulkBuildFileName(const std::string& fileName);

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
// The same for the claimed target; the claim's lock is released afterwards.
void publishBulkBuild(const std::string& buildPath, BlankTargetClaim& claim);

// Deletes a build file and its companions.
void discardBulkBuild(const std::string& buildPath) noexcept;

}  // namespace cablecat
