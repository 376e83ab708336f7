// How a load keeps cables_fts in step with the cables it writes: one
// implementation per mode, chosen once when the load starts.
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <memory>
#include <string>

#include "parse/cable.h"

namespace cablecat {

class FullTextIndex {
 public:
  virtual ~FullTextIndex() = default;

  // In the load's first transaction, before any row is written.
  virtual void begin() {}
  // Row `id` was inserted with `cable`'s text.
  virtual void inserted(std::int64_t id, const Cable& cable) = 0;
  // The indexed text of row `id` (subject, summary, body) changes between
  // these two calls: an external-content index must forget the old text
  // before the row changes.
  virtual void beforeTextChange(std::int64_t id) = 0;
  virtual void afterTextChange(std::int64_t id) = 0;
  // Every batch is committed (and a catalogue built aside has its other
  // indexes); no transaction is open. Completes the index.
  virtual void finish() {}
};

struct FullTextSettings {
  bool enabled = true;       // off: load --no-fts
  bool built_aside = false;  // the load builds a new catalogue aside (bulk_build.h)
  // Built aside: index in shards on other threads while cables are written.
  bool alongside = true;
  int threads = 0;        // shard threads (0: one per core)
  std::string work_path;  // prefix of the shards' files
};

// Off (NoFullText); a new catalogue on several cores (ShardedFullText); a
// new catalogue on one core, or a stale index (RebuiltFullText); otherwise
// row by row (IncrementalFullText).
std::unique_ptr<FullTextIndex> chooseFullTextIndex(SQLite::Database& db,
                                                   const FullTextSettings& settings);

}  // namespace cablecat
