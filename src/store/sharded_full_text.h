// Full-text mode of a new catalogue built aside on several cores: a
// FullTextBuilder indexes the rows in shards on other threads while the
// cables are written, and the shards are stacked into cables_fts at the end.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <memory>
#include <string>

#include "full_text_builder.h"
#include "full_text_index.h"

namespace cablecat {

class ShardedFullText final : public FullTextIndex {
 public:
  // Starts `threads` shard threads, working in files named from `workPath`.
  ShardedFullText(SQLite::Database& db, const std::string& workPath, int threads);

  void inserted(std::int64_t id, const Cable& cable) override;
  void beforeTextChange(std::int64_t id) override;
  void afterTextChange(std::int64_t id) override;
  // Stacks the shards; rebuilds instead when this SQLite's FTS5 layout is
  // one the stacking does not know.
  void finish(const FinishPhaseListener& phases) override;

 private:
  // Passes the row's stored text to the builder, to remove or to add.
  void sendStoredText(std::int64_t id, bool removal);

  SQLite::Database& db_;
  std::unique_ptr<FullTextBuilder> builder_;
  SQLite::Statement select_text_;  // subject, summary, body by id
};

}  // namespace cablecat
