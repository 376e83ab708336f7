// Reloading a file that this build already loaded completely reads nothing
// and changes nothing; any change to the file, to the loading code or an
// interrupted earlier load makes it read again.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <filesystem>

#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"

using cablecat::test::catalogueSnapshot;
using cablecat::test::queryValue;
using cablecat::test::runCablecat;
using cablecat::test::runCablecatLine;
using cablecat::test::TemporaryFolder;

namespace {

const std::string kSeed = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";
const std::string kNotReadAgain = "1 file unchanged since loaded, not read again";

class UnchangedFile : public testing::Test {
 protected:
  void SetUp() override {
    db_ = folder_.file("catalogue.db");
    page_ = folder_.file("astana.txt");
    std::filesystem::copy_file(kSeed, page_);
    ASSERT_EQ(load().exit_code, 0);
  }

  cablecat::test::CommandResult load(const std::string& options = "") {
    return runCablecatLine("load --quiet " + options + " --db " + db_ + " " + page_);
  }

  void execute(const std::string& sql) {
    SQLite::Database db(db_, SQLite::OPEN_READWRITE);
    db.exec(sql);
  }

  std::string sourcesRows() {
    return queryValue(db_, "SELECT group_concat(id || '|' || path || '|' || ifnull(digest, '-') || "
                           "'|' || loaded_at, ';') FROM sources");
  }

  TemporaryFolder folder_;
  std::string db_, page_;
};

TEST_F(UnchangedFile, SourceRecordsTheFileDigestAndLoaderBuild) {
  EXPECT_EQ(queryValue(db_, "SELECT length(digest) || ' ' || length(loader_build) FROM sources"),
            "32 32");
  EXPECT_EQ(queryValue(db_, "SELECT digest GLOB '*[^0-9a-f]*' FROM sources"), "0");
}

TEST_F(UnchangedFile, SecondLoadReadsNothingAndChangesNothing) {
  std::string before = catalogueSnapshot(db_), sources = sourcesRows();
  auto result = load();
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("loaded 0 cables from 0 files"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find(kNotReadAgain), std::string::npos) << result.err;
  EXPECT_EQ(catalogueSnapshot(db_), before);
  EXPECT_EQ(sourcesRows(), sources);  // not even the load time moves
}

TEST_F(UnchangedFile, ReparseReadsItAgainAndStillAddsNoRow) {
  std::string before = catalogueSnapshot(db_);
  auto result = load("--reparse");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("loaded 18 cables from 1 file"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("18 already there"), std::string::npos) << result.err;
  EXPECT_EQ(catalogueSnapshot(db_), before);
  EXPECT_EQ(queryValue(db_, "SELECT count(*) FROM sources"), "1");
}

TEST_F(UnchangedFile, AChangedFileIsReadAgain) {
  cablecat::test::writeFile(page_, cablecat::test::readFile(page_) + "\n");
  auto result = load();
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("loaded 18 cables from 1 file"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find(kNotReadAgain), std::string::npos) << result.err;
}

TEST_F(UnchangedFile, AnotherLoaderBuildReadsItAgain) {
  execute("UPDATE sources SET loader_build = 'an older cablecat'");
  auto result = load();
  EXPECT_NE(result.err.find("loaded 18 cables from 1 file"), std::string::npos) << result.err;
  EXPECT_EQ(queryValue(db_, "SELECT count(*) FROM sources"), "1");
  // ...and records that this build has now read it.
  EXPECT_NE(queryValue(db_, "SELECT loader_build FROM sources"), "an older cablecat");
  EXPECT_NE(load().err.find(kNotReadAgain), std::string::npos);
}

TEST_F(UnchangedFile, AnInterruptedLoadIsReadAgain) {
  execute("UPDATE sources SET fingerprint = NULL");  // as a kill -9 midway leaves it
  auto result = load();
  EXPECT_NE(result.err.find("loaded 18 cables from 1 file"), std::string::npos) << result.err;
  EXPECT_EQ(queryValue(db_, "SELECT count(*) FROM sources WHERE fingerprint IS NOT NULL"), "1");
}

TEST_F(UnchangedFile, StandardInputIsAlwaysRead) {
  std::string page = cablecat::test::readFile(page_);
  for (int round = 0; round < 2; ++round) {
    auto result = runCablecat({"load", "--quiet", "--db", db_, "-"}, &page);
    EXPECT_NE(result.err.find("loaded 18 cables from 1 file"), std::string::npos) << result.err;
  }
  EXPECT_EQ(queryValue(db_, "SELECT count(*) FROM sources WHERE path = '-' AND digest IS NULL"), "1");
}

}  // namespace
