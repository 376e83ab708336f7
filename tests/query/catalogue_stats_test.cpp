// `stats`: counts per table, date range, size and schema version.
#include <gtest/gtest.h>

#include "catalogue_fixture.h"
#include "query/catalogue_stats.h"

using namespace cablecat;
using namespace cablecat::test;

TEST(CatalogueStats, FixtureCountsEveryTable) {
  FixtureCatalogue catalogue;
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  CatalogueStats stats = collectCatalogueStats(db, catalogue.path());
  unsigned long long bytes = std::filesystem::file_size(catalogue.path());
  EXPECT_EQ(stats.file_bytes, bytes);
  EXPECT_EQ(catalogueStatsText(stats),
            "catalogue        " + catalogue.path() + "\n" +
            "file size        " + describeFileSize(bytes) + "\n" +
            "schema version   " + std::to_string(latestSchemaVersion()) + "\n"
            "created          2007-06-12 .. 2008-02-02\n"
            "\n"
            "cables            5\n"
            "recipients        7\n"
            "exclusions        1\n"
            "tags              9\n"
            "cable_tags       14\n"
            "refs              7\n"
            "listed_refs       4\n"
            "sources           2\n"
            "cable_sources     6\n"
            "load_issues       3\n"
            "full-text index   5 cables indexed\n");
}

TEST(CatalogueStats, EmptyCatalogueHasNoDateRange) {
  std::string path = temporaryPath("empty-stats.db");
  { openCatalogueForWriting(path); }
  SQLite::Database db = openCatalogueForReading(path);
  std::string text = catalogueStatsText(collectCatalogueStats(db, path));
  EXPECT_NE(text.find("created          (no cables)\n"), std::string::npos) << text;
  EXPECT_NE(text.find("cables           0\n"), std::string::npos) << text;
  std::filesystem::remove(path);
}

TEST(CatalogueStats, FileSizeReadsForPeople) {
  EXPECT_EQ(describeFileSize(512), "512 bytes");
  EXPECT_EQ(describeFileSize(110592), "110592 bytes (108.0 KiB)");
  EXPECT_EQ(describeFileSize(1782579200ull), "1782579200 bytes (1.7 GiB)");
}
