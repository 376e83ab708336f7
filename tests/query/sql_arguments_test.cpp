// Binding by position and by name (-p NAME VALUE), and unbound parameters.
#include "query/sql_arguments.h"

#include <gtest/gtest.h>

#include "query/sql_runner.h"

using namespace cablecat;

namespace {

SQLite::Database memory() { return SQLite::Database(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE); }

std::string firstValue(SQLite::Database& db, const std::string& sql, const SqlArguments& arguments) {
  ResultSet result;
  class Keep : public ResultPrinter {
   public:
    explicit Keep(ResultSet& into) : into_(into) {}
    void begin(const std::vector<std::string>&) override {}
    void row(const std::vector<SqlValue>& values) override { into_.rows.push_back(values); }
    void end() override {}

   private:
    ResultSet& into_;
  } keep(result);
  runSql(db, sql, keep, arguments);
  return result.rows.at(0).at(0).text;
}

}  // namespace

TEST(SqlArguments, EveryNamedFormTakesTheValueOfItsName) {
  SQLite::Database db = memory();
  SqlArguments arguments = SqlArguments::byName({{"a", textValue("x")}, {"b", textValue("y")}, {"c", textValue("z")}});
  EXPECT_EQ(firstValue(db, "SELECT :a || @b || $c || :a", arguments), "xyzx");
}

TEST(SqlArguments, GivenNameMayKeepItsSigilAndTheLastValueWins) {
  SQLite::Database db = memory();
  EXPECT_EQ(firstValue(db, "SELECT :ref", SqlArguments::byName({{":ref", textValue("old")}, {"ref", textValue("new")}})),
            "new");
}

TEST(SqlArguments, NumbersNameNumberedAndBareParameters) {
  SQLite::Database db = memory();
  EXPECT_EQ(firstValue(db, "SELECT ?1 || ?", SqlArguments::byName({{"1", textValue("a")}, {"2", textValue("b")}})),
            "ab");
}

TEST(SqlArguments, UnboundNamedParameterIsAnErrorNotNull) {
  SQLite::Database db = memory();
  try {
    firstValue(db, "SELECT 1; SELECT :given, @missing", SqlArguments::byName({{"given", textValue("x")}}));
    FAIL() << "bound NULL silently";
  } catch (const UnboundParameter& error) {
    EXPECT_EQ(error.parameter(), "@missing");
    EXPECT_EQ(error.name(), "missing");
    EXPECT_STREQ(error.what(), "no value for parameter @missing");
  }
}

TEST(SqlArguments, PositionalValuesLeaveTheRestNull) {
  SQLite::Database db = memory();
  EXPECT_EQ(firstValue(db, "SELECT ?1 || coalesce(?2, '-')", SqlArguments{textValue("a")}), "a-");
}
