// Row-by-row upkeep of the external-content index: the old text is deleted
// (FTS5 needs its values) before the row changes, the new one indexed after.
#include "incremental_full_text.h"

#include "reused_statements.h"

namespace cablecat {

IncrementalFullText::IncrementalFullText(SQLite::Database& db)
    : insert_(db, "INSERT INTO cables_fts (rowid, subject, summary, body) VALUES (?1, ?2, ?3, ?4)"),
      forget_stored_(db,
                     "INSERT INTO cables_fts (cables_fts, rowid, subject, summary, body) "
                     "SELECT 'delete', id, subject, summary, body FROM cables_with_text WHERE id = ?1"),
      index_stored_(db,
                    "INSERT INTO cables_fts (rowid, subject, summary, body) "
                    "SELECT id, subject, summary, body FROM cables_with_text WHERE id = ?1") {}

void IncrementalFullText::inserted(std::int64_t id, const Cable& cable) {
  insert_.bind(1, id);
  bindText(insert_, 2, cable.subject);
  bindText(insert_, 3, cable.summary);
  bindText(insert_, 4, cable.body);
  run(insert_);
}

void IncrementalFullText::beforeTextChange(std::int64_t id) { runWithId(forget_stored_, id); }

void IncrementalFullText::afterTextChange(std::int64_t id) { runWithId(index_stored_, id); }

}  // namespace cablecat
