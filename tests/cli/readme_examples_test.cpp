// README's SQL examples run as written on a loaded catalogue: a schema
// change that breaks what users copy from there (schema 9 moved the text out
// of `cables`) fails here, not in their sqlite3.
#include <gtest/gtest.h>

#include <sstream>
#include <vector>

#include "support/command_runner.h"

using namespace cablecat::test;

namespace {

const std::string kReadme = std::string(CABLECAT_TEST_DATA) + "/../../README.md";
const std::string kSample = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";

// Each statement of each ```sql block, comments left in.
std::vector<std::string> readmeSqlStatements() {
  std::istringstream readme(readFile(kReadme));
  std::vector<std::string> statements;
  std::string line, statement;
  bool inSql = false;
  while (std::getline(readme, line)) {
    if (line.rfind("```", 0) == 0) {
      inSql = !inSql && line == "```sql";
      continue;
    }
    if (!inSql) continue;
    statement += line + "\n";
    if (!line.empty() && line.back() == ';') {
      statements.push_back(statement);
      statement.clear();
    }
  }
  return statements;
}

}  // namespace

TEST(ReadmeExamples, EverySqlExampleRunsOnALoadedCatalogue) {
  std::vector<std::string> statements = readmeSqlStatements();
  ASSERT_GE(statements.size(), 6u) << "README's ```sql blocks were not found";
  TemporaryFolder folder;
  std::string db = folder.file("cables.db");
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, kSample}).exit_code, 0);
  // Every example finds something in the sample: an empty answer means it
  // asks the wrong table, or (as 'mazhilis NEAR election' did) writes an
  // FTS5 query that only looks right.
  for (const std::string& sql : statements) {
    CommandResult result = runCablecat({"query", "--db", db, "--no-headers", sql});
    EXPECT_EQ(result.exit_code, 0) << sql << result.err;
    EXPECT_FALSE(result.out.empty()) << "no answer on the sample: " << sql;
  }
}
