// expandInputs: folders recursively and sorted, hidden entries skipped, missing paths reported.
#include <gtest/gtest.h>

#include "reader_test_support.h"

using namespace cablecat;
using namespace cablecat::test;

TEST(ExpandInputs, FoldersRecursiveSortedSkippingHidden) {
  TemporaryFolder folder;
  folder.write("b/07ASTANA2.html", "x");
  folder.write("a/2007/07ASTANA1.html", "x");
  folder.write("a/07ASTANA3.txt.gz", "x");
  folder.write(".hidden/07ASTANA4.html", "x");
  folder.write("a/.07ASTANA5.html", "x");
  std::vector<ReadIssue> issues;
  auto files = expandInputs({folder.path().string()},
                            [&](const ReadIssue& issue) { issues.push_back(issue); });
  std::string root = folder.path().string();
  EXPECT_EQ(files,
            (std::vector<std::string>{root + "/a/07ASTANA3.txt.gz", root + "/a/2007/07ASTANA1.html",
                                      root + "/b/07ASTANA2.html"}));
  EXPECT_TRUE(issues.empty());
}

TEST(ExpandInputs, FilesAndStdinAsGivenInOrder) {
  TemporaryFolder folder;
  std::string file = folder.write("z.csv", "x");
  auto files = expandInputs({file, "-"}, nullptr);
  EXPECT_EQ(files, (std::vector<std::string>{file, "-"}));
}

TEST(ExpandInputs, MissingPathIsReportedAsErrorNamingIt) {
  std::vector<ReadIssue> issues;
  auto files = expandInputs({"/nonexistent/cables.csv"},
                            [&](const ReadIssue& issue) { issues.push_back(issue); });
  EXPECT_TRUE(files.empty());
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].severity, Severity::error);
  EXPECT_EQ(issues[0].locator.path, "/nonexistent/cables.csv");
  EXPECT_EQ(issues[0].message, "no such file or folder");
}
