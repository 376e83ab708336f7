// Which FullTextIndex a load gets.
#include "full_text_choice.h"

#include <algorithm>
#include <thread>

#include "full_text_table.h"
#include "incremental_full_text.h"
#include "no_full_text.h"
#include "rebuilt_full_text.h"
#include "sharded_full_text.h"

namespace cablecat {

std::unique_ptr<FullTextIndex> chooseFullTextIndex(SQLite::Database& db,
                                                   const FullTextSettings& settings) {
  unsigned cores = std::max(std::thread::hardware_concurrency(), 1u);
  if (!settings.enabled) return std::make_unique<NoFullText>(db);
  if (settings.built_aside && settings.alongside && cores > 1) {
    int threads = settings.threads > 0 ? settings.threads : static_cast<int>(cores);
    return std::make_unique<ShardedFullText>(db, settings.work_path, threads);
  }
  if (settings.built_aside || isFullTextStale(db)) return std::make_unique<RebuiltFullText>(db);
  return std::make_unique<IncrementalFullText>(db);
}

}  // namespace cablecat
