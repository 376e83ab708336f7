// Fast path for new catalogues: build in a temporary file, rename into place.
#include "bulk_build.h"

#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <optional>
#include <string_view>
#include <thread>

#include "catalogue_file.h"
#include "full_text_builder.h"
#include "parse/ascii.h"

namespace cablecat {

namespace fs = std::filesystem;

namespace {

// Schema files that only create indexes (002, 005): a bulk build applies
// them after the insert, in order, so each index is built once, by a sort.
bool isIndexSchemaFile(std::string_view name) { return name.ends_with("_indexes.sql"); }
constexpr std::string_view kCompanionSuffixes[] = {"", "-journal", "-wal", "-shm"};

fs::path folderOf(const std::string& path) {
  fs::path target(path);
  return target.has_parent_path() ? target.parent_path() : fs::path(".");
}

bool processIsGone(long pid) {
  if (pid <= 0) return false;
  return ::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH;
}

void syncPath(const std::string& path, int flags) {
  int fd = ::open(path.c_str(), flags);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// The process id in a bulk build file name (`NAME.loading-<pid>` plus one of
// the companion suffixes); nothing for any other name.
std::optional<long> bulkBuildOwner(const std::string& fileName) {
  constexpr std::string_view kMarker = ".loading-";
  std::size_t marker = fileName.rfind(kMarker);
  if (marker == std::string::npos || marker == 0) return std::nullopt;
  std::size_t digits = marker + kMarker.size(), end = digits;
  while (end < fileName.size() && isAsciiDigit(fileName[end])) ++end;
  if (end == digits || end - digits > 9) return std::nullopt;
  std::string_view suffix = std::string_view(fileName).substr(end);
  bool companion = std::find(std::begin(kCompanionSuffixes), std::end(kCompanionSuffixes), suffix) !=
                   std::end(kCompanionSuffixes);
  bool shard = suffix.starts_with(".fts") && suffix.size() > 4 &&
               isAllDigits(suffix.substr(4));
  if (!companion && !shard) return std::nullopt;
  return std::stol(fileName.substr(digits, end - digits));
}

// Two loads creating the same new catalogue: only one can publish it, so the
// second stops now instead of after all its work.
void refuseWhileAnotherLoadCreates(const std::string& path) {
  std::string ownName = fs::path(path).filename().string();
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(folderOf(path), error)) {
    std::string name = entry.path().filename().string();
    if (!name.starts_with(ownName + ".loading-")) continue;
    std::optional<long> owner = bulkBuildOwner(name);
    if (!owner || *owner == static_cast<long>(::getpid()) || processIsGone(*owner)) continue;
    throw CatalogueBusy(path + ": another cablecat load (process " + std::to_string(*owner) +
                        ") is creating this catalogue; load again when it has finished");
  }
}

}  // namespace

std::string fullTextWorkPath(const std::string& buildPath) { return buildPath + ".fts"; }

std::string bulkBuildPath(const std::string& path) {
  return path + ".loading-" + std::to_string(::getpid());
}

bool isBulkBuildFileName(const std::string& fileName) {
  return bulkBuildOwner(fileName).has_value();
}

void removeStaleBulkBuilds(const std::string& path) {
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(folderOf(path), error)) {
    std::optional<long> owner = bulkBuildOwner(entry.path().filename().string());
    if (!owner || *owner == static_cast<long>(::getpid())) continue;
    std::error_code ignored;
    if (processIsGone(*owner) && entry.is_regular_file(ignored)) fs::remove(entry.path(), ignored);
  }
}

std::optional<BlankTargetClaim> BlankTargetClaim::take(const std::string& path) {
  // A few rounds: each ends when the file is claimed, or seen to hold data,
  // or replaced by another load while this one waited for its lock.
  for (int round = 0; round < 3; ++round) {
    struct stat before {};
    if (::stat(path.c_str(), &before) != 0) {
      if (errno != ENOENT) return std::nullopt;  // let the live path report why
      refuseWhileAnotherLoadCreates(path);
      return BlankTargetClaim(path);
    }
    if (!S_ISREG(before.st_mode) || before.st_size != 0) return std::nullopt;
    auto lock = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE, kBusyTimeoutMs);
    lock->exec("BEGIN IMMEDIATE");
    struct stat after {};
    bool same = ::stat(path.c_str(), &after) == 0 && after.st_dev == before.st_dev &&
                after.st_ino == before.st_ino;
    if (!same) continue;  // replaced while this load waited: decide again
    if (after.st_size != 0) return std::nullopt;
    BlankTargetClaim claim(path);
    claim.lock_ = std::move(lock);
    return claim;
  }
  return std::nullopt;
}

SQLite::Database openBulkBuild(const std::string& buildPath) {
  discardBulkBuild(buildPath);
  try {
    // One thread at a time uses this connection: no need for SQLite's per-call mutex.
    SQLite::Database db(buildPath, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
    // page_size must precede the first table; journal off is safe only
    // because nobody sees this file until it is complete.
    db.exec("PRAGMA page_size = 65536");
    db.exec("PRAGMA journal_mode = OFF");
    db.exec("PRAGMA synchronous = OFF");
    db.exec("PRAGMA cache_size = -16384");
    db.exec("PRAGMA foreign_keys = OFF");  // the writer keeps children consistent itself
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    for (const EmbeddedFile& file : schemaFiles())
      if (!isIndexSchemaFile(file.name)) db.exec(std::string(file.content));
    return db;
  } catch (const SQLite::Exception& error) {
    throw CatalogueError(buildPath + ": cannot create catalogue: " + error.what());
  }
}

void completeBulkSchema(SQLite::Database& db) {
  // The reading, parsing and writing threads are done by now (full-text
  // shards may still be finishing): let SQLite sort index keys on every core
  // (recipients' and tags' indexes build ~20% faster on two).
  unsigned cores = std::max(1u, std::min(std::thread::hardware_concurrency(), 8u));
  db.exec("PRAGMA threads = " + std::to_string(cores));
  SQLite::Transaction transaction(db);
  for (const EmbeddedFile& file : schemaFiles())
    if (isIndexSchemaFile(file.name)) db.exec(std::string(file.content));
  db.exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion()));
  transaction.commit();
}

void publishBulkBuild(const std::string& buildPath, const std::string& path,
                      bool replaceExisting) {
  syncPath(buildPath, O_RDONLY);
  if (replaceExisting) {
    if (std::rename(buildPath.c_str(), path.c_str()) != 0)
      throw CatalogueError(path + ": cannot move the new catalogue into place from " + buildPath +
                           ": " + std::strerror(errno));
  } else {
    // link() fails when `path` exists, unlike rename(): another process that
    // created the catalogue during this load is not overwritten.
    if (::link(buildPath.c_str(), path.c_str()) != 0) {
      int failure = errno;
      throw CatalogueError(
          path + (failure == EEXIST
                      ? std::string(": another process created this catalogue during the load; "
                                    "it was left alone and this load discarded: load again")
                      : ": cannot move the new catalogue into place from " + buildPath + ": " +
                            std::strerror(failure)));
    }
    ::unlink(buildPath.c_str());
  }
  syncPath(folderOf(path).string(), O_RDONLY | O_DIRECTORY);
}

void publishBulkBuild(const std::string& buildPath, BlankTargetClaim& claim) {
  // The rename happens under the 0-byte file's lock; whoever waits for it
  // then sees that the path names another file and decides again.
  publishBulkBuild(buildPath, claim.path(), claim.replacesFile());
  claim.lock_.reset();
}

void discardBulkBuild(const std::string& buildPath) noexcept {
  std::error_code error;
  for (std::string_view suffix : kCompanionSuffixes) fs::remove(buildPath + std::string(suffix), error);
  for (int shard = 0; shard < FullTextBuilder::kMaxShards; ++shard)
    fs::remove(FullTextBuilder::shardPath(fullTextWorkPath(buildPath), shard), error);
}

}  // namespace cablecat
