// Tests the FTS5 structure and averages record codec against records SQLite writes.
#include "../../src/store/fts5_records.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

namespace cablecat::fts5 {
namespace {

bool sameStructure(const Structure& left, const Structure& right) {
  return encodeStructure(left) == encodeStructure(right);
}

std::string readRecord(SQLite::Database& db, std::int64_t rowid) {
  SQLite::Statement select(db, "SELECT block FROM docs_data WHERE id = ?1");
  select.bind(1, rowid);
  EXPECT_TRUE(select.executeStep());
  SQLite::Column block = select.getColumn(0);
  return std::string(static_cast<const char*>(block.getBlob()), block.getBytes());
}

// An in-memory FTS5 table whose tiny hash writes a segment every few rows, so
// its structure has several levels, and (after a short 'merge') a merge in
// progress.
SQLite::Database manySegmentIndex(int rows) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  db.exec("CREATE VIRTUAL TABLE docs USING fts5(title, body)");
  db.exec("INSERT INTO docs (docs, rank) VALUES ('hashsize', 2048)");
  db.exec("INSERT INTO docs (docs, rank) VALUES ('automerge', 0)");
  SQLite::Statement insert(db, "INSERT INTO docs (rowid, title, body) VALUES (?1, ?2, ?3)");
  for (int row = 1; row <= rows; ++row) {
    insert.bind(1, row);
    insert.bind(2, "title " + std::to_string(row % 7));
    insert.bind(3, "word" + std::to_string(row * 31 % 97) + " common text number " +
                       std::to_string(row));
    insert.exec();
    insert.reset();
  }
  db.exec("INSERT INTO docs (docs, rank) VALUES ('merge', -2)");
  return db;
}

TEST(Fts5Records, DecodesAndReEncodesTheStructureSqliteWrote) {
  SQLite::Database db = manySegmentIndex(400);
  std::string record = readRecord(db, kStructureRowid);
  std::optional<Structure> structure = decodeStructure(record);
  ASSERT_TRUE(structure.has_value());
  EXPECT_GT(structure->levels.size(), 1u);
  EXPECT_GT(structure->segmentCount(), 1u);
  bool merging = false;
  for (const Level& level : structure->levels) merging = merging || level.merging > 0;
  EXPECT_TRUE(merging) << "a merge in progress, so its count is decoded too";
  EXPECT_EQ(encodeStructure(*structure), record);
}

TEST(Fts5Records, DecodesTheAveragesSqliteWrote) {
  SQLite::Database db = manySegmentIndex(50);
  std::string record = readRecord(db, kAveragesRowid);
  std::optional<std::vector<std::uint64_t>> totals = decodeAverages(record, 2);
  ASSERT_TRUE(totals.has_value());
  // 50 rows; each title has 2 tokens, each body 5.
  EXPECT_EQ(*totals, (std::vector<std::uint64_t>{50, 100, 250}));
  EXPECT_EQ(encodeAverages(*totals), record);
}

TEST(Fts5Records, EmptyAveragesOfANewIndexAreZero) {
  EXPECT_EQ(decodeAverages("", 3), (std::vector<std::uint64_t>{0, 0, 0, 0}));
}

TEST(Fts5Records, EmptyLevelsGoBelowAndKeepAMergeInProgressWithItsOutput) {
  Structure structure;
  structure.levels.push_back({2, {{1, 1, 40}, {2, 1, 40}, {3, 1, 9}}});
  structure.levels.push_back({0, {{4, 1, 12}}});  // the merge's output so far
  Structure raised = withEmptyLevelsBelow(structure, 3);
  ASSERT_EQ(raised.levels.size(), 5u);
  for (std::size_t level = 0; level < 3; ++level) EXPECT_TRUE(raised.levels[level].segments.empty());
  EXPECT_EQ(raised.levels[3].merging, 2u);
  EXPECT_EQ(raised.levels[4].segments[0].id, 4u);
  std::optional<Structure> decoded = decodeStructure(encodeStructure(raised));
  ASSERT_TRUE(decoded.has_value()) << "a layout FTS5 accepts, as this decoder checks it";
  EXPECT_TRUE(sameStructure(*decoded, raised));
}

TEST(Fts5Records, RoundTripsLargeNumbersThroughEveryVarintLength) {
  Structure structure;
  structure.cookie = 0x01020304;
  structure.write_counter = 0xfedcba9876543210ull;  // the nine-byte form
  structure.levels.push_back({1, {{7, 1, 200}, {1999, 300, 1ull << 40}}});
  structure.levels.push_back({0, {}});
  structure.levels.push_back({0, {{12, 5, 16384}}});
  std::optional<Structure> decoded = decodeStructure(encodeStructure(structure));
  ASSERT_TRUE(decoded.has_value());
  EXPECT_TRUE(sameStructure(*decoded, structure));
  EXPECT_EQ(decoded->cookie, 0x01020304u);
  EXPECT_EQ(decoded->write_counter, 0xfedcba9876543210ull);
  EXPECT_EQ(decoded->levels[0].segments[1].last_page, 1ull << 40);
  std::vector<std::uint64_t> totals{1, 127, 128, 16383, 16384, 1ull << 57, ~0ull};
  EXPECT_EQ(decodeAverages(encodeAverages(totals), 6), totals);
}

TEST(Fts5Records, RefusesLayoutsItDoesNotKnow) {
  Structure structure;
  structure.levels.push_back({0, {{1, 1, 4}}});
  std::string record = encodeStructure(structure);
  EXPECT_FALSE(decodeStructure(record + '\x05').has_value()) << "trailing bytes";
  EXPECT_FALSE(decodeStructure(record.substr(0, record.size() - 1)).has_value()) << "truncated";
  EXPECT_FALSE(decodeStructure(std::string("\xff\x00\x00", 3)).has_value()) << "shorter than the cookie";
  // SQLite 3.44's second layout puts this marker after the cookie and has more fields.
  EXPECT_FALSE(decodeStructure(record.substr(0, 4) + std::string("\xff\x00\x00\x01", 4) +
                               record.substr(4))
                   .has_value());
  Structure mergingAtTop = structure;
  mergingAtTop.levels[0].merging = 1;
  EXPECT_FALSE(decodeStructure(encodeStructure(mergingAtTop)).has_value())
      << "the last level cannot be merging into a level above it";
  EXPECT_FALSE(decodeAverages(encodeAverages({1, 2}) + '\x01', 1).has_value());
  EXPECT_FALSE(decodeAverages(encodeAverages({1, 2}), 2).has_value());
}

TEST(Fts5Records, StackingRaisesTheUpperSegmentIdsAndKeepsEveryLevel) {
  Structure lower, upper;
  lower.write_counter = 10;
  lower.levels = {{0, {{1, 1, 5}, {3, 1, 9}}}, {0, {{2, 1, 40}}}};
  upper.write_counter = 7;
  upper.levels = {{1, {{1, 1, 2}}}, {0, {{2, 1, 30}}}};
  Structure stacked = stackStructures(lower, upper, lower.maxSegmentId());
  EXPECT_EQ(stacked.write_counter, 17u);
  ASSERT_EQ(stacked.levels.size(), 4u);
  EXPECT_EQ(stacked.levels[2].merging, 1u);
  EXPECT_EQ(stacked.levels[2].segments[0].id, 4u);
  EXPECT_EQ(stacked.levels[3].segments[0].id, 5u);
  EXPECT_EQ(stacked.levels[3].segments[0].last_page, 30u);
  EXPECT_EQ(stacked.segmentCount(), 5u);
  EXPECT_TRUE(decodeStructure(encodeStructure(stacked)).has_value());
}

}  // namespace
}  // namespace cablecat::fts5
