// Feeding the shard builder, and stacking its shards at the end.
#include "sharded_full_text.h"

#include <SQLiteCpp/Transaction.h>

#include <string_view>

#include "full_text_table.h"

namespace cablecat {

ShardedFullText::ShardedFullText(SQLite::Database& db, const std::string& workPath, int threads)
    : db_(db),
      builder_(std::make_unique<FullTextBuilder>(workPath, threads)),
      select_text_(db, "SELECT subject, summary, body FROM cables_with_text WHERE id = ?1") {}

void ShardedFullText::inserted(std::int64_t id, const Cable& cable) {
  builder_->add(id, cable.subject, cable.summary, cable.body);
}

void ShardedFullText::beforeTextChange(std::int64_t id) { sendStoredText(id, true); }

void ShardedFullText::afterTextChange(std::int64_t id) { sendStoredText(id, false); }

void ShardedFullText::sendStoredText(std::int64_t id, bool removal) {
  select_text_.bind(1, id);
  select_text_.executeStep();
  auto text = [&](int column) {
    SQLite::Column value = select_text_.getColumn(column);
    return std::string_view(value.getText(), static_cast<std::size_t>(value.getBytes()));
  };
  if (removal)
    builder_->remove(id, text(0), text(1), text(2));
  else
    builder_->add(id, text(0), text(1), text(2));
  select_text_.reset();
}

void ShardedFullText::finish(const FinishPhaseListener& phases) {
  announce(phases, FinishPhase::full_text_shards);
  builder_->finish();
  announce(phases, FinishPhase::full_text_stacking);
  bool stacked = builder_->copyInto(db_);
  builder_.reset();  // removes the shard files
  if (stacked) return;
  announce(phases, FinishPhase::full_text_rebuild);
  SQLite::Transaction transaction(db_);
  rebuildFullText(db_);
  transaction.commit();
}

}  // namespace cablecat
