// The plans SQLite picks for the named reports and the analyst questions of
// bench/analyst_questions.sql on a catalogue the size of the full archive:
// every big table is read through an index, never scanned whole.
//
// The fixture has 5 cables; SQLite plans by the counts in sqlite_stat1, so
// the fixture is given the statistics ANALYZE wrote on the full archive
// (251,287 cables, 1.5 M recipients, 1.4 M tags, 326 k references). Copied
// from a catalogue loaded from bench/generate_cables_csv.py's full-size CSV.
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <vector>

#include "catalogue_fixture.h"
#include "query_test_support.h"

using namespace cablecat;
using namespace cablecat::test;

namespace {

constexpr const char* kFullArchiveStatistics = R"SQL(
DELETE FROM sqlite_stat1;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('tags', 'sqlite_autoindex_tags_1', '492 1'),
  ('load_issues', 'load_issues_source', '9692 9692'),
  ('cables', 'cables_precedence', '251206 50242'),
  ('cables', 'cables_month', '251206 808 201 1'),
  ('cables', 'cables_year', '251206 7851 1505 1'),
  ('cables', 'cables_classification', '251206 41868 151'),
  ('cables', 'cables_origin', '251206 722 1'),
  ('cables', 'cables_created', '251206 1 1'),
  ('cables', 'cables_published_ref_id', '277 1'),
  ('cables', 'sqlite_autoindex_cables_1', '251206 1'),
  ('recipients', 'recipients_address', '1547322 2129 1697'),
  ('recipients', 'recipients', '1547322 7 1'),
  ('exclusions', 'exclusions', '306 2 1'),
  ('cable_tags', 'cable_tags_tag', '1417336 2881'),
  ('cable_tags', 'cable_tags', '1417336 6 1'),
  ('refs', 'refs_ref_id', '326428 17'),
  ('refs', 'refs', '326428 3 1'),
  ('listed_refs', 'listed_refs', '155520 2 1'),
  ('cable_sources', 'cable_sources_source', '251287 251287'),
  ('cable_sources', 'cable_sources', '251287 1 1');
)SQL";

// The fixture catalogue, planned as if it were the full archive.
class FullArchivePlans : public ::testing::Test {
 protected:
  FullArchivePlans() {
    SQLite::Database writable(catalogue.path(), SQLite::OPEN_READWRITE);
    writable.exec(kFullArchiveStatistics);
  }

  // The plan's lines, one per step ("SCAN cables USING COVERING INDEX ...").
  std::string planOf(const std::string& sql) {
    SQLite::Database db = openCatalogueForReading(catalogue.path());
    SQLite::Statement explain(db, "EXPLAIN QUERY PLAN " + sql);
    std::string plan;
    while (explain.executeStep()) plan += explain.getColumn(3).getString() + "\n";
    return plan;
  }

  FixtureCatalogue catalogue;
};

// Steps that read the whole of a big table: "SCAN cables" or "SCAN c"
// (its alias in `sql`) without an index, where a question about some of it
// should search one. Scans of what the query made itself (a WITH table, a
// subquery) are left out: those are the small results of searches.
std::string wholeTableScans(const std::string& sql, const std::string& plan) {
  static const std::regex kBigTable(
      R"(\b(cables|recipients|exclusions|cable_tags|refs|listed_refs|cable_sources)\b(\s+AS)?(\s+(\w+))?)",
      std::regex::icase);
  std::vector<std::string> names;
  for (auto it = std::sregex_iterator(sql.begin(), sql.end(), kBigTable); it != std::sregex_iterator(); ++it) {
    names.push_back((*it)[1]);
    if ((*it)[4].matched) names.push_back((*it)[4]);
  }
  std::istringstream lines(plan);
  std::string line, found;
  while (std::getline(lines, line))
    for (const std::string& name : names)
      if (line == "SCAN " + name) found += line + "\n";
  return found;
}

struct Question {
  std::string name;
  std::string sql;
};

// bench/analyst_questions.sql: "-- question: NAME" starts each one.
std::vector<Question> analystQuestions() {
  std::ifstream file(std::filesystem::path(CABLECAT_SOURCE_DIR) / "bench" / "analyst_questions.sql");
  std::vector<Question> questions;
  std::string line;
  while (std::getline(file, line)) {
    if (line.starts_with("-- question: "))
      questions.push_back({line.substr(13), ""});
    else if (!questions.empty() && !line.starts_with("--"))
      questions.back().sql += line + "\n";
  }
  return questions;
}

}  // namespace

TEST_F(FullArchivePlans, NamedReportsSearchIndexesAndNeverScanABigTable) {
  for (const Report& report : builtInReports()) {
    // Both are about every row: each issue recorded, each cable read from a
    // csv whose reference lists disagree.
    if (report.name == "load-issues" || report.name == "reference-disagreements") continue;
    std::string plan = planOf(report.sql);
    EXPECT_EQ(wholeTableScans(report.sql, plan), "") << report.name << ":\n" << plan;
    EXPECT_NE(plan.find(" USING "), std::string::npos) << report.name << ":\n" << plan;
  }
}

TEST_F(FullArchivePlans, TimeAndPostReportsReadOneCoveringIndexOfCables) {
  // No cable row is read (its text is 2.3 GB on the full archive); the
  // month and year reports read their index in the order they group by.
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"cables-per-month", "SCAN cables USING COVERING INDEX cables_month\n"},
      {"cables-per-year", "SCAN cables USING COVERING INDEX cables_year\n"},
      {"origins-per-year", "SEARCH cables USING COVERING INDEX cables_origin (origin>?)\n"},
      {"top-origins", "SEARCH cables USING COVERING INDEX cables_origin (origin>?)\n"},
  };
  for (const auto& [name, step] : expected) {
    std::string plan = planOf(findReport(name)->sql);
    EXPECT_NE(plan.find(step), std::string::npos) << name << ":\n" << plan;
  }
}

TEST_F(FullArchivePlans, AnalystQuestionsSearchIndexesAndNeverScanABigTable) {
  std::vector<Question> questions = analystQuestions();
  ASSERT_GE(questions.size(), 20u);
  for (const Question& question : questions) {
    std::string plan = planOf(question.sql);
    EXPECT_EQ(wholeTableScans(question.sql, plan), "") << question.name << ":\n" << plan;
  }
}

TEST_F(FullArchivePlans, CountsPerYearClassificationAndPrecedenceNeedNoSort) {
  for (const std::string name : {"cables_per_year", "cables_per_year_and_classification", "cables_per_precedence",
                                 "secret_cables_per_origin", "top_info_recipients"}) {
    std::vector<Question> questions = analystQuestions();
    auto question = std::find_if(questions.begin(), questions.end(),
                                 [&name](const Question& q) { return q.name == name; });
    ASSERT_NE(question, questions.end()) << name;
    std::string plan = planOf(question->sql);
    EXPECT_EQ(plan.find("TEMP B-TREE FOR GROUP BY"), std::string::npos) << name << ":\n" << plan;
    EXPECT_NE(plan.find("COVERING INDEX"), std::string::npos) << name << ":\n" << plan;
  }
}
