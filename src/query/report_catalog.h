// The named reports: reports/NAME.sql files compiled into the binary.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablecat {

struct Report {
  std::string name;         // file name without .sql: "top-tags"
  std::string description;  // the file's first "-- " comment line
  std::string sql;
};

std::vector<Report> builtInReports();
std::optional<Report> findReport(std::string_view name);

// The text of the first line that starts with "-- ", without that prefix.
std::string reportDescription(std::string_view sql);

}  // namespace cablecat
