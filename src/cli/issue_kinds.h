// A load's issues grouped into kinds ("tag % read as %") by the SQL of the
// named report load-issues (reports/load-issues.sql): one home for the
// classification, whether a user runs the report or a load sums up.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cablecat {

struct IssueKind {
  std::string severity;  // error, warning, note
  std::string kind;      // the message, '%' for what varies
  std::uint64_t issues = 0;
};

// The kinds of the load_issues rows of `catalogue` that match `condition`
// (LoadIssueScope::sqlCondition), errors first, then the most frequent.
// Throws CatalogueError or SQLite::Exception.
std::vector<IssueKind> issueKinds(const std::string& catalogue, const std::string& condition);

}  // namespace cablecat
