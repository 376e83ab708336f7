// Where a load writes: a live catalogue in WAL mode, batch by batch, or a
// brand-new one built aside in `<db>.loading-<pid>` with bulk settings and
// renamed into place at the end (bulk_build.h).
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>

#include "bulk_build.h"
#include "early_writeback.h"
#include "foreign_commits.h"

namespace cablecat {

class CatalogueTarget {
 public:
  // Opens (creating if needed) the catalogue at `path`; builds aside when
  // `mayBuildAside` and `path` is a file holding nothing worth keeping.
  // Throws CatalogueError or SQLite::Exception, leaving no build file.
  CatalogueTarget(const std::string& path, bool mayBuildAside);
  ~CatalogueTarget();  // discard() unless published
  CatalogueTarget(const CatalogueTarget&) = delete;
  CatalogueTarget& operator=(const CatalogueTarget&) = delete;

  SQLite::Database& db() { return *db_; }
  bool builtAside() const { return built_aside_; }
  // Live: the catalogue held cables when the load began (a new one built
  // aside holds none).
  bool hadCables() const { return had_cables_; }
  // Built aside: prefix of the full-text shards' work files.
  std::string fullTextWorkPath() const;

  // Live: another connection (a second load) committed since the last
  // call, so what this load remembers of stored cables may be stale. Ask
  // inside a transaction.
  bool othersCommittedSince();

  // Every batch is committed. Built aside: creates the deferred indexes.
  void completeSchema();
  // Closes the connection (finalize every statement first); a catalogue
  // built aside is made durable and renamed into place.
  void publish();
  // Closes the connection; a catalogue built aside is deleted.
  void discard() noexcept;

 private:
  std::string path_;
  bool built_aside_ = false;
  std::optional<BlankTargetClaim> claim_;          // built aside: held until published
  std::optional<ForeignCommits> foreign_commits_;  // live: other loads may write between batches
  bool had_cables_ = false;
  bool closed_ = false;
  std::string build_path_;
  std::optional<EarlyWriteback> writeback_;  // of build_path_, while it is written
  std::optional<SQLite::Database> db_;
};

}  // namespace cablecat
