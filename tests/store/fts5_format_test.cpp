// Fails loudly when the linked SQLite writes FTS5 records in another format
// than the one fts5_records.h decodes. The stacking of full-text shards then
// falls back to a rebuild (correct, but a full load takes far longer), so
// without this test nobody would notice.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/fts5_records.h"
#include "store/full_text_table.h"

namespace cablecat::fts5 {
namespace {

std::string whatToDo() {
  return std::string("the linked SQLite ") + sqlite3_libversion() +
         " writes FTS5 records fts5_records.h does not know (it was checked against SQLite " +
         kCheckedSqliteVersions +
         "): compare fts5StructureDecode in SQLite's fts5_index.c with fts5_records.cpp, "
         "update the codec and kCheckedSqliteVersions";
}

std::string record(SQLite::Database& db, std::int64_t rowid) {
  SQLite::Statement select(db, "SELECT block FROM cables_fts_data WHERE id = ?1");
  select.bind(1, rowid);
  if (!select.executeStep()) return {};
  SQLite::Column block = select.getColumn(0);
  return std::string(static_cast<const char*>(block.getBlob()),
                     static_cast<std::size_t>(block.getBytes()));
}

// The catalogue's own index definition, with a hash small enough that the
// rows make several segments.
SQLite::Database indexWithSeveralSegments() {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  db.exec(fullTextTableDefinition());
  db.exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('hashsize', 2048)");
  db.exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('automerge', 0)");
  SQLite::Statement insert(db, "INSERT INTO cables_fts (rowid, subject, summary, body) "
                               "VALUES (?1, ?2, ?3, ?4)");
  for (int row = 1; row <= 300; ++row) {
    insert.bind(1, row);
    insert.bind(2, "subject " + std::to_string(row % 11));
    insert.bind(3, "summary of talks");
    insert.bind(4, "minister pipeline word" + std::to_string(row * 37 % 101));
    insert.exec();
    insert.reset();
  }
  return db;
}

TEST(Fts5FormatOfTheLinkedSqlite, IsTheOneTheShardStackingDecodes) {
  SQLite::Database db = indexWithSeveralSegments();
  int version = db.execAndGet("SELECT v FROM cables_fts_config WHERE k = 'version'").getInt();
  ASSERT_EQ(version, kFormatVersion) << whatToDo();

  std::string structureRecord = record(db, kStructureRowid);
  std::optional<Structure> structure = decodeStructure(structureRecord);
  ASSERT_TRUE(structure.has_value()) << whatToDo();
  ASSERT_GT(structure->segmentCount(), 1u) << "too few segments to check the format";
  EXPECT_EQ(encodeStructure(*structure), structureRecord) << whatToDo();
  for (const Level& level : structure->levels)
    for (const Segment& segment : level.segments)
      EXPECT_FALSE(record(db, (static_cast<std::int64_t>(segment.id) << kSegmentIdShift) +
                                  static_cast<std::int64_t>(segment.first_page))
                       .empty())
          << "segment " << segment.id << " page " << segment.first_page << ": " << whatToDo();

  std::string averagesRecord = record(db, kAveragesRowid);
  std::optional<std::vector<std::uint64_t>> totals = decodeAverages(averagesRecord, 3);
  ASSERT_TRUE(totals.has_value()) << whatToDo();
  EXPECT_EQ((*totals)[0], 300u) << whatToDo();
  EXPECT_EQ(encodeAverages(*totals), averagesRecord) << whatToDo();
}

}  // namespace
}  // namespace cablecat::fts5
