// The named reports and the HTML report on the real corpus (../shared/corpus),
// as a reader meets them: summaries that fit on a screen, long lists that
// stop and say how to get everything. Skips when the corpus is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "support/command_runner.h"

namespace fs = std::filesystem;
using namespace cablecat::test;

namespace {

const fs::path kCorpus = fs::path(CABLECAT_SHARED_DIR) / "corpus";

std::vector<std::vector<std::string>> tsvRows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::vector<std::string> cells;
    std::istringstream fields(line);
    for (std::string cell; std::getline(fields, cell, '\t');) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

class ReportsOnRealCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!fs::exists(kCorpus)) return;
    folder_ = new TemporaryFolder("cablecat-reports-corpus");
    CommandResult load = runCablecat({"load", "--quiet", "--db", database(), kCorpus.string()});
    ASSERT_EQ(load.exit_code, 0) << load.err;
  }
  static void TearDownTestSuite() {
    delete folder_;
    folder_ = nullptr;
  }
  void SetUp() override {
    if (!fs::exists(kCorpus)) GTEST_SKIP() << "no real corpus at " << kCorpus;
  }
  static std::string database() { return folder_->file("corpus.db"); }
  static CommandResult report(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"report", "--db", database(), "--mode", "tsv"});
    return runCablecat(arguments);
  }
  static long long count(const std::string& sql) {
    CommandResult result = runCablecat({"query", "--db", database(), "--no-headers", sql});
    EXPECT_EQ(result.exit_code, 0) << sql << ": " << result.err;
    return std::stoll(result.out);
  }
  static TemporaryFolder* folder_;
};

TemporaryFolder* ReportsOnRealCorpus::folder_ = nullptr;

}  // namespace

TEST_F(ReportsOnRealCorpus, LoadIssuesIsAShortSummaryOfEveryIssue) {
  CommandResult result = report({"load-issues"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  auto rows = tsvRows(result.out);
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"severity", "kind", "issues", "example", "example_at", "list_all"}));
  // About 2,000 issues, a handful of kinds (7 when written).
  EXPECT_LE(rows.size() - 1, 12u) << result.out;
  long long total = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& row = rows[i];
    ASSERT_EQ(row.size(), 6u) << result.out;
    // The varying parts (IDs, dates, counts) are out of the kind.
    EXPECT_EQ(row[1].find_first_of("0123456789"), std::string::npos) << row[1];
    long long issues = std::stoll(row[2]);
    EXPECT_EQ(count("SELECT count(*) FROM (" + row[5] + ")"), issues) << row[5];
    total += issues;
  }
  EXPECT_EQ(total, count("SELECT count(*) FROM load_issues"));
  EXPECT_GT(total, 1000);
}

TEST_F(ReportsOnRealCorpus, LongListsStopAtTheirLimitAndSayHowToGetEverything) {
  for (const std::string name : {"recipients-network", "unresolved-references"}) {
    CommandResult cut = report({name});
    ASSERT_EQ(cut.exit_code, 0) << cut.err;
    EXPECT_EQ(tsvRows(cut.out).size(), 1u + 100) << name;
    EXPECT_EQ(cut.err, "cablecat report " + name + ": stopped at 100 rows; -p limit -1 shows all\n");
    CommandResult all = report({"-p", "limit", "-1", name});
    EXPECT_GT(tsvRows(all.out).size(), 1000u) << name;
    EXPECT_EQ(all.err, "");
  }
}

TEST_F(ReportsOnRealCorpus, HtmlReportSetsTheEarlyCablesBesideTheMonthlyAxis) {
  std::string page = folder_->file("report.html");
  CommandResult result = runCablecat(
      {(fs::path(CABLECAT_SOURCE_DIR) / "reports" / "html_report.py").string(), "--db", database(), "-o", page},
      nullptr, "python3");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string html = readFile(page);
  // The corpus runs from 1966 to 2010-02; most of it from 2005 on.
  EXPECT_NE(html.find("data-panel=\"early\" data-first=\"1966\""), std::string::npos);
  std::size_t main = html.find("data-panel=\"main\" data-first=\"");
  ASSERT_NE(main, std::string::npos);
  std::string firstMonth = html.substr(main + std::string("data-panel=\"main\" data-first=\"").size(), 7);
  EXPECT_GE(firstMonth, "2003-01");
  EXPECT_LE(firstMonth, "2006-01");
  EXPECT_NE(html.find("data-last=\"2010-02\""), std::string::npos);
}
