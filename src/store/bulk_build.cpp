// Fast path for new catalogues: build in a temporary file, rename into place.
#include "bulk_build.h"

#include <SQLiteCpp/Transaction.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <thread>

#include "catalogue_file.h"
#include "full_text_builder.h"

namespace cablecat {

namespace fs = std::filesystem;

namespace {

// Schema files that only create indexes (002, 005): a bulk build applies
// them after the insert, in order, so each index is built once, by a sort.
bool isIndexSchemaFile(std::string_view name) { return name.ends_with("_indexes.sql"); }
constexpr const char* kCompanionSuffixes[] = {"", "-journal", "-wal", "-shm"};

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

}  // namespace

bool isBlankCatalogue(const std::string& path) {
  std::error_code error;
  if (!fs::exists(path, error)) return true;
  if (fs::file_size(path, error) == 0 && !error) return true;
  if (fs::exists(path + "-wal", error)) return false;
  // Validates and migrates, so a non-catalogue is refused here.
  SQLite::Database db = openCatalogueForWriting(path);
  return db.execAndGet("SELECT NOT EXISTS (SELECT 1 FROM cables) AND "
                       "NOT EXISTS (SELECT 1 FROM sources) AND "
                       "NOT EXISTS (SELECT 1 FROM load_issues)")
             .getInt() == 1;
}

std::string fullTextWorkPath(const std::string& buildPath) { return buildPath + ".fts"; }

std::string bulkBuildPath(const std::string& path) {
  return path + ".loading-" + std::to_string(::getpid());
}

void removeStaleBulkBuilds(const std::string& path) {
  fs::path target(path);
  fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string prefix = target.filename().string() + ".loading-";
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
    std::string name = entry.path().filename().string();
    if (name.compare(0, prefix.size(), prefix) != 0) continue;
    const char* digits = name.c_str() + prefix.size();
    char* end = nullptr;
    long pid = std::strtol(digits, &end, 10);
    if (end == digits || pid == static_cast<long>(::getpid())) continue;
    if (processIsGone(pid)) fs::remove(entry.path(), error);
  }
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
  fs::path folder = fs::path(path).has_parent_path() ? fs::path(path).parent_path() : ".";
  syncPath(folder.string(), O_RDONLY | O_DIRECTORY);
}

void discardBulkBuild(const std::string& buildPath) noexcept {
  std::error_code error;
  for (const char* suffix : kCompanionSuffixes) fs::remove(buildPath + suffix, error);
  for (int shard = 0; shard < FullTextBuilder::kMaxShards; ++shard)
    fs::remove(FullTextBuilder::shardPath(fullTextWorkPath(buildPath), shard), error);
}

}  // namespace cablecat
