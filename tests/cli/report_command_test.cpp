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
            "load-issues              Problems recorded while loading, grouped by severity and message\n"
            "most-cited               The 50 cables in the catalogue that other cables cite most\n"
            "recipients-network       Who sends to whom: origin -> recipient address, with how many cables\n"
            "reference-disagreements  Cables whose WikiLeaks reference list (cables.csv) differs from the parsed REF lines\n"
            "top-origins              The 50 posts that sent most cables, with their first and last cable date\n"
            "top-tags                 The 50 TAGS used on most cables, with their kind\n"
            "unresolved-references    Cited cable IDs that are not in the catalogue, with how often they are cited\n");
}

TEST(ReportCommand, RunsANamedReportInMarkdown) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"report", "--db", catalogue.path(), "--mode", "markdown", "unresolved-references"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "| ref_id       | cited_by | example_citing | raw_example |\n"
            "|--------------|---------:|----------------|-------------|\n"
            "| 07STATE98765 |        2 | 07ASTANA2327   | STATE 98765 |\n"
            "| 08MOSCOW456  |        1 | 08ALMATY123    | MOSCOW 456  |\n");
}

TEST(ReportCommand, BoxMode) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"report", "--db", catalogue.path(), "-m", "box", "most-cited"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "┌──────────────┬────────────┬──────────────────────────────────────┬──────────┐\n"
            "│    ref_id    │  created   │               subject                │ cited_by │\n"
            "├──────────────┼────────────┼──────────────────────────────────────┼──────────┤\n"
            "│ 07ASTANA1558 │ 2007-06-12 │ KAZAKHSTAN: OIL PIPELINE TALKS STALL │        2 │\n"
            "└──────────────┴────────────┴──────────────────────────────────────┴──────────┘\n");
}

TEST(ReportCommand, UnknownNameIsAUsageError) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"report", "--db", catalogue.path(), "top-nothing"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "cablecat report: no report named 'top-nothing'; 'cablecat report --list' shows them\n");
}
