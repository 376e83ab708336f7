// Writes a cable's row, its text row and its child rows with reused prepared statements:
// the plain upsert. What to write is the merge rule's decision (form_merge.h).
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "multi_row_insert.h"
#include "parse/cable.h"

namespace cablecat {

class CableRows {
 public:
  explicit CableRows(SQLite::Database& db);

  // A new cable with its child rows and published list; returns cables.id.
  std::int64_t insert(const Cable& cable);
  // The row takes `cable`'s columns (metadata `cable` lacks stays) and its
  // child rows are rewritten; the published list is left alone.
  void replace(std::int64_t id, const Cable& cable);
  // Fills the row's NULL metadata (created .. subject, published_ref_id)
  // from `cable`.
  void fill(std::int64_t id, const Cable& cable);
  void replaceListedRefs(std::int64_t id, const std::vector<std::string>& refs);

 private:
  void bindColumns(SQLite::Statement& statement, const Cable& cable);
  void writeText(std::int64_t id, const Cable& cable);
  void writeChildren(std::int64_t id, const Cable& cable);
  void writeRecipients(std::int64_t id, const Cable& cable);
  void writeTags(std::int64_t id, const Cable& cable);
  void writeReferences(std::int64_t id, const Cable& cable);
  void writeListedRefs(std::int64_t id, const std::vector<std::string>& refs);
  std::int64_t tagId(const Tag& tag);

  SQLite::Database& db_;
  SQLite::Statement insert_cable_, replace_cable_, write_text_, fill_cable_;
  SQLite::Statement delete_recipients_, delete_exclusions_, delete_cable_tags_, delete_refs_,
      delete_listed_refs_;
  SQLite::Statement insert_exclusion_, insert_tag_, select_tag_id_;
  MultiRowInsert insert_recipients_, insert_cable_tags_, insert_refs_, insert_listed_refs_;
  std::unordered_map<std::string, std::int64_t> tag_ids_;  // tags.id by code

  // Reused buffers: no allocation per cable once warm.
  std::string signer_text_;
  std::vector<const Recipient*> recipient_rows_;
  std::vector<std::pair<const Tag*, std::int64_t>> tag_rows_;  // tag, tags.id
  std::vector<const Reference*> reference_rows_;
  std::vector<const std::string*> listed_rows_;
};

}  // namespace cablecat
