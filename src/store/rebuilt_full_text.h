// Full-text mode that indexes every cable once at the end: for a new
// catalogue on a single core, and for a stale index (a --no-fts load ran).
#pragma once

#include <SQLiteCpp/Database.h>

#include "full_text_index.h"

namespace cablecat {

class RebuiltFullText final : public FullTextIndex {
 public:
  explicit RebuiltFullText(SQLite::Database& db) : db_(db) {}

  void inserted(std::int64_t, const Cable&) override {}
  void beforeTextChange(std::int64_t) override {}
  void afterTextChange(std::int64_t) override {}
  void finish(const FinishPhaseListener& phases) override;

 private:
  SQLite::Database& db_;
};

}  // namespace cablecat
