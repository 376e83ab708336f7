// `cablecat report` through the binary.
#include <gtest/gtest.h>

#include "support/command_runner.h"
#include "query/catalogue_fixture.h"

using namespace cablecat::test;

TEST(ReportCommand, ListShowsNamesAndDescriptions) {
  CommandResult result = runCablecat({"report", "--list"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "cables-per-month         Cables per month, split by classification family\n"
            "cables-per-year          Cables per year, split by classification family\n"
            "load-issues              Problems recorded while loading, one row per kind of problem\n"
            "most-cited               The 50 cables in the catalogue that other cables cite most\n"
            "origins-per-year         Origins over time: the 20 posts that sent most cables, with their cables per year\n"
            "recipients-network       Who sends to whom: the 100 busiest origin -> recipient address pairs (-p limit -1: all)\n"
            "reference-disagreements  The 100 cables whose cables.csv reference list differs most from the parsed REF lines (-p limit -1: all)\n"
            "tags-per-year            Tag trends: the 20 TAGS used on most cables, with their cables per year\n"
            "top-origins              The 50 posts that sent most cables, with their first and last cable date\n"
            "top-tags                 The 50 TAGS used on most cables, with their kind\n"
            "unresolved-references    Cited cable IDs that are not in the catalogue: the 100 cited most (-p limit -1: all)\n");
  // The hint goes to stderr, so the list on stdout is names and descriptions only.
  EXPECT_EQ(result.err,
            "Filter or widen a report with -p NAME VALUE: since, until, origin, tag, limit "
            "(see 'cablecat report --help')\n");
}

TEST(ReportCommand, RunsANamedReportInMarkdown) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"report", "--db", catalogue.path(), "--mode", "markdown", "unresolved-references"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "|    ref_id    | cited_by | example_citing | raw_example |\n"
            "|--------------|----------|----------------|-------------|\n"
            "| 07STATE98765 | 2        | 07ASTANA2327   | STATE 98765 |\n"
            "| 08MOSCOW456  | 1        | 08ALMATY123    | MOSCOW 456  |\n");
}

TEST(ReportCommand, BoxMode) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"report", "--db", catalogue.path(), "-m", "box", "most-cited"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "┌──────────────┬────────────┬──────────────────────────────────────┬──────────┐\n"
            "│    ref_id    │  created   │               subject                │ cited_by │\n"
            "├──────────────┼────────────┼──────────────────────────────────────┼──────────┤\n"
            "│ 07ASTANA1558 │ 2007-06-12 │ KAZAKHSTAN: OIL PIPELINE TALKS STALL │ 2        │\n"
            "└──────────────┴────────────┴──────────────────────────────────────┴──────────┘\n");
}

TEST(ReportCommand, UnknownNameIsAUsageError) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"report", "--db", catalogue.path(), "top-nothing"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "cablecat report: no report named 'top-nothing'; 'cablecat report --list' shows them\n");
}

TEST(ReportCommand, ParametersFilterAndWiden) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"report", "--db", catalogue.path(), "-p", "since", "2008", "--param", "tag",
                                      "kz", "top-origins"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "origin\tcables\tfirst\tlast\n"
            "Consulate Almaty\t1\t2008-01-15\t2008-01-15\n"
            "Secretary of State\t1\t2008-01-20\t2008-01-20\n");
  EXPECT_EQ(result.err, "");
}

TEST(ReportCommand, SaysHowToGetEverythingWhenItStopsAtItsLimit) {
  FixtureCatalogue catalogue;
  CommandResult cut = runCablecat({"report", "--db", catalogue.path(), "-p", "limit", "2", "recipients-network"});
  EXPECT_EQ(cut.exit_code, 0) << cut.err;
  EXPECT_EQ(cut.err, "");  // the user chose the limit
  // The fixture has 6 pairs, fewer than the default 100: nothing to say.
  CommandResult whole = runCablecat({"report", "--db", catalogue.path(), "recipients-network"});
  EXPECT_EQ(whole.err, "");
  // top-origins stops at 50 by default; with 4 origins it does not.
  CommandResult origins = runCablecat({"report", "--db", catalogue.path(), "top-origins"});
  EXPECT_EQ(origins.err, "");
}

TEST(ReportCommand, StoppingAtTheDefaultLimitIsSaidOnStderr) {
  // 120 origin -> address pairs: more than recipients-network's 100.
  FixtureCatalogue catalogue;
  {
    SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
    db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120) "
            "INSERT INTO recipients (cable_id, position, kind, address) SELECT 2, 10 + i, 'info', 'POST ' || i FROM n");
  }
  CommandResult result = runCablecat({"report", "--db", catalogue.path(), "--mode", "csv", "recipients-network"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(std::count(result.out.begin(), result.out.end(), '\n'), 101);  // header + 100 rows; stdout stays CSV
  EXPECT_EQ(result.err, "cablecat report recipients-network: stopped at 100 rows; -p limit -1 shows all\n");
  CommandResult all = runCablecat({"report", "--db", catalogue.path(), "-p", "limit", "-1", "recipients-network"});
  EXPECT_EQ(std::count(all.out.begin(), all.out.end(), '\n'), 1 + 126);
  EXPECT_EQ(all.err, "");
}

// `created` is compared as text: '2009-1' would start at 2009-10, '07/2009'
// and 'garbage' would answer nothing, and all three exited 0.
TEST(ReportCommand, ADateOrLimitThatCannotMeanWhatItSaysIsAUsageError) {
  FixtureCatalogue catalogue;
  for (const char* since : {"2009-1", "07/2009", "garbage", "2009-13", "2009-06-1"}) {
    CommandResult result = runCablecat({"report", "--db", catalogue.path(), "-p", "since", since, "cables-per-month"});
    EXPECT_EQ(result.exit_code, 2) << since;
    EXPECT_EQ(result.out, "") << since;
    EXPECT_EQ(result.err, std::string("cablecat report cables-per-month: -p since '") + since +
                              "': give a date as YYYY, YYYY-MM or YYYY-MM-DD (2009, 2009-01, 2009-01-15)\n");
  }
  CommandResult limit = runCablecat({"report", "--db", catalogue.path(), "-p", "limit", "abc", "top-tags"});
  EXPECT_EQ(limit.exit_code, 2);
  EXPECT_EQ(limit.err, "cablecat report top-tags: -p limit 'abc': give a number of rows (-1 for all)\n");
  for (const char* until : {"2007", "2007-08", "2007-08-31"})
    EXPECT_EQ(runCablecat({"report", "--db", catalogue.path(), "-p", "until", until, "cables-per-month"}).exit_code, 0)
        << until;
}

TEST(ReportCommand, UnknownParameterIsAUsageErrorNamingTheOnesItTakes) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"report", "--db", catalogue.path(), "-p", "year", "2008", "cables-per-month"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "cablecat report cables-per-month: no parameter 'year'; it takes: since, until, origin, tag\n");
  CommandResult none = runCablecat({"report", "--db", catalogue.path(), "-p", "limit", "5", "load-issues"});
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_EQ(none.err, "cablecat report load-issues: no parameter 'limit'; it takes: none\n");
}
