// `cablecat query -p NAME VALUE`: bound parameters, as sqlite-utils takes them.
#include <gtest/gtest.h>

#include "query/catalogue_fixture.h"
#include "support/command_runner.h"

using namespace cablecat::test;

TEST(QueryParameters, NamedParameterTakesTheValueGiven) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"query", "--db", catalogue.path(), "-p", "ref", "07ASTANA2327",
                                      "select ref_id, section_count from cables where ref_id = :ref"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "ref_id\tsection_count\n07ASTANA2327\t2\n");
}

TEST(QueryParameters, EveryFormAndSeveralParametersBeforeOrAfterTheSql) {
  FixtureCatalogue catalogue;
  CommandResult result =
      runCablecat({"query", "--db", catalogue.path(), "--param", "first", "07ASTANA2327",
                   "select ref_id from cables where ref_id in (:first, @second, $third) order by ref_id",
                   "-p", "second", "07ASTANA1558", "-p", "third", "none"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "ref_id\n07ASTANA1558\n07ASTANA2327\n");
}

TEST(QueryParameters, ValuesAreTextThatSqliteStillComparesAsNumbers) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"query", "--db", catalogue.path(), "-p", "n", "2",
                                      "select count(*) as n from cables where id <= :n limit :n"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "n\n2\n");
}

TEST(QueryParameters, UnboundParameterIsAUsageErrorNotNull) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"query", "--db", catalogue.path(), "-p", "reff", "07ASTANA2327",
                                      "select ref_id from cables where ref_id = :ref"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "cablecat query: no value for parameter :ref; give it with -p ref VALUE\n");
}

TEST(QueryParameters, AParameterWithoutAnyDashPIsAnErrorToo) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"query", "--db", catalogue.path(), "select ?"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "cablecat query: no value for parameter ?1; give it with -p 1 VALUE\n");
}
