// Tests the full-text index the writer maintains.
#include <gtest/gtest.h>

#include "store/bulk_build.h"
#include "store/full_text_builder.h"
#include "store_test_support.h"

namespace cablecat {
namespace {

using test::TempCatalogue;

std::vector<std::string> search(const std::string& catalogue, const std::string& terms) {
  SQLite::Database db = openCatalogueForReading(catalogue);
  return test::dumpRows(db, "SELECT c.ref_id FROM cables_fts JOIN cables c ON c.id = cables_fts.rowid "
                            "WHERE cables_fts MATCH '" + terms + "' ORDER BY c.ref_id");
}

std::string setting(const std::string& catalogue, const std::string& key) {
  SQLite::Database db = openCatalogueForReading(catalogue);
  std::vector<std::string> rows =
      test::dumpRows(db, "SELECT value FROM catalogue_settings WHERE key = '" + key + "'");
  return rows.empty() ? "" : rows[0];
}

void checkIndexIntegrity(const std::string& catalogue) {
  SQLite::Database db(catalogue, SQLite::OPEN_READWRITE);
  EXPECT_NO_THROW(db.exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('integrity-check', 1)"));
}

class WriterFullText : public ::testing::TestWithParam<bool> {};

TEST_P(WriterFullText, FindsAWordAfterInsertAndForgetsAReplacedText) {
  TempCatalogue catalogue;
  WriterOptions options;
  options.build_new_catalogue_aside = GetParam();
  test::loadCables(catalogue.path(), {test::makeCable("07ASTANA1", "Uranium shipment delayed.")},
                   "a.csv", "csv", options);
  EXPECT_EQ(search(catalogue.path(), "uranium"), (std::vector<std::string>{"07ASTANA1"}));
  test::loadCables(catalogue.path(),
                   {test::makeCable("07ASTANA1", "Grain shipment delayed by the longer winter.")},
                   "b.csv", "csv", options);
  EXPECT_TRUE(search(catalogue.path(), "uranium").empty());
  EXPECT_EQ(search(catalogue.path(), "grain"), (std::vector<std::string>{"07ASTANA1"}));
  EXPECT_EQ(search(catalogue.path(), "subject:energy"), (std::vector<std::string>{"07ASTANA1"}));
  checkIndexIntegrity(catalogue.path());
}

INSTANTIATE_TEST_SUITE_P(LiveAndBuiltAside, WriterFullText, ::testing::Values(false, true));

TEST(WriterFullText, SubjectFilledFromAnotherFormIsSearchable) {
  TempCatalogue catalogue;
  Cable dump = test::makeCable("07ASTANA1", "Whole text of the cable here.");
  dump.subject.clear();
  Cable page = test::makeCable("07ASTANA1", "Partial.");
  page.is_partial = true;
  page.subject = "Caviar diplomacy";
  test::loadCables(catalogue.path(), {dump}, "a.csv", "csv");
  test::loadCables(catalogue.path(), {page}, "b.html", "html");
  EXPECT_EQ(search(catalogue.path(), "caviar"), (std::vector<std::string>{"07ASTANA1"}));
  checkIndexIntegrity(catalogue.path());
}

TEST(WriterFullText, NoFtsLoadLeavesIndexEmptyAndMarked_NextLoadRebuilds) {
  TempCatalogue catalogue;
  test::loadCables(catalogue.path(), {test::makeCable("07ASTANA1", "Uranium.")}, "a.csv", "csv");
  WriterOptions noFts;
  noFts.full_text_search = false;
  test::loadCables(catalogue.path(), {test::makeCable("07ASTANA2", "Uranium too.")}, "b.csv", "csv", noFts);
  EXPECT_TRUE(search(catalogue.path(), "uranium").empty());
  EXPECT_EQ(setting(catalogue.path(), "fts_stale"), "1");
  test::loadCables(catalogue.path(), {test::makeCable("07ASTANA3", "Uranium again.")}, "c.csv", "csv");
  EXPECT_EQ(search(catalogue.path(), "uranium"),
            (std::vector<std::string>{"07ASTANA1", "07ASTANA2", "07ASTANA3"}));
  EXPECT_EQ(setting(catalogue.path(), "fts_stale"), "");
  checkIndexIntegrity(catalogue.path());
}

TEST(WriterFullText, NewCatalogueWithoutFtsIsMarkedStale) {
  TempCatalogue catalogue;
  WriterOptions noFts;
  noFts.full_text_search = false;
  test::loadCables(catalogue.path(), {test::makeCable("07ASTANA1", "Uranium.")}, "a.csv", "csv", noFts);
  EXPECT_TRUE(search(catalogue.path(), "uranium").empty());
  EXPECT_EQ(setting(catalogue.path(), "fts_stale"), "1");
}

}  // namespace
}  // namespace cablecat

namespace cablecat {
namespace {

TEST(WriterFullText, NewCatalogueIndexBuiltAlongsideHandlesReplacedAndFilledRows) {
  test::TempCatalogue catalogue;
  Cable weak = test::makeCable("07ASTANA1", "Uranium.");
  weak.subject.clear();
  Cable strong = test::makeCable("07ASTANA1", "Grain shipments, a much longer text.");
  strong.subject.clear();
  Cable partial = test::makeCable("07ASTANA1", "Partial.");
  partial.is_partial = true;
  partial.subject = "Caviar diplomacy";
  std::vector<Cable> cables = {weak, test::makeCable("07ASTANA2", "Uranium again."), strong, partial};
  test::loadCables(catalogue.path(), cables, "a.csv", "csv");
  EXPECT_EQ(search(catalogue.path(), "uranium"), (std::vector<std::string>{"07ASTANA2"}));
  EXPECT_EQ(search(catalogue.path(), "grain"), (std::vector<std::string>{"07ASTANA1"}));
  EXPECT_EQ(search(catalogue.path(), "caviar"), (std::vector<std::string>{"07ASTANA1"}));
  checkIndexIntegrity(catalogue.path());
  std::string build = bulkBuildPath(catalogue.path());
  for (int shard = 0; shard < FullTextBuilder::kMaxShards; ++shard)
    EXPECT_FALSE(std::filesystem::exists(FullTextBuilder::shardPath(fullTextWorkPath(build), shard)));
}

}  // namespace
}  // namespace cablecat
