// Stored forms in memory, and the lookups when memory does not know.
#include "stored_cables.h"

#include <algorithm>
#include <string_view>

namespace cablecat {

namespace {

std::string_view textOf(const SQLite::Column& column) {
  return {column.getText(), static_cast<std::size_t>(column.getBytes())};
}

// The best format priority among the forms that had the stored text.
int bestFormatPriority(std::string_view formats) {
  int best = 0;
  while (!formats.empty()) {
    std::size_t comma = formats.find(',');
    best = std::max(best, formatPriority(formats.substr(0, comma)));
    formats = comma == std::string_view::npos ? std::string_view() : formats.substr(comma + 1);
  }
  return best;
}

}  // namespace

StoredCables::StoredCables(SQLite::Database& db, std::size_t capacity, bool catalogueHadCables)
    : capacity_(capacity),
      must_ask_catalogue_(catalogueHadCables),
      // The missing-metadata sum follows MetadataBit.
      find_cable_(db,
                  "SELECT c.id, c.content_hash, "
                  "(c.created IS NULL) + 2 * (c.released IS NULL) + 4 * (c.classification IS NULL) + "
                  "8 * (c.origin IS NULL) + 16 * (c.subject IS NULL) + 32 * (c.published_ref_id IS NULL), "
                  "(SELECT group_concat(s.format) FROM cable_sources AS s "
                  " WHERE s.cable_id = c.id AND s.content_hash = c.content_hash) "
                  "FROM cables AS c WHERE c.ref_id = ?1"),
      select_rank_text_(db, "SELECT c.is_partial, t.header, t.body FROM cables AS c "
                        "LEFT JOIN cable_texts AS t ON t.cable_id = c.id WHERE c.id = ?1"),
      select_listed_refs_(db,
                          "SELECT ref_id FROM listed_refs WHERE cable_id = ?1 ORDER BY position") {}

void StoredCables::forgetAll() {
  entries_.clear();
  must_ask_catalogue_ = true;
}

StoredCables::Entry* StoredCables::find(const std::string& refId) {
  if (entries_.size() >= capacity_) forgetAll();
  if (auto found = entries_.find(refId); found != entries_.end()) return &found->second;
  if (!must_ask_catalogue_) return nullptr;
  find_cable_.bindNoCopy(1, refId);
  Entry* stored = nullptr;
  if (find_cable_.executeStep()) {
    Entry entry;
    entry.id = find_cable_.getColumn(0).getInt64();
    entry.form.content_hash = find_cable_.getColumn(1).getText();
    entry.form.missing = static_cast<unsigned>(find_cable_.getColumn(2).getInt());
    entry.form.format_priority = bestFormatPriority(textOf(find_cable_.getColumn(3)));
    stored = &entries_.emplace(refId, std::move(entry)).first->second;
  }
  find_cable_.reset();
  return stored;
}

StoredCables::Entry& StoredCables::remember(const std::string& refId, std::int64_t id,
                                            StoredForm form) {
  return entries_.insert_or_assign(refId, Entry{id, std::move(form)}).first->second;
}

FormRank StoredCables::Facts::rank() {
  SQLite::Statement& select = cables_.select_rank_text_;
  select.bind(1, entry_.id);
  select.executeStep();
  FormRank rank = rankForm(select.getColumn(0).getInt() != 0, textOf(select.getColumn(1)),
                           textOf(select.getColumn(2)), "", entry_.form.content_hash);
  rank.format_priority = entry_.form.format_priority;
  select.reset();
  return rank;
}

ListedRefsKey StoredCables::Facts::listedRefs() {
  SQLite::Statement& select = cables_.select_listed_refs_;
  select.bind(1, entry_.id);
  ListedRefsKey key;
  while (select.executeStep()) key.add(textOf(select.getColumn(0)));
  select.reset();
  return key;
}

}  // namespace cablecat
