// Tests that full-text indexes built in shards and stacked answer exactly like
// one index built over all rows, and stay usable for later changes.
#include "store/full_text_builder.h"

#include <SQLiteCpp/Transaction.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/fts5_records.h"
#include "store/full_text_stacking.h"

#include "store_test_support.h"

#include "support/whole_cable_rows.h"

namespace cablecat {
namespace {

using test::TempCatalogue;

struct Row {
  std::int64_t id = 0;
  std::string subject, summary, body;
};

// Deterministic text over a small vocabulary, so terms recur across rows.
Row makeRow(std::int64_t id, int variant) {
  static const char* words[] = {"uranium", "grain",  "embassy", "minister", "pipeline", "caviar",
                                "visit",   "border", "oil",     "election", "protest",  "bank"};
  Row row{id, "Subject " + std::string(words[(id + variant) % 12]), "", ""};
  if (id % 3 == 0) row.summary = "Summary: " + std::string(words[(id * 5 + variant) % 12]) + " talks.";
  for (int word = 0; word < 20 + id % 17; ++word)
    row.body += std::string(words[(id * 7 + word * 3 + variant) % 12]) + (word % 5 == 4 ? ". " : " ");
  row.body += "Serial " + std::to_string(id * 13 + variant) + ".";
  return row;
}

void storeCables(SQLite::Database& db, const std::vector<Row>& rows) {
  test::acceptWholeCableRows(db);
  SQLite::Statement insert(db, "INSERT INTO cables_with_text (id, ref_id, subject, summary, body, content_hash) "
                               "VALUES (?1, ?2, ?3, nullif(?4, ''), ?5, 'x')");
  for (const Row& row : rows) {
    insert.bind(1, row.id);
    insert.bind(2, "07TEST" + std::to_string(row.id));
    insert.bind(3, row.subject);
    insert.bind(4, row.summary);
    insert.bind(5, row.body);
    insert.exec();
    insert.reset();
  }
}

// Every row added, then every fifth one removed and added with other text,
// as the writer does when a better form of a cable turns up.
struct Workload {
  std::vector<Row> first, final;
};

Workload makeWorkload(int rows) {
  Workload workload;
  for (std::int64_t id = 1; id <= rows; ++id) {
    workload.first.push_back(makeRow(id, 0));
    workload.final.push_back(id % 5 == 0 ? makeRow(id, 1) : makeRow(id, 0));
  }
  return workload;
}

bool buildInShards(const std::string& path, const Workload& workload, int shards,
                   std::size_t hashBytes) {
  SQLite::Database db = openCatalogueForWriting(path);
  storeCables(db, workload.final);
  FullTextBuilder builder(path + ".fts", shards, hashBytes);
  for (const Row& row : workload.first) builder.add(row.id, row.subject, row.summary, row.body);
  for (std::size_t index = 0; index < workload.first.size(); ++index) {
    const Row& before = workload.first[index];
    const Row& after = workload.final[index];
    if (before.body == after.body) continue;
    builder.remove(before.id, before.subject, before.summary, before.body);
    builder.add(after.id, after.subject, after.summary, after.body);
  }
  return builder.copyInto(db);
}

void buildByRebuild(const std::string& path, const Workload& workload) {
  SQLite::Database db = openCatalogueForWriting(path);
  storeCables(db, workload.final);
  db.exec("INSERT INTO cables_fts (cables_fts) VALUES ('rebuild')");
}

// What a user can see of an index: its vocabulary with counts, and the rows
// and bm25 scores of queries of every kind.
std::vector<std::string> observe(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  db.exec("CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, cables_fts, col)");
  std::vector<std::string> seen = test::dumpRows(db, "SELECT * FROM temp.vocabulary ORDER BY 1, 2");
  for (const char* query : {"uranium", "grain AND oil", "\"border oil\"", "subject:caviar",
                            "summary:bank", "NEAR(embassy protest, 3)", "elect*", "serial 130"}) {
    for (const std::string& row :
         test::dumpRows(db, std::string("SELECT rowid, printf('%.12g', bm25(cables_fts)) FROM "
                                        "cables_fts WHERE cables_fts MATCH '") +
                                query + "' ORDER BY rowid"))
      seen.push_back(std::string(query) + ": " + row);
  }
  return seen;
}

void expectIntegrity(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  EXPECT_NO_THROW(db.exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('integrity-check', 1)"));
}

class StackedFullText : public ::testing::TestWithParam<int> {};

TEST_P(StackedFullText, AnswersExactlyLikeOneIndexOverAllRows) {
  Workload workload = makeWorkload(400);
  TempCatalogue stacked("stacked"), reference("reference");
  // A 16 KB hash writes a segment every few rows: shards with many levels
  // and merges in progress.
  ASSERT_TRUE(buildInShards(stacked.path(), workload, GetParam(), 16384));
  buildByRebuild(reference.path(), workload);
  expectIntegrity(stacked.path());
  std::vector<std::string> seen = observe(stacked.path());
  EXPECT_GT(seen.size(), 200u);
  EXPECT_EQ(seen, observe(reference.path()));
}

TEST_P(StackedFullText, KeepsWorkingWhenCablesChangeLater) {
  Workload workload = makeWorkload(300);
  TempCatalogue stacked("stacked");
  ASSERT_TRUE(buildInShards(stacked.path(), workload, GetParam(), 16384));
  {
    SQLite::Database db(stacked.path(), SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('automerge', 2)");
    for (std::int64_t id = 2; id <= 300; id += 7) {
      db.exec("INSERT INTO cables_fts (cables_fts, rowid, subject, summary, body) "
              "SELECT 'delete', id, subject, summary, body FROM cables_with_text WHERE id = " + std::to_string(id));
      db.exec("UPDATE cable_texts SET body = 'Replaced text about wheat ' || cable_id WHERE cable_id = " + std::to_string(id));
      db.exec("INSERT INTO cables_fts (rowid, subject, summary, body) "
              "SELECT id, subject, summary, body FROM cables_with_text WHERE id = " + std::to_string(id));
    }
    storeCables(db, {makeRow(301, 2)});
    db.exec("INSERT INTO cables_fts (rowid, subject, summary, body) "
            "SELECT id, subject, summary, body FROM cables_with_text WHERE id = 301");
  }
  expectIntegrity(stacked.path());
  {
    SQLite::Database db(stacked.path(), SQLite::OPEN_READWRITE);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cables_fts WHERE cables_fts MATCH 'wheat'").getInt(), 43);
    db.exec("INSERT INTO cables_fts (cables_fts) VALUES ('optimize')");
  }
  expectIntegrity(stacked.path());
}

INSTANTIATE_TEST_SUITE_P(Shards, StackedFullText, ::testing::Values(1, 2, 3));

TEST(StackedFullText, AShardWithoutRowsAddsNothing) {
  Workload workload = makeWorkload(2);
  TempCatalogue stacked("stacked"), reference("reference");
  ASSERT_TRUE(buildInShards(stacked.path(), workload, 4, FullTextBuilder::kDefaultHashBytes));
  buildByRebuild(reference.path(), workload);
  expectIntegrity(stacked.path());
  EXPECT_EQ(observe(stacked.path()), observe(reference.path()));
}

// Rows with odd ids, then those with even ids: two shards' worth.
std::pair<std::vector<Row>, std::vector<Row>> splitByParity(const std::vector<Row>& rows) {
  std::pair<std::vector<Row>, std::vector<Row>> split;
  for (const Row& row : rows) (row.id % 2 ? split.first : split.second).push_back(row);
  return split;
}

// A shard file written by hand: tiny pages (so long doclists get doclist
// indexes), a tiny hash, no automatic merges, then a partial merge left in
// progress. Returns whether its structure shows that merge.
bool writeShardByHand(const std::string& path, const std::vector<Row>& rows) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("CREATE VIRTUAL TABLE cables_fts USING fts5(subject, summary, body, "
          "content = 'cables', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')");
  for (const char* setting : {"('pgsz', 64)", "('hashsize', 4096)", "('automerge', 0)"})
    db.exec(std::string("INSERT INTO cables_fts (cables_fts, rank) VALUES ") + setting);
  {
    // One transaction, as a shard writes: segments come from hash flushes.
    SQLite::Transaction transaction(db);
    SQLite::Statement insert(db, "INSERT INTO cables_fts (rowid, subject, summary, body) "
                                 "VALUES (?1, ?2, nullif(?3, ''), ?4)");
    for (const Row& row : rows) {
      insert.bind(1, row.id);
      insert.bind(2, row.subject);
      insert.bind(3, row.summary);
      insert.bind(4, row.body);
      insert.exec();
      insert.reset();
    }
    transaction.commit();
  }
  db.exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('merge', -2)");
  SQLite::Column block = db.execAndGet("SELECT block FROM cables_fts_data WHERE id = 10");
  std::optional<fts5::Structure> structure = fts5::decodeStructure(
      std::string(static_cast<const char*>(block.getBlob()), static_cast<std::size_t>(block.getBytes())));
  bool merging = false;
  for (const fts5::Level& level : structure.value().levels) merging = merging || level.merging > 0;
  return merging;
}

TEST(StackedFullText, StacksShardsWithMergesInProgressAndDoclistIndexes) {
  // Enough rows for merged segments whose common words span many pages.
  Workload workload = makeWorkload(1200);
  auto [odd, even] = splitByParity(workload.final);
  TempCatalogue stacked("stacked"), reference("reference");
  std::vector<std::string> shards = {stacked.path() + ".a", stacked.path() + ".b"};
  EXPECT_TRUE(writeShardByHand(shards[0], odd));
  EXPECT_TRUE(writeShardByHand(shards[1], even));
  {
    SQLite::Database db = openCatalogueForWriting(stacked.path());
    storeCables(db, workload.final);
    ASSERT_TRUE(stackFullTextShards(db, shards));
    // Rowids with the doclist-index bit (1 << 36) set.
    EXPECT_GT(db.execAndGet("SELECT count(*) FROM cables_fts_data WHERE (id >> 36) & 1").getInt(), 0);
  }
  buildByRebuild(reference.path(), workload);
  expectIntegrity(stacked.path());
  EXPECT_EQ(observe(stacked.path()), observe(reference.path()));
  {
    SQLite::Database db(stacked.path(), SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('merge', 500)");
    storeCables(db, {makeRow(1201, 2)});
    db.exec("INSERT INTO cables_fts (rowid, subject, summary, body) "
            "SELECT id, subject, summary, body FROM cables_with_text WHERE id = 1201");
  }
  expectIntegrity(stacked.path());
}

// A shard as a full-size load leaves it: a few large segments on level 0,
// from hash flushes, not merged yet (tiny pages make them large here).
void writeUnmergedShard(const std::string& path, const std::vector<Row>& rows) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("CREATE VIRTUAL TABLE cables_fts USING fts5(subject, summary, body, "
          "content = 'cables', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')");
  for (const char* setting : {"('pgsz', 64)", "('automerge', 0)"})
    db.exec(std::string("INSERT INTO cables_fts (cables_fts, rank) VALUES ") + setting);
  SQLite::Statement insert(db, "INSERT INTO cables_fts (rowid, subject, summary, body) "
                               "VALUES (?1, ?2, nullif(?3, ''), ?4)");
  std::size_t perSegment = rows.size() / 4 + 1;
  for (std::size_t first = 0; first < rows.size(); first += perSegment) {
    SQLite::Transaction transaction(db);  // one flush, one segment
    for (std::size_t index = first; index < std::min(rows.size(), first + perSegment); ++index) {
      insert.bind(1, rows[index].id);
      insert.bind(2, rows[index].subject);
      insert.bind(3, rows[index].summary);
      insert.bind(4, rows[index].body);
      insert.exec();
      insert.reset();
    }
    transaction.commit();
  }
}

TEST(StackedFullText, SmallWritesAfterStackingDoNotRewriteTheShardsSegments) {
  // FTS5 merges all of level 0 at once when it holds 16 segments. Were the
  // shards' segments stacked there, the 16th one-cable write after the load
  // would rewrite them (on the full archive: 7-10 s and 400 MB).
  Workload workload = makeWorkload(1200);
  auto [odd, even] = splitByParity(workload.final);
  TempCatalogue stacked("stacked"), reference("reference");
  std::vector<std::string> shards = {stacked.path() + ".a", stacked.path() + ".b"};
  writeUnmergedShard(shards[0], odd);
  writeUnmergedShard(shards[1], even);
  std::vector<Row> later;
  {
    SQLite::Database db = openCatalogueForWriting(stacked.path());
    storeCables(db, workload.final);
    ASSERT_TRUE(stackFullTextShards(db, shards));
    int pages = db.execAndGet("SELECT count(*) FROM cables_fts_data").getInt();
    int most = 0;
    for (std::int64_t id = 1201; id <= 1220; ++id) {
      later.push_back(makeRow(id, 1));
      storeCables(db, {later.back()});
      int before = sqlite3_total_changes(db.getHandle());
      db.exec("INSERT INTO cables_fts (rowid, subject, summary, body) "
              "SELECT id, subject, summary, body FROM cables_with_text WHERE id = " + std::to_string(id));
      most = std::max(most, sqlite3_total_changes(db.getHandle()) - before);
    }
    EXPECT_LT(most, pages / 4) << "index pages written or deleted by one one-cable write";
  }
  Workload all = workload;
  all.final.insert(all.final.end(), later.begin(), later.end());
  buildByRebuild(reference.path(), all);
  expectIntegrity(stacked.path());
  EXPECT_EQ(observe(stacked.path()), observe(reference.path()));
}

TEST(StackedFullText, LeavesTheIndexAloneWhenAShardStructureIsUnknown) {
  Workload workload = makeWorkload(20);
  TempCatalogue catalogue;
  std::vector<std::string> shards = {catalogue.path() + ".a"};
  writeShardByHand(shards[0], workload.final);
  {
    // A byte more than version 4 writes, as a newer layout would have.
    SQLite::Database shard(shards[0], SQLite::OPEN_READWRITE);
    shard.exec("UPDATE cables_fts_data SET block = block || x'00' WHERE id = 10");
  }
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  storeCables(db, workload.final);
  EXPECT_FALSE(stackFullTextShards(db, shards));
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cables_fts_docsize").getInt(), 0);
}

TEST(StackedFullText, LeavesTheIndexAloneWhenAShardHasAnUnknownLayout) {
  Workload workload = makeWorkload(20);
  TempCatalogue catalogue;
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  storeCables(db, workload.final);
  FullTextBuilder builder(catalogue.path() + ".fts", 2);
  for (const Row& row : workload.final) builder.add(row.id, row.subject, row.summary, row.body);
  builder.finish();
  {
    // As a future FTS5 format version would be.
    SQLite::Database shard(FullTextBuilder::shardPath(catalogue.path() + ".fts", 1),
                           SQLite::OPEN_READWRITE);
    shard.exec("UPDATE cables_fts_config SET v = 5 WHERE k = 'version'");
  }
  EXPECT_FALSE(builder.copyInto(db));
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cables_fts_docsize").getInt(), 0);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cables_fts_data WHERE id > 10").getInt(), 0);
}

}  // namespace
}  // namespace cablecat
