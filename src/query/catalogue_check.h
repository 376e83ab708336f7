// `cablecat check`: SQLite's integrity checks (errors) plus signs of a
// doubtful parse (warnings), all in SQL on a read-only connection.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace cablecat {

struct CheckFinding {
  std::string description;            // "cables without recipients"
  long long count = 0;
  std::vector<std::string> examples;  // the first few
};

struct CheckResult {
  std::string integrity_pragma = "integrity_check";  // or quick_check
  std::vector<std::string> integrity_problems;    // PRAGMA integrity_check lines other than "ok"
  std::vector<std::string> foreign_key_problems;  // PRAGMA foreign_key_check rows
  std::vector<CheckFinding> warnings;             // only those with count > 0

  bool integrityPassed() const { return integrity_problems.empty() && foreign_key_problems.empty(); }
};

// `quick` runs PRAGMA quick_check instead of integrity_check (no index
// content comparison: much faster on the full archive).
CheckResult checkCatalogue(SQLite::Database& db, bool quick = false);
std::string checkResultText(const CheckResult& result);

}  // namespace cablecat
