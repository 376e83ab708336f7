// Tests each full-text mode on its own: the same writes, told to the mode as
// the writer tells them, must leave the same searchable index (or, off, an
// empty one marked stale); and the load picks the mode it should.
#include <SQLiteCpp/Transaction.h>
#include <gtest/gtest.h>

#include <functional>

#include "store/bulk_build.h"
#include "store/cable_rows.h"
#include "store/full_text_builder.h"
#include "store/full_text_choice.h"
#include "store/full_text_table.h"
#include "store/incremental_full_text.h"
#include "store/no_full_text.h"
#include "store/rebuilt_full_text.h"
#include "store/sharded_full_text.h"
#include "store_test_support.h"

namespace cablecat {
namespace {

using test::TempCatalogue;

std::vector<std::string> search(SQLite::Database& db, const std::string& terms) {
  return test::dumpRows(db, "SELECT c.ref_id FROM cables_fts JOIN cables c ON c.id = cables_fts.rowid "
                            "WHERE cables_fts MATCH '" + terms + "' ORDER BY c.ref_id");
}

using MakeMode = std::function<std::unique_ptr<FullTextIndex>(SQLite::Database&, const std::string&)>;

struct Mode {
  std::string name;
  MakeMode make;
};

std::string modeName(const ::testing::TestParamInfo<Mode>& info) { return info.param.name; }

// Two cables inserted, then the first one's text replaced and the second
// one's subject filled; every change told to `mode` as the writer does.
void writeThroughMode(SQLite::Database& db, FullTextIndex& mode) {
  CableRows rows(db);
  {
    SQLite::Transaction transaction(db);
    mode.begin();
    Cable first = test::makeCable("07ASTANA1", "Uranium shipment delayed.");
    Cable second = test::makeCable("07ASTANA2", "Grain harvest.");
    second.subject.clear();
    std::int64_t firstId = rows.insert(first);
    mode.inserted(firstId, first);
    std::int64_t secondId = rows.insert(second);
    mode.inserted(secondId, second);

    mode.beforeTextChange(firstId);
    rows.replace(firstId, test::makeCable("07ASTANA1", "Caviar diplomacy, a longer text."));
    mode.afterTextChange(firstId);
    Cable page = test::makeCable("07ASTANA2", "Grain.");
    page.subject = "Wheat exports";
    mode.beforeTextChange(secondId);
    rows.fill(secondId, page);
    mode.afterTextChange(secondId);
    transaction.commit();
  }
  mode.finish({});
}

class FullTextModes : public ::testing::TestWithParam<Mode> {};

TEST_P(FullTextModes, IndexTheTextTheCablesEndWith) {
  TempCatalogue catalogue;
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  std::unique_ptr<FullTextIndex> mode = GetParam().make(db, catalogue.path() + ".fts");
  writeThroughMode(db, *mode);
  mode.reset();
  EXPECT_TRUE(search(db, "uranium").empty());
  EXPECT_EQ(search(db, "caviar"), (std::vector<std::string>{"07ASTANA1"}));
  EXPECT_EQ(search(db, "grain"), (std::vector<std::string>{"07ASTANA2"}));
  EXPECT_EQ(search(db, "subject:wheat"), (std::vector<std::string>{"07ASTANA2"}));
  EXPECT_FALSE(isFullTextStale(db));
  EXPECT_NO_THROW(db.exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('integrity-check', 1)"));
  for (int shard = 0; shard < FullTextBuilder::kMaxShards; ++shard)
    EXPECT_FALSE(std::filesystem::exists(FullTextBuilder::shardPath(catalogue.path() + ".fts", shard)));
}

INSTANTIATE_TEST_SUITE_P(
    EachMode, FullTextModes,
    ::testing::Values(
        Mode{"Incremental",
             [](SQLite::Database& db, const std::string&) -> std::unique_ptr<FullTextIndex> {
               return std::make_unique<IncrementalFullText>(db);
             }},
        Mode{"Rebuilt",
             [](SQLite::Database& db, const std::string&) -> std::unique_ptr<FullTextIndex> {
               return std::make_unique<RebuiltFullText>(db);
             }},
        Mode{"ShardedOnOneThread",
             [](SQLite::Database& db, const std::string& work) -> std::unique_ptr<FullTextIndex> {
               return std::make_unique<ShardedFullText>(db, work, 1);
             }},
        Mode{"ShardedOnThreeThreads",
             [](SQLite::Database& db, const std::string& work) -> std::unique_ptr<FullTextIndex> {
               return std::make_unique<ShardedFullText>(db, work, 3);
             }}),
    modeName);

TEST(NoFullText, EmptiesTheIndexAndMarksItStale) {
  TempCatalogue catalogue;
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  {
    IncrementalFullText earlier(db);  // an index with a row in it
    SQLite::Transaction transaction(db);
    CableRows rows(db);
    Cable cable = test::makeCable("07ASTANA9", "Uranium.");
    earlier.inserted(rows.insert(cable), cable);
    transaction.commit();
  }
  ASSERT_EQ(search(db, "uranium").size(), 1u);
  NoFullText off(db);
  writeThroughMode(db, off);
  EXPECT_TRUE(search(db, "uranium OR caviar OR grain").empty());
  EXPECT_TRUE(isFullTextStale(db));
}

TEST(RebuiltFullText, ClearsTheStaleMark) {
  TempCatalogue catalogue;
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  NoFullText off(db);
  writeThroughMode(db, off);
  ASSERT_TRUE(isFullTextStale(db));
  RebuiltFullText rebuilt(db);
  rebuilt.finish({});
  EXPECT_FALSE(isFullTextStale(db));
  EXPECT_EQ(search(db, "caviar OR grain"), (std::vector<std::string>{"07ASTANA1", "07ASTANA2"}));
}

template <typename Expected>
bool chooses(SQLite::Database& db, FullTextSettings settings) {
  std::unique_ptr<FullTextIndex> chosen = chooseFullTextIndex(db, settings);
  return dynamic_cast<Expected*>(chosen.get()) != nullptr;
}

TEST(ChooseFullTextIndex, PicksTheModeOnceForTheLoad) {
  TempCatalogue catalogue;
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  FullTextSettings live;
  EXPECT_TRUE(chooses<IncrementalFullText>(db, live));
  FullTextSettings off;
  off.enabled = false;
  EXPECT_TRUE(chooses<NoFullText>(db, off));
  FullTextSettings aside;
  aside.built_aside = true;
  aside.work_path = catalogue.path() + ".fts";
  if (std::thread::hardware_concurrency() > 1) {
    EXPECT_TRUE(chooses<ShardedFullText>(db, aside));
  }
  aside.alongside = false;
  EXPECT_TRUE(chooses<RebuiltFullText>(db, aside));
  {
    SQLite::Transaction transaction(db);
    markFullTextStale(db);
    transaction.commit();
  }
  EXPECT_TRUE(chooses<RebuiltFullText>(db, live)) << "a stale index is rebuilt, not patched";
}

TEST(FullTextTableDefinition, IsTheSchemasOwn) {
  std::string definition = fullTextTableDefinition();
  EXPECT_EQ(definition.rfind("CREATE VIRTUAL TABLE cables_fts USING fts5(", 0), 0u) << definition;
  EXPECT_NE(definition.find("tokenize = 'unicode61 remove_diacritics 2'"), std::string::npos);
  EXPECT_EQ(definition.find(';'), std::string::npos);
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE);
  EXPECT_NO_THROW(db.exec(definition));
}

}  // namespace
}  // namespace cablecat
