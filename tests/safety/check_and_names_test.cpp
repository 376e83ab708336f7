// Issue 15, item 11: `check` notices a full-text index out of step with
// `cables`; file names that are not UTF-8 are stored so any client (Python's
// sqlite3 among them) reads sources.path.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <filesystem>

#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"

using cablecat::test::runCablecat;
using cablecat::test::runCommand;
using cablecat::test::shellQuote;
using cablecat::test::TemporaryFolder;

namespace {

const std::string kArchive = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";

// `check` on the sample catalogue before and after `edit` (run as a sqlite3
// user would): `notice` is absent before; the output after is returned.
std::string checkAfterEdit(const std::string& edit, const std::string& notice) {
  TemporaryFolder folder("cablecat-check-edit");
  std::string db = folder.file("catalogue.db");
  EXPECT_EQ(runCablecat({"load", "--quiet", "--db", db, kArchive}).exit_code, 0);
  EXPECT_EQ(runCablecat({"check", "--db", db}).out.find(notice), std::string::npos);
  SQLite::Database(db, SQLite::OPEN_READWRITE).exec(edit);
  return runCablecat({"check", "--db", db}).out;
}

}  // namespace

TEST(CheckNotices, CablesChangedOutsideCablecatSinceTheyWereIndexed) {
  std::string out = checkAfterEdit("UPDATE cable_texts SET body = 'Nothing left of the original text.' "
                                   "WHERE cable_id = (SELECT id FROM cables WHERE ref_id = '07ASTANA2327')",
                                   "text changed since it was indexed");
  EXPECT_NE(out.find("cables whose text changed since it was indexed"), std::string::npos) << out;
  EXPECT_NE(out.find("07ASTANA2327"), std::string::npos) << out;
}

TEST(CheckNotices, ACableWithoutItsText) {
  std::string out = checkAfterEdit("DELETE FROM cable_texts WHERE cable_id = "
                                   "(SELECT id FROM cables WHERE ref_id = '07ASTANA2327')",
                                   "without their text");
  EXPECT_NE(out.find("cables without their text (no row in cable_texts"), std::string::npos) << out;
  EXPECT_NE(out.find(": 1 (07ASTANA2327)"), std::string::npos) << out;
}

TEST(CheckNotices, AFullTextIndexLeftStaleByANoFtsLoad) {
  TemporaryFolder folder("cablecat-fts-stale");
  std::string db = folder.file("catalogue.db");
  ASSERT_EQ(runCablecat({"load", "--quiet", "--no-fts", "--db", db, kArchive}).exit_code, 0);
  auto result = runCablecat({"check", "--db", db});
  EXPECT_NE(result.out.find("full-text index out of date"), std::string::npos) << result.out;
}

TEST(FileNames, NamesThatAreNotUtf8AreStoredSoPythonCanReadThem) {
  TemporaryFolder folder("cablecat-names");
  std::string latin1 = folder.file("caf\xE9.txt");  // "café" in ISO-8859-1
  std::filesystem::copy_file(kArchive, latin1);
  std::string db = folder.file("catalogue.db");
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, latin1}).exit_code, 0);
  auto python = runCommand("python3 -c " +
                           shellQuote("import sqlite3, sys\n"
                                      "db = sqlite3.connect(sys.argv[1])\n"
                                      "print(db.execute('SELECT path FROM sources').fetchone()[0])\n"
                                      "print(db.execute('SELECT count(*) FROM load_issues WHERE path LIKE \"%caf%\"').fetchone()[0])") +
                           " " + shellQuote(db));
  EXPECT_EQ(python.exit_code, 0) << python.err;
  EXPECT_NE(python.out.find("caf\xC3\xA9.txt"), std::string::npos) << python.out;
  // The next load still knows the file as loaded and unchanged.
  auto again = runCablecat({"load", "--quiet", "--db", db, latin1});
  EXPECT_NE(again.err.find("1 file unchanged since loaded"), std::string::npos) << again.err;
}
