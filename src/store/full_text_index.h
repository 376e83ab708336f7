// How a load keeps cables_fts in step with the cables it writes: one
// implementation per mode, chosen once when the load starts
// (full_text_choice.h).
#pragma once

#include <cstdint>

#include "finish_phase.h"
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
  // indexes); no transaction is open. Completes the index, telling
  // `phases` what it does when that takes a while.
  virtual void finish(const FinishPhaseListener& phases) { (void)phases; }
};

}  // namespace cablecat
