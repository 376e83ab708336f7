// Issue 15, item 7: loading into an SQLite file that is not a catalogue
// refuses it, leaving every byte as it was.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include "support/command_runner.h"

using cablecat::test::readFile;
using cablecat::test::runCablecat;
using cablecat::test::TemporaryFolder;

namespace {

const std::string kArchive = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";

void expectRefusedUntouched(const std::string& db) {
  std::string before = readFile(db);
  auto result = runCablecat({"load", "--quiet", "--db", db, kArchive});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_NE(result.err.find("not a cablecat catalogue"), std::string::npos) << result.err;
  EXPECT_EQ(readFile(db), before) << "the file changed";
}

}  // namespace

TEST(ForeignFiles, AnEmptySqliteFileMarkedByAnotherProgramIsRefusedUntouched) {
  TemporaryFolder folder("cablecat-foreign");
  std::string db = folder.file("versioned.db");
  SQLite::Database(db, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE).exec("PRAGMA user_version = 3");
  expectRefusedUntouched(db);
  std::string other = folder.file("other-app.db");
  SQLite::Database(other, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE).exec("PRAGMA application_id = 1234");
  expectRefusedUntouched(other);
}

TEST(ForeignFiles, AnSqliteFileWithOtherTablesIsRefusedUntouched) {
  TemporaryFolder folder("cablecat-foreign-tables");
  std::string db = folder.file("notes.db");
  SQLite::Database(db, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE).exec("CREATE TABLE notes (text TEXT)");
  expectRefusedUntouched(db);
}

TEST(ForeignFiles, AFileThatIsNotSqliteIsRefusedUntouched) {
  TemporaryFolder folder("cablecat-foreign-text");
  std::string db = folder.file("notes.txt");
  cablecat::test::writeFile(db, "shopping list\n");
  expectRefusedUntouched(db);
}
