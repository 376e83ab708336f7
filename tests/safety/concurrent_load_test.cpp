// Issue 15, item 1: loads that race for one catalogue, or meet a sqlite3
// session writing it, never lose a load silently: whatever exits 0 has its
// cables in the catalogue; a load that cannot proceed says why and exits 1.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <SQLiteCpp/Database.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "support/background_command.h"
#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"

using cablecat::test::BackgroundCommand;
using cablecat::test::queryValue;
using cablecat::test::runCablecat;
using cablecat::test::TemporaryFolder;

namespace {

const std::string kArchive = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";
const std::string kCsv = std::string(CABLECAT_TEST_DATA) + "/forms/07ASTANA2312.csv";

long sourcesNamed(const std::string& db, const std::string& path) {
  return std::stol(queryValue(db, "SELECT count(*) FROM sources WHERE path = '" + path + "'"));
}

// Two loads of different inputs at once; each that exits 0 must be there.
void expectBothLandOrOneSaysWhy(const std::string& db) {
  BackgroundCommand first({"load", "--quiet", "--db", db, kArchive});
  BackgroundCommand second({"load", "--quiet", "--db", db, kCsv});
  int firstStatus = first.wait(), secondStatus = second.wait();
  for (auto [status, input, errors] : {std::tuple{firstStatus, kArchive, first.errors()},
                                       std::tuple{secondStatus, kCsv, second.errors()}}) {
    ASSERT_TRUE(WIFEXITED(status)) << cablecat::test::describeStatus(status) << errors;
    if (WEXITSTATUS(status) == 0)
      EXPECT_EQ(sourcesNamed(db, input), 1) << input << " exited 0 but is not in the catalogue";
    else
      EXPECT_NE(errors.find("cablecat load: " + db + ": "), std::string::npos) << errors;
    EXPECT_EQ(errors.find("terminate"), std::string::npos) << errors;
  }
}

// A catalogue with its schema and no cable. A load that reads no cable
// creates no catalogue (issue 16), so one is loaded and emptied.
void makeCatalogueWithoutCables(const std::string& db) {
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, kCsv}).exit_code, 0);
  SQLite::Database session(db, SQLite::OPEN_READWRITE);
  session.exec("PRAGMA foreign_keys = ON; DELETE FROM cables; DELETE FROM load_issues; DELETE FROM sources; "
               "INSERT INTO cables_fts(cables_fts) VALUES ('rebuild')");
  ASSERT_EQ(queryValue(db, "SELECT count(*) FROM cables"), "0");
}

}  // namespace

TEST(ConcurrentLoads, TwoLoadsIntoOneEmptyFileBothLandOrOneSaysWhy) {
  TemporaryFolder folder("cablecat-race");
  for (int round = 0; round < 4; ++round) {
    std::string db = folder.file("empty-" + std::to_string(round) + ".db");
    std::ofstream(db).close();  // : > a.db
    expectBothLandOrOneSaysWhy(db);
  }
}

TEST(ConcurrentLoads, TwoLoadsIntoANewCatalogueBothLandOrOneSaysWhy) {
  TemporaryFolder folder("cablecat-race-new");
  for (int round = 0; round < 4; ++round) expectBothLandOrOneSaysWhy(folder.file("new-" + std::to_string(round) + ".db"));
}

TEST(ConcurrentLoads, TwoLoadsIntoACatalogueWithoutCablesYetBothLand) {
  // Both load in place and both insert the same cables: the UNIQUE race.
  TemporaryFolder folder("cablecat-race-unique");
  for (int round = 0; round < 3; ++round) {
    std::string db = folder.file("issues-only-" + std::to_string(round) + ".db");
    makeCatalogueWithoutCables(db);
    BackgroundCommand first({"load", "--quiet", "--db", db, kCsv});
    BackgroundCommand second({"load", "--quiet", "--db", db, kArchive, kCsv});
    EXPECT_EQ(cablecat::test::describeStatus(first.wait()), "exit 0") << first.errors();
    EXPECT_EQ(cablecat::test::describeStatus(second.wait()), "exit 0") << second.errors();
    EXPECT_EQ(queryValue(db, "SELECT count(*) FROM cables"), "18");
  }
}

TEST(ConcurrentLoads, AnEmptyFileASqliteSessionIsCreatingATableInIsNotReplaced) {
  TemporaryFolder folder("cablecat-race-session");
  std::string db = folder.file("notes.db");
  std::ofstream(db).close();
  SQLite::Database session(db, SQLite::OPEN_READWRITE);
  session.exec("BEGIN IMMEDIATE; CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')");
  BackgroundCommand load({"load", "--quiet", "--db", db, kArchive});
  std::this_thread::sleep_for(std::chrono::milliseconds(800));  // the load waits for the lock
  session.exec("COMMIT");
  int status = load.wait();
  EXPECT_EQ(cablecat::test::describeStatus(status), "exit 1") << load.errors();
  EXPECT_NE(load.errors().find("not a cablecat catalogue"), std::string::npos) << load.errors();
  EXPECT_EQ(session.execAndGet("SELECT text FROM notes").getString(), "mine");
  SQLite::Database reopened(db, SQLite::OPEN_READONLY);
  EXPECT_EQ(reopened.execAndGet("SELECT text FROM notes").getString(), "mine");
}
