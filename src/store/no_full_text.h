// Full-text mode of a load --no-fts: the index is emptied and marked stale,
// and the next load with full-text search rebuilds it.
#pragma once

#include <SQLiteCpp/Database.h>

#include "full_text_index.h"

namespace cablecat {

class NoFullText final : public FullTextIndex {
 public:
  explicit NoFullText(SQLite::Database& db) : db_(db) {}

  void begin() override;
  void inserted(std::int64_t, const Cable&) override {}
  void beforeTextChange(std::int64_t) override {}
  void afterTextChange(std::int64_t) override {}

 private:
  SQLite::Database& db_;
};

}  // namespace cablecat
