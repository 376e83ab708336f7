// Issue 16: the closing summary of a load (counts by severity, kinds, the
// SELECT of this load's issues), and a typo that leaves no trace.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"
#include "support/synthetic_dump.h"

using namespace cablecat::test;

namespace {

const std::string kArchive = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";
const std::string kOneCable = std::string(CABLECAT_TEST_DATA) + "/07ASTANA2312.txt";
// A cables.csv row whose Created date cannot be read: a warning.
const std::string kUndatedRow = astanaCsvRow("someday");

// The SELECT the summary ends with, run on `db`: how many rows it lists.
std::string rowsListedBySummary(const std::string& db, const std::string& err) {
  std::size_t select = err.find("list them: ");
  if (select == std::string::npos) return "no SELECT in: " + err;
  std::string sql = err.substr(select + 11, err.find('\n', select) - select - 11);
  return queryValue(db, "SELECT count(*) FROM (" + sql + ")");
}

}  // namespace

TEST(LoadSummary, CountsBySeverityKindsAndTheSelectOfThisLoad) {
  TemporaryFolder folder("cablecat-summary");
  std::string db = folder.file("catalogue.db");
  CommandResult run = runCablecat({"load", "--db", db, kArchive});
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.err, "loaded 18 cables from 1 file into " + db +
                         ": 18 new, 0 replaced, 0 already there\n"
                         "issues: 1 note\n"
                         "  1 note: tag % read as %\n"
                         "list them: SELECT * FROM load_issues WHERE source_id = 1\n");
  EXPECT_EQ(rowsListedBySummary(db, run.err), "1");
}

TEST(LoadSummary, PluralsGroupedNumbersAndWarningsBeforeNotes) {
  TemporaryFolder folder("cablecat-summary-plural");
  std::string inputs = folder.file("inputs");
  folder.write("inputs/a.txt", readFile(kArchive));
  folder.write("inputs/b.csv", kUndatedRow);
  folder.write("inputs/c.csv", kUndatedRow);
  std::string db = folder.file("catalogue.db");
  CommandResult run = runCablecat({"load", "--db", db, inputs});
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.err, inputs + "/b.csv row 1: warning: unreadable Created date 'someday' [07ASTANA9001]\n" +
                         inputs + "/c.csv row 1: warning: unreadable Created date 'someday' [07ASTANA9001]\n"
                         "loaded 20 cables from 3 files into " + db + ": 19 new, 0 replaced, 1 already there\n"
                         "issues: 2 warnings, 1 note\n"
                         "  2 warnings: unreadable Created date '%'\n"
                         "  1 note: tag % read as %\n"
                         "list them: SELECT * FROM load_issues WHERE source_id BETWEEN 1 AND 3\n");
  EXPECT_EQ(rowsListedBySummary(db, run.err), "3");
}

TEST(LoadSummary, TheSelectListsThisLoadsIssuesOnly) {
  TemporaryFolder folder("cablecat-summary-scope");
  std::string db = folder.file("catalogue.db");
  ASSERT_EQ(runCablecat({"load", "--db", db, kArchive}).exit_code, 0);
  std::string missing = folder.file("missing.csv");
  CommandResult second = runCablecat({"load", "--db", db, missing, kOneCable});
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.err.find("issues: 1 error\n"), std::string::npos) << second.err;
  EXPECT_NE(second.err.find("list them: SELECT * FROM load_issues WHERE source_id = 2 OR (source_id IS NULL AND "
                            "path = '" + missing + "')\n"),
            std::string::npos)
      << second.err;
  EXPECT_EQ(rowsListedBySummary(db, second.err), "1");
  EXPECT_EQ(queryValue(db, "SELECT count(*) FROM load_issues"), "2");
}

TEST(LoadSummary, VerbosePrintsEveryIssueNotesIncluded) {
  TemporaryFolder folder("cablecat-verbose");
  CommandResult quiet = runCablecat({"load", "--db", folder.file("a.db"), kArchive});
  CommandResult verbose = runCablecat({"load", "--verbose", "--db", folder.file("b.db"), kArchive});
  EXPECT_EQ(quiet.err.find(": note: "), std::string::npos) << quiet.err;
  EXPECT_NE(verbose.err.find(kArchive + ":"), std::string::npos) << verbose.err;
  EXPECT_NE(verbose.err.find(": note: tag "), std::string::npos) << verbose.err;
}

TEST(LoadSummary, ByDefaultTwentyWarningsThenACount) {
  TemporaryFolder folder("cablecat-bounded");
  std::vector<std::string> arguments{"load", "--db", folder.file("c.db"), kArchive};
  for (int i = 0; i < 25; ++i) {
    std::string name = std::to_string(100 + i) + "-undated.csv";
    arguments.push_back(folder.write(name, kUndatedRow));
  }
  CommandResult run = runCablecat(arguments);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::size_t printed = 0;
  for (std::size_t at = run.err.find(": warning: "); at != std::string::npos; at = run.err.find(": warning: ", at + 1))
    ++printed;
  EXPECT_EQ(printed, 20u) << run.err;
  EXPECT_NE(run.err.find("issues: 25 warnings, 1 note (5 of the warnings and errors not printed above; --verbose "
                         "prints every issue)\n"),
            std::string::npos)
      << run.err;
}

TEST(LoadTraces, AMissingInputCreatesNoCatalogue) {
  TemporaryFolder folder("cablecat-typo");
  std::string db = folder.file("cables.db");
  CommandResult run = runCablecat({"load", "--db", db, "/nonexistent"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.err, "/nonexistent: error: no such file or folder\n"
                     "cablecat load: nothing to read; " + db + " was not created\n");
  EXPECT_TRUE(std::filesystem::is_empty(folder.path())) << "the load left files behind";
}

TEST(LoadTraces, AMissingInputLeavesAnExistingCatalogueAsItWas) {
  TemporaryFolder folder("cablecat-typo-existing");
  std::string db = folder.file("cables.db");
  ASSERT_EQ(runCablecat({"load", "--db", db, kArchive}).exit_code, 0);
  std::string before = catalogueSnapshot(db);
  CommandResult run = runCablecat({"load", "--db", db, "/nonexistent"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.err, "/nonexistent: error: no such file or folder\n"
                     "cablecat load: nothing to read; " + db + " is as it was\n");
  EXPECT_EQ(catalogueSnapshot(db), before);
  EXPECT_EQ(queryValue(db, "SELECT count(*) FROM load_issues WHERE path = '/nonexistent'"), "0");
}

TEST(LoadTraces, ALoadThatReadsNothingCreatesNoFile) {
  TemporaryFolder folder("cablecat-nothing");
  std::string empty = folder.write("inputs/empty.txt", "");
  std::string db = folder.file("cables.db");
  CommandResult run = runCablecat({"load", "--db", db, empty});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("cablecat load: nothing loaded: no cable in " + empty + "; " + db +
                         " was not created and the issue above is not recorded\n"),
            std::string::npos)
      << run.err;
  EXPECT_FALSE(std::filesystem::exists(db));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder.path()), {}), 1) << "only inputs/ is there";
}

TEST(LoadTraces, ALoadThatReadsNothingIntoAnExistingCatalogueRecordsWhy) {
  TemporaryFolder folder("cablecat-nothing-existing");
  std::string db = folder.file("cables.db");
  ASSERT_EQ(runCablecat({"load", "--db", db, kArchive}).exit_code, 0);
  std::string empty = folder.write("empty.txt", "");
  CommandResult run = runCablecat({"load", "--db", db, empty});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("cablecat load: nothing loaded: no cable in " + empty + "; the issue above is recorded in " +
                         db + "\nissues: 1 "),
            std::string::npos)
      << run.err;
  EXPECT_EQ(rowsListedBySummary(db, run.err), "1");
  EXPECT_EQ(queryValue(db, "SELECT count(*) FROM cables"), "18");
}

TEST(LoadTraces, AnEmptyDumpIntoAnExistingCatalogueSaysNoIssueWasRecorded) {
  TemporaryFolder folder("cablecat-nothing-silent");
  std::string db = folder.file("cables.db");
  ASSERT_EQ(runCablecat({"load", "--db", db, kArchive}).exit_code, 0);
  std::string empty = folder.write("empty.csv", "");
  CommandResult run = runCablecat({"load", "--format", "csv", "--db", db, empty});
  EXPECT_EQ(run.exit_code, 1);
  // Nothing above to point at: the summary says so instead of "the issues above".
  EXPECT_EQ(run.err, "cablecat load: nothing loaded: no cable in " + empty + "; no issue was recorded\n");
}

TEST(LoadTraces, AFileWithoutACableFailsTheSameWayEveryTime) {
  TemporaryFolder folder("cablecat-nothing-twice");
  std::string db = folder.file("cables.db");
  ASSERT_EQ(runCablecat({"load", "--db", db, kOneCable}).exit_code, 0);
  std::string junk = folder.write("junk.txt", "hello there\n");
  for (int round = 0; round < 2; ++round) {
    CommandResult run = runCablecat({"load", "--format", "text", "--db", db, junk});
    EXPECT_EQ(run.exit_code, 1) << "round " << round << ": " << run.err;
    EXPECT_NE(run.err.find("cablecat load: nothing loaded: no cable in " + junk), std::string::npos) << run.err;
  }
  EXPECT_EQ(queryValue(db, "SELECT count(*) FROM load_issues WHERE path = '" + junk + "'"), "1");
}
