// Issue 15, item 8: loading the same folder twice ends with the same status
// twice, and a folder that holds the catalogue never reads its files.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"

using cablecat::test::queryValue;
using cablecat::test::runCablecat;
using cablecat::test::TemporaryFolder;

namespace {

const std::string kArchive = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";

}  // namespace

TEST(RepeatLoad, TheSameFolderTwiceEndsWithTheSameStatusTwice) {
  TemporaryFolder folder("cablecat-repeat");
  std::string inputs = folder.file("inputs");
  std::filesystem::create_directory(inputs);
  std::filesystem::copy_file(kArchive, inputs + "/astana.txt");
  cablecat::test::writeFile(inputs + "/README.md", "notes about these files\n");  // not a cable form
  std::string db = folder.file("catalogue.db");
  auto first = runCablecat({"load", "--quiet", "--db", db, inputs});
  auto second = runCablecat({"load", "--quiet", "--db", db, inputs});
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(second.exit_code, first.exit_code) << second.err;
  EXPECT_NE(second.err.find("README.md"), std::string::npos) << second.err;  // still said
}

TEST(RepeatLoad, AFolderThatHoldsTheCatalogueNeverReadsItsFiles) {
  TemporaryFolder folder("cablecat-self");
  std::filesystem::copy_file(kArchive, folder.file("astana.txt"));
  std::string db = folder.file("catalogue.db");
  for (int round = 0; round < 2; ++round) {
    auto result = runCablecat({"load", "--quiet", "--db", db, folder.path().string()});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    // No issue line names one of the catalogue's files.
    EXPECT_NE(result.err.rfind(db, 0), 0u) << result.err;
    EXPECT_EQ(result.err.find("\n" + db), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find(".loading-"), std::string::npos) << result.err;
  }
  EXPECT_EQ(queryValue(db, "SELECT count(*) FROM load_issues WHERE path LIKE '%catalogue.db%'"), "0");
  EXPECT_EQ(queryValue(db, "SELECT group_concat(path) FROM sources"), folder.file("astana.txt"));
  // Named on purpose, it is refused with a warning rather than read.
  auto named = runCablecat({"load", "--quiet", "--db", db, db});
  EXPECT_NE(named.err.find("is the catalogue being loaded"), std::string::npos) << named.err;
}
