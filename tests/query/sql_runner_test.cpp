// Statement splitting, typed values, parameters and error classification.
#include <gtest/gtest.h>

#include <filesystem>

#include "catalogue_fixture.h"
#include "query_test_support.h"

using namespace cablecat;
using namespace cablecat::test;

TEST(SqlRunner, PrintsEachStatementThatReturnsRows) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  EXPECT_EQ(printSql(db, "CREATE TEMP TABLE t(a); INSERT INTO t VALUES (1), (NULL); SELECT a FROM t; SELECT 'x' AS b;"),
            "a\n1\n\nb\nx\n");
}

TEST(SqlRunner, RefusesEveryStatementThatWritesAFileEvenOnAWritableConnection) {
  // Issue 15, item 5: a read-only connection alone lets VACUUM INTO through.
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  std::string copy = temporaryPath("vacuum-into");
  for (const std::string& sql : {"VACUUM INTO '" + copy + "'",
                                 "ATTACH '" + copy + "' AS other", std::string("CREATE TABLE main.t(a)"),
                                 std::string("PRAGMA journal_mode = DELETE"), std::string("PRAGMA wal_checkpoint")}) {
    try {
      printSql(db, sql);
      ADD_FAILURE() << "not refused: " << sql;
    } catch (const SqlError& error) {
      EXPECT_TRUE(error.isReadOnlyViolation()) << sql << ": " << error.what();
    }
    EXPECT_FALSE(std::filesystem::exists(copy)) << sql;
  }
}

TEST(SqlRunner, CommentsAndBlankTailAreNotStatements) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  EXPECT_EQ(printSql(db, "-- only a comment\nSELECT 2 AS two; -- trailing\n  \n"), "two\n2\n");
}

TEST(SqlRunner, KeepsSqliteTypes) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  ResultSet result = collectSql(db, "SELECT 7, 2.5, 'text', NULL, x'00ff'");
  ASSERT_EQ(result.rows.size(), 1u);
  const auto& row = result.rows[0];
  EXPECT_EQ(row[0].type, SqlValue::Type::Integer);
  EXPECT_EQ(row[0].integer, 7);
  EXPECT_EQ(row[1].type, SqlValue::Type::Real);
  EXPECT_EQ(row[1].text, "2.5");
  EXPECT_EQ(row[2].type, SqlValue::Type::Text);
  EXPECT_TRUE(row[3].isNull());
  EXPECT_EQ(row[4].type, SqlValue::Type::Blob);
  EXPECT_EQ(row[4].text, std::string("\0\xff", 2));
}

TEST(SqlRunner, BindsParametersByPosition) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  ResultSet result = collectSql(db, "SELECT ?2 || ?1", {textValue("b"), textValue("a")});
  EXPECT_EQ(result.rows.at(0).at(0).text, "ab");
}

TEST(SqlRunner, SyntaxErrorCarriesSqliteMessage) {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  try {
    printSql(db, "SELEC 1");
    FAIL() << "no error";
  } catch (const SqlError& error) {
    EXPECT_STREQ(error.what(), "near \"SELEC\": syntax error");
    EXPECT_FALSE(error.isReadOnlyViolation());
  }
}

TEST(SqlRunner, WriteOnReadOnlyCatalogueIsRecognisedAndChangesNothing) {
  FixtureCatalogue catalogue;
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  try {
    printSql(db, "DELETE FROM cables");
    FAIL() << "no error";
  } catch (const SqlError& error) {
    EXPECT_TRUE(error.isReadOnlyViolation());
  }
  EXPECT_EQ(printSql(db, "SELECT count(*) AS n FROM cables"), "n\n5\n");
}

TEST(SqlRunner, FailingFirstStepPrintsNoHeader) {
  FixtureCatalogue catalogue;
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{OutputMode::Csv, true}, out);
  EXPECT_THROW(runSql(db, "SELECT 1 AS ok; UPDATE cables SET subject = 'x' RETURNING id", *printer), SqlError);
  EXPECT_EQ(out.str(), "ok\r\n1\r\n");
}
