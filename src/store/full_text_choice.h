// The full-text mode of a load, chosen once when it starts.
#pragma once

#include <SQLiteCpp/Database.h>

#include <memory>
#include <string>

#include "full_text_index.h"

namespace cablecat {

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
