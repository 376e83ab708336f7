// One SQL condition for the issues of one load (see load_issue_scope.h).
#include "load_issue_scope.h"

#include <fmt/format.h>

#include <vector>

namespace cablecat {

namespace {

std::string quoted(const std::string& text) {
  std::string sql = "'";
  for (char c : text) sql += c == '\'' ? std::string("''") : std::string(1, c);
  return sql + "'";
}

// "source_id = 4", "source_id BETWEEN 3 AND 9" or "source_id IN (3, 5, 8)".
std::vector<std::string> sourceConditions(const std::set<std::int64_t>& sources) {
  std::vector<std::string> conditions;
  std::string singles;
  for (auto it = sources.begin(); it != sources.end();) {
    std::int64_t first = *it, last = *it;
    for (++it; it != sources.end() && *it == last + 1; ++it) last = *it;
    if (last - first >= 2)
      conditions.push_back("source_id BETWEEN " + std::to_string(first) + " AND " + std::to_string(last));
    else
      for (std::int64_t id = first; id <= last; ++id)
        singles += (singles.empty() ? "" : ", ") + std::to_string(id);
  }
  if (singles.find(',') != std::string::npos)
    conditions.push_back("source_id IN (" + singles + ")");
  else if (!singles.empty())
    conditions.push_back("source_id = " + singles);
  return conditions;
}

}  // namespace

std::string LoadIssueScope::sqlCondition() const {
  std::vector<std::string> conditions = sourceConditions(sources_);
  if (!sourceless_paths_.empty()) {
    std::vector<std::string> quotedPaths;
    for (const std::string& path : sourceless_paths_) quotedPaths.push_back(quoted(path));
    std::string paths = fmt::format("{}", fmt::join(quotedPaths, ", "));
    conditions.push_back(sourceless_paths_.size() == 1 ? "(source_id IS NULL AND path = " + paths + ")"
                                                       : "(source_id IS NULL AND path IN (" + paths + "))");
  }
  if (conditions.empty()) return "0";
  return fmt::format("{}", fmt::join(conditions, " OR "));
}

}  // namespace cablecat
