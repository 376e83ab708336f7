// Full-text mode of a load into a live catalogue: cables_fts changes row by
// row, in the same transactions as the cables.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "full_text_index.h"

namespace cablecat {

class IncrementalFullText final : public FullTextIndex {
 public:
  explicit IncrementalFullText(SQLite::Database& db);

  void inserted(std::int64_t id, const Cable& cable) override;
  void beforeTextChange(std::int64_t id) override;
  void afterTextChange(std::int64_t id) override;

 private:
  SQLite::Statement insert_;          // rowid, subject, summary, body
  SQLite::Statement forget_stored_;   // ?1 id: removes the row's current text
  SQLite::Statement index_stored_;    // ?1 id: indexes the row's current text
};

}  // namespace cablecat
