// Tests opening catalogue files for reading and writing.
#include "store/catalogue_file.h"

#include <gtest/gtest.h>

#include "store_test_support.h"

namespace cablecat {
namespace {

using test::TempCatalogue;

TEST(CatalogueFile, ReadingRefusesAMissingFile) {
  TempCatalogue catalogue;
  EXPECT_THROW(openCatalogueForReading(catalogue.path()), CatalogueError);
  EXPECT_FALSE(std::filesystem::exists(catalogue.path()));
}

TEST(CatalogueFile, ReadingRefusesANonCatalogueSqliteFile) {
  TempCatalogue catalogue;
  {
    SQLite::Database other(catalogue.path(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE cables (id INTEGER)");
  }
  EXPECT_THROW(openCatalogueForReading(catalogue.path()), CatalogueError);
  EXPECT_THROW(openCatalogueForWriting(catalogue.path()), CatalogueError);
}

TEST(CatalogueFile, RefusesANewerSchemaVersion) {
  TempCatalogue catalogue;
  {
    SQLite::Database db = openCatalogueForWriting(catalogue.path());
    db.exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 1));
  }
  try {
    openCatalogueForReading(catalogue.path());
    FAIL() << "a newer catalogue was opened";
  } catch (const CatalogueError& error) {
    EXPECT_NE(std::string(error.what()).find("newer"), std::string::npos);
  }
  EXPECT_THROW(CatalogueWriter(catalogue.path(), {}), CatalogueError);
}

TEST(CatalogueFile, WritingAppliesEverySchemaFile) {
  TempCatalogue catalogue;
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), latestSchemaVersion());
  EXPECT_EQ(latestSchemaVersion(), 4);
  EXPECT_TRUE(db.tableExists("catalogue_settings"));
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM pragma_table_info('sources') "
                          "WHERE name IN ('digest', 'loader_build')").getInt(), 2);
  EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), kApplicationId);
}

TEST(CatalogueFile, ReadOnlyConnectionCannotDelete) {
  TempCatalogue catalogue;
  test::loadCables(catalogue.path(), {test::makeCable("07ASTANA1")}, "a.csv", "csv");
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_THROW(db.exec("DELETE FROM cables"), SQLite::Exception);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cables").getInt(), 1);
}

}  // namespace
}  // namespace cablecat
