// Opening the catalogue a load writes to, and publishing or discarding it.
#include "catalogue_target.h"

#include "bulk_build.h"
#include "catalogue_file.h"

namespace cablecat {

namespace {

// Paths SQLite does not map to one file of ours: nothing to build aside.
bool isPlainFile(const std::string& path) {
  return path != ":memory:" && !path.empty() && path.rfind("file:", 0) != 0;
}

}  // namespace

CatalogueTarget::CatalogueTarget(const std::string& path, bool mayBuildAside) : path_(path) {
  try {
    // The claim is held from the decision to build aside until publishing,
    // so a second load cannot decide the same and lose one of the two.
    if (mayBuildAside && isPlainFile(path)) {
      removeStaleBulkBuilds(path);
      claim_ = BlankTargetClaim::take(path);
    }
    built_aside_ = claim_.has_value();
    if (built_aside_) {
      build_path_ = bulkBuildPath(path);
      db_.emplace(openBulkBuild(build_path_));
      writeback_.emplace(build_path_);
    } else {
      db_.emplace(openCatalogueForWriting(path));
      // WAL: readers keep reading while batches commit.
      db_->exec("PRAGMA journal_mode = WAL");
      db_->exec("PRAGMA synchronous = NORMAL");
      db_->exec("PRAGMA cache_size = -32768");
      db_->exec("PRAGMA journal_size_limit = 67108864");
      had_cables_ = db_->execAndGet("SELECT EXISTS (SELECT 1 FROM cables)").getInt() == 1;
      foreign_commits_.emplace(*db_);
    }
  } catch (...) {
    discard();
    throw;
  }
}

CatalogueTarget::~CatalogueTarget() { discard(); }

std::string CatalogueTarget::fullTextWorkPath() const {
  return cablecat::fullTextWorkPath(build_path_);
}

void CatalogueTarget::completeSchema() {
  if (built_aside_) completeBulkSchema(*db_);
}

void CatalogueTarget::publish() {
  if (built_aside_) db_->exec("PRAGMA journal_mode = WAL");
  db_.reset();  // live: the last connection checkpoints the WAL
  writeback_.reset();
  // When this throws, discard() deletes the build.
  if (built_aside_) publishBulkBuild(build_path_, *claim_);
  claim_.reset();
  closed_ = true;
}

void CatalogueTarget::discard() noexcept {
  if (closed_) return;
  closed_ = true;
  db_.reset();
  writeback_.reset();
  if (built_aside_) discardBulkBuild(build_path_);
  claim_.reset();
}

bool CatalogueTarget::othersCommittedSince() {
  return foreign_commits_ && foreign_commits_->happenedSince(*db_);
}

}  // namespace cablecat
