// Builds the full-text index of a new catalogue on other cores: rows go
// through bounded queues to shard threads, each indexing its share of the
// rows (by rowid) into a separate SQLite file. The finished shard indexes
// are then stacked into the catalogue's cables_fts (full_text_stacking.h).
#pragma once

#include <SQLiteCpp/Database.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace cablecat {

class FullTextShard;

class FullTextBuilder {
 public:
  // FTS5 term hash memory, shared by the shards: a big hash writes fewer,
  // larger segments.
  static constexpr std::size_t kDefaultHashBytes = 256u << 20;
  // More shards are cut to this many.
  static constexpr int kMaxShards = 4;

  // Work file of shard `shard` (0 to kMaxShards - 1).
  static std::string shardPath(const std::string& workPath, int shard);

  // Starts `shards` threads; each works in its shardPath() (removed again
  // by the destructor).
  FullTextBuilder(const std::string& workPath, int shards,
                  std::size_t hashBytes = kDefaultHashBytes);
  ~FullTextBuilder();
  FullTextBuilder(const FullTextBuilder&) = delete;
  FullTextBuilder& operator=(const FullTextBuilder&) = delete;

  // Indexes a row. Blocks while its shard's queue is full. Throws a shard's
  // error, if it failed.
  void add(std::int64_t rowid, std::string_view subject, std::string_view summary,
           std::string_view body);
  // Removes a row indexed before; the values must be those it was added with.
  void remove(std::int64_t rowid, std::string_view subject, std::string_view summary,
              std::string_view body);

  // Waits until every shard has indexed all its rows and closed its file.
  // Throws a shard's error.
  void finish();

  // Finishes and replaces `db`'s cables_fts index with theirs
  // (db must not have used cables_fts yet). Call outside a transaction: it
  // attaches the work files. False, with db's index left untouched, when
  // this SQLite writes an FTS5 layout the stacking does not know: the
  // caller then rebuilds the index from the cables instead.
  bool copyInto(SQLite::Database& db);

 private:
  FullTextShard& shardOf(std::int64_t rowid);
  void stop() noexcept;

  std::vector<std::unique_ptr<FullTextShard>> shards_;
};

}  // namespace cablecat
