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
  EXPECT_EQ(latestSchemaVersion(), 5);
  EXPECT_TRUE(db.tableExists("catalogue_settings"));
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM pragma_table_info('sources') "
                          "WHERE name IN ('digest', 'loader_build')").getInt(), 2);
  EXPECT_EQ(db.execAndGet("PRAGMA application_id").getInt(), kApplicationId);
}

std::vector<std::string> indexColumns(SQLite::Database& db, const std::string& index) {
  std::vector<std::string> columns;
  SQLite::Statement select(db, "SELECT name FROM pragma_index_info(?1) ORDER BY seqno");
  select.bind(1, index);
  while (select.executeStep()) columns.push_back(select.getColumn(0).getString());
  return columns;
}

TEST(CatalogueFile, Schema5GivesCreatedAndOriginIndexesASecondColumn) {
  TempCatalogue catalogue;
  test::loadCables(catalogue.path(), {test::makeCable("07ASTANA1")}, "a.csv", "csv");
  {
    // A catalogue as schema 4 left it: both indexes on one column.
    SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
    db.exec("DROP INDEX cables_created; CREATE INDEX cables_created ON cables(created);"
            "DROP INDEX cables_origin; CREATE INDEX cables_origin ON cables(origin);"
            "PRAGMA user_version = 4");
    EXPECT_EQ(indexColumns(db, "cables_origin"), std::vector<std::string>{"origin"});
  }
  SQLite::Database db = openCatalogueForWriting(catalogue.path());
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), 5);
  EXPECT_EQ(indexColumns(db, "cables_created"), (std::vector<std::string>{"created", "classification"}));
  EXPECT_EQ(indexColumns(db, "cables_origin"), (std::vector<std::string>{"origin", "created"}));
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cables").getInt(), 1);
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
