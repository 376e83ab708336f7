// The steps a load's writer takes after the last cable, named so a caller
// can show them (on a full load they take tens of seconds). The writer never
// prints: it tells a listener, and the command line draws.
#pragma once

#include <functional>

namespace cablecat {

enum class FinishPhase {
  last_batch,          // committing the last batch of cables
  indexes,             // creating the indexes a new catalogue defers
  full_text_shards,    // waiting for the full-text shard threads to index their last rows
  full_text_stacking,  // stacking the shards' indexes into cables_fts
  full_text_rebuild,   // indexing every cable at once (one core, or a stale index)
  statistics,          // a grown catalogue: ANALYZE again (planner_statistics.h)
  publishing,          // a new catalogue: making it durable and putting it in place
};

using FinishPhaseListener = std::function<void(FinishPhase)>;

// Tells `listener`, if there is one.
inline void announce(const FinishPhaseListener& listener, FinishPhase phase) {
  if (listener) listener(phase);
}

}  // namespace cablecat
