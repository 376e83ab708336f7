// Contract 2, --bail: stop at the first problem, the catalogue as it was before.
#include <gtest/gtest.h>

#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"

using cablecat::test::catalogueSnapshot;
using cablecat::test::runCablecatLine;
using cablecat::test::TemporaryFolder;
using cablecat::test::writeFile;

TEST(Bail, StopsAtTheFirstProblemAndKeepsTheCatalogueAsItWas) {
  TemporaryFolder folder;
  std::string db = folder.file("catalogue.db");
  ASSERT_EQ(runCablecatLine("load --quiet --db " + db + " " + CABLECAT_TEST_DATA +
                        "/astana-2007-08.txt").exit_code, 0);
  std::string before = catalogueSnapshot(db);
  std::string forms = std::string(CABLECAT_TEST_DATA) + "/forms/";
  std::string broken = folder.file("broken.csv");
  writeFile(broken, "\"1\",\"8/24/2007 9:31\",\"07ASTANA9005\",\"Embassy Astana\"\n");
  // Good files first (they would load, one committed batch each at
  // --batch-size 1 without --bail), then the broken one.
  auto result = runCablecatLine("load --bail --batch-size 1 --quiet --db " + db + " " + forms +
                                "07ASTANA2312.csv " + forms + "07ASTANA2312.html " + broken);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("broken.csv"), std::string::npos) << result.err;
  EXPECT_EQ(catalogueSnapshot(db), before);
}

TEST(Bail, WithoutProblemsLoadsEverything) {
  TemporaryFolder folder;
  std::string db = folder.file("catalogue.db");
  auto result = runCablecatLine("load --bail --quiet --db " + db + " " + CABLECAT_TEST_DATA +
                            "/astana-2007-08.txt");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(cablecat::test::queryValue(db, "SELECT count(*) FROM cables"), "18");
}
