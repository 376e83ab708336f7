// Full-text indexing of a new catalogue on several cores, stacked at the end.
#include "full_text_builder.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <optional>

#include "fts5_records.h"
#include "full_text_shard.h"

namespace cablecat {

namespace {

// Shared by all shards, like the hash: peak memory does not depend on their number.
constexpr std::size_t kQueueBytes = 64u << 20;
constexpr int kIndexedColumns = 3;  // subject, summary, body
constexpr int kSupportedFts5Version = 4;

std::string shardSchema(std::size_t index) { return "full_text_shard_" + std::to_string(index); }

std::optional<std::string> readRecord(SQLite::Database& db, const std::string& schema,
                                      std::int64_t rowid) {
  SQLite::Statement select(db, "SELECT block FROM " + schema + ".cables_fts_data WHERE id = ?1");
  select.bind(1, static_cast<std::int64_t>(rowid));
  if (!select.executeStep()) return std::nullopt;
  SQLite::Column block = select.getColumn(0);
  return std::string(static_cast<const char*>(block.getBlob()),
                     static_cast<std::size_t>(block.getBytes()));
}

bool hasKnownFts5Version(SQLite::Database& db, const std::string& schema) {
  SQLite::Statement select(db, "SELECT v FROM " + schema + ".cables_fts_config WHERE k = 'version'");
  return select.executeStep() && select.getColumn(0).getInt() == kSupportedFts5Version;
}

struct StackedIndex {
  fts5::Structure structure;
  std::vector<std::uint64_t> totals;
  std::vector<std::uint64_t> segment_id_offsets;  // per shard
};

// The shards' records combined, or nullopt when one is in a layout this
// code does not know or the segment ids would not fit.
std::optional<StackedIndex> stackShardRecords(SQLite::Database& db, std::size_t shardCount) {
  StackedIndex stacked;
  stacked.totals.assign(kIndexedColumns + 1, 0);
  for (std::size_t index = 0; index < shardCount; ++index) {
    std::string schema = shardSchema(index);
    if (!hasKnownFts5Version(db, schema)) return std::nullopt;
    std::optional<std::string> structureRecord = readRecord(db, schema, fts5::kStructureRowid);
    std::optional<std::string> averagesRecord = readRecord(db, schema, fts5::kAveragesRowid);
    if (!structureRecord || !averagesRecord) return std::nullopt;
    std::optional<fts5::Structure> structure = fts5::decodeStructure(*structureRecord);
    std::optional<std::vector<std::uint64_t>> totals =
        fts5::decodeAverages(*averagesRecord, kIndexedColumns);
    if (!structure || !totals) return std::nullopt;
    std::uint64_t offset = index == 0 ? 0 : stacked.structure.maxSegmentId();
    stacked.segment_id_offsets.push_back(offset);
    stacked.structure =
        index == 0 ? *structure : fts5::stackStructures(stacked.structure, *structure, offset);
    for (std::size_t column = 0; column < totals->size(); ++column)
      stacked.totals[column] += (*totals)[column];
  }
  if (stacked.structure.maxSegmentId() > fts5::kMaxSegmentId) return std::nullopt;
  return stacked;
}

void writeStackedIndex(SQLite::Database& db, const StackedIndex& stacked) {
  for (const char* table : {"cables_fts_data", "cables_fts_idx", "cables_fts_docsize"})
    db.exec(std::string("DELETE FROM main.") + table);
  // Segment pages are keyed (segment id << 37) + page: shifting a shard's
  // segment ids moves its pages past those of the shards before it.
  for (std::size_t index = 0; index < stacked.segment_id_offsets.size(); ++index) {
    std::string schema = shardSchema(index);
    std::int64_t offset = static_cast<std::int64_t>(stacked.segment_id_offsets[index]);
    SQLite::Statement pages(db, "INSERT INTO main.cables_fts_data (id, block) SELECT id + (?1 << " +
                                    std::to_string(fts5::kSegmentIdShift) + "), block FROM " +
                                    schema + ".cables_fts_data WHERE id >= (1 << " +
                                    std::to_string(fts5::kSegmentIdShift) + ") ORDER BY id");
    pages.bind(1, offset);
    pages.exec();
    SQLite::Statement terms(db, "INSERT INTO main.cables_fts_idx (segid, term, pgno) "
                                "SELECT segid + ?1, term, pgno FROM " +
                                    schema + ".cables_fts_idx ORDER BY segid, term");
    terms.bind(1, offset);
    terms.exec();
  }
  std::string sizes;
  for (std::size_t index = 0; index < stacked.segment_id_offsets.size(); ++index)
    sizes += (index ? " UNION ALL " : "") + std::string("SELECT id, sz FROM ") +
             shardSchema(index) + ".cables_fts_docsize";
  db.exec("INSERT INTO main.cables_fts_docsize (id, sz) SELECT id, sz FROM (" + sizes +
          ") ORDER BY id");
  SQLite::Statement records(db, "INSERT INTO main.cables_fts_data (id, block) VALUES (?1, ?2), (?3, ?4)");
  std::string averages = fts5::encodeAverages(stacked.totals);
  std::string structure = fts5::encodeStructure(stacked.structure);
  records.bind(1, static_cast<std::int64_t>(fts5::kAveragesRowid));
  records.bind(2, averages.data(), static_cast<int>(averages.size()));
  records.bind(3, static_cast<std::int64_t>(fts5::kStructureRowid));
  records.bind(4, structure.data(), static_cast<int>(structure.size()));
  records.exec();
}

}  // namespace

FullTextBuilder::FullTextBuilder(const std::string& workPath, int shards, std::size_t hashBytes) {
  std::size_t count = static_cast<std::size_t>(std::max(shards, 1));
  for (std::size_t index = 0; index < count; ++index)
    shards_.push_back(std::make_unique<FullTextShard>(workPath + std::to_string(index),
                                                      kQueueBytes / count, hashBytes / count));
}

FullTextBuilder::~FullTextBuilder() { stop(); }

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
  struct Attached {
    SQLite::Database& db;
    std::size_t count = 0;
    ~Attached() {
      for (std::size_t index = 0; index < count; ++index) {
        try {
          db.exec("DETACH DATABASE " + shardSchema(index));
        } catch (const SQLite::Exception&) {
          // The connection is closed next anyway; a failed detach loses nothing.
        }
      }
    }
  } attached{db};
  for (; attached.count < shards_.size(); ++attached.count) {
    SQLite::Statement attach(db, "ATTACH DATABASE ?1 AS " + shardSchema(attached.count));
    attach.bind(1, shards_[attached.count]->workPath());
    attach.exec();
  }
  std::optional<StackedIndex> index = stackShardRecords(db, shards_.size());
  if (!index) return false;
  SQLite::Transaction transaction(db);
  writeStackedIndex(db, *index);
  transaction.commit();
  return true;
}

}  // namespace cablecat
