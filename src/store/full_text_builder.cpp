// Full-text indexing of a new catalogue on several threads, stacked at the end.
#include "full_text_builder.h"

#include <algorithm>
#include <stdexcept>

#include "full_text_shard.h"
#include "full_text_stacking.h"

namespace cablecat {

namespace {

// Split between the shards, like the hash.
constexpr std::size_t kQueueBytes = 64u << 20;

}  // namespace

FullTextBuilder::FullTextBuilder(const std::string& workPath, int shards, std::size_t hashBytes) {
  std::size_t count = static_cast<std::size_t>(std::clamp(shards, 1, kMaxShards));
  for (std::size_t index = 0; index < count; ++index)
    shards_.push_back(std::make_unique<FullTextShard>(shardPath(workPath, static_cast<int>(index)),
                                                      kQueueBytes / count, hashBytes / count));
}

FullTextBuilder::~FullTextBuilder() { stop(); }

std::string FullTextBuilder::shardPath(const std::string& workPath, int shard) {
  return workPath + std::to_string(shard);
}

FullTextShard& FullTextBuilder::shardOf(std::int64_t rowid) {
  // By rowid, so a row's removal reaches the shard that indexed it.
  return *shards_[static_cast<std::uint64_t>(rowid) % shards_.size()];
}

void FullTextBuilder::add(std::int64_t rowid, std::string_view subject, std::string_view summary,
                          std::string_view body) {
  shardOf(rowid).push(false, rowid, subject, summary, body);
}

void FullTextBuilder::remove(std::int64_t rowid, std::string_view subject,
                             std::string_view summary, std::string_view body) {
  shardOf(rowid).push(true, rowid, subject, summary, body);
}

void FullTextBuilder::stop() noexcept {
  for (auto& shard : shards_) shard->stop();
}

void FullTextBuilder::finish() {
  for (auto& shard : shards_) shard->finish();
}

bool FullTextBuilder::copyInto(SQLite::Database& db) {
  finish();
  std::vector<std::string> paths;
  for (const auto& shard : shards_) paths.push_back(shard->workPath());
  return stackFullTextShards(db, paths);
}

}  // namespace cablecat
