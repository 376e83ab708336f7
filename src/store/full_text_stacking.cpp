// Stacking shard FTS5 indexes into the catalogue's cables_fts.
#include "full_text_stacking.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <optional>

#include "fts5_records.h"

namespace cablecat {

namespace {

// Columns of cables_fts (schema/001): subject, summary, body.
constexpr int kIndexedColumns = 3;
// Room left for the segments later loads add before FTS5 merges them.
constexpr std::size_t kSegmentHeadroom = 100;
// With automerge at 4, a level holds segments about 4 times larger than the
// one below it: 8 levels take later writes from 1-page segments to ones the
// size of the shards' (tens of thousands of pages) before they meet those.
constexpr std::size_t kLevelsForLaterWrites = 8;

std::string shardSchema(std::size_t index) { return "full_text_shard_" + std::to_string(index); }

std::optional<std::string> readRecord(SQLite::Database& db, const std::string& schema,
                                      std::int64_t rowid) {
  SQLite::Statement select(db, "SELECT block FROM " + schema + ".cables_fts_data WHERE id = ?1");
  select.bind(1, rowid);
  if (!select.executeStep()) return std::nullopt;
  SQLite::Column block = select.getColumn(0);
  return std::string(static_cast<const char*>(block.getBlob()),
                     static_cast<std::size_t>(block.getBytes()));
}

bool hasKnownFormatVersion(SQLite::Database& db, const std::string& schema) {
  SQLite::Statement select(db, "SELECT v FROM " + schema + ".cables_fts_config WHERE k = 'version'");
  return select.executeStep() && select.getColumn(0).getInt() == fts5::kFormatVersion;
}

struct StackedIndex {
  fts5::Structure structure;
  std::vector<std::uint64_t> totals;
  std::vector<std::uint64_t> segment_id_offsets;  // per shard
};

// The shards' records combined, or nullopt when one is in a layout this
// code does not know or the segments would not fit.
std::optional<StackedIndex> stackShardRecords(SQLite::Database& db, std::size_t shardCount) {
  // The catalogue's own cookie (its configuration version) stays.
  std::optional<std::string> ownRecord = readRecord(db, "main", fts5::kStructureRowid);
  std::optional<fts5::Structure> own = ownRecord ? fts5::decodeStructure(*ownRecord) : std::nullopt;
  if (!own || !hasKnownFormatVersion(db, "main")) return std::nullopt;
  StackedIndex stacked;
  stacked.totals.assign(kIndexedColumns + 1, 0);
  for (std::size_t index = 0; index < shardCount; ++index) {
    std::string schema = shardSchema(index);
    if (!hasKnownFormatVersion(db, schema)) return std::nullopt;
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
  stacked.structure.cookie = own->cookie;
  // The shards' segments (hundreds of MB) sit above levels left empty for
  // later writes. Left on level 0, the 16th small write after the load would
  // merge them all at once (FTS5's crisis merge: 7-10 s and 400 MB more file
  // on the full archive for a dozen changed cables).
  stacked.structure = fts5::withEmptyLevelsBelow(stacked.structure, kLevelsForLaterWrites);
  if (stacked.structure.maxSegmentId() > fts5::kMaxSegments ||
      stacked.structure.segmentCount() + kSegmentHeadroom > fts5::kMaxSegments)
    return std::nullopt;
  return stacked;
}

void writeStackedIndex(SQLite::Database& db, const StackedIndex& stacked) {
  for (const char* table : {"cables_fts_data", "cables_fts_idx", "cables_fts_docsize"})
    db.exec(std::string("DELETE FROM main.") + table);
  // Segment pages are keyed (segment id << 37) + page: shifting a shard's
  // segment ids moves its pages past those of the shards before it.
  std::string shift = std::to_string(fts5::kSegmentIdShift);
  for (std::size_t index = 0; index < stacked.segment_id_offsets.size(); ++index) {
    std::string schema = shardSchema(index);
    auto offset = static_cast<std::int64_t>(stacked.segment_id_offsets[index]);
    SQLite::Statement pages(db, "INSERT INTO main.cables_fts_data (id, block) SELECT id + (?1 << " +
                                    shift + "), block FROM " + schema +
                                    ".cables_fts_data WHERE id >= (1 << " + shift + ") ORDER BY id");
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
  records.bind(1, fts5::kAveragesRowid);
  records.bind(2, averages.data(), static_cast<int>(averages.size()));
  records.bind(3, fts5::kStructureRowid);
  records.bind(4, structure.data(), static_cast<int>(structure.size()));
  records.exec();
}

// Attaches the shard files for the scope of one stacking.
class AttachedShards {
 public:
  AttachedShards(SQLite::Database& db, const std::vector<std::string>& paths) : db_(db) {
    for (; count_ < paths.size(); ++count_) {
      SQLite::Statement attach(db_, "ATTACH DATABASE ?1 AS " + shardSchema(count_));
      attach.bind(1, paths[count_]);
      attach.exec();
    }
  }
  ~AttachedShards() {
    for (std::size_t index = 0; index < count_; ++index) {
      try {
        db_.exec("DETACH DATABASE " + shardSchema(index));
      } catch (const SQLite::Exception&) {
        // Only fails inside a transaction, which the stacking never leaves
        // open; an attached shard would at worst stay visible to the loader.
      }
    }
  }
  AttachedShards(const AttachedShards&) = delete;
  AttachedShards& operator=(const AttachedShards&) = delete;

 private:
  SQLite::Database& db_;
  std::size_t count_ = 0;
};

}  // namespace

bool stackFullTextShards(SQLite::Database& db, const std::vector<std::string>& shardPaths) {
  AttachedShards attached(db, shardPaths);
  std::optional<StackedIndex> index = stackShardRecords(db, shardPaths.size());
  if (!index) return false;
  SQLite::Transaction transaction(db);
  writeStackedIndex(db, *index);
  transaction.commit();
  return true;
}

}  // namespace cablecat
