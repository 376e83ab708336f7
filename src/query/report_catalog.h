// The named reports: reports/NAME.sql files compiled into the binary.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sql_arguments.h"
#include "sql_value.h"

namespace cablecat {

// A report is one SQL statement; it may take named parameters (:since,
// :limit, ...) that are NULL unless given.
struct Report {
  std::string name;         // file name without .sql: "top-tags"
  std::string description;  // the file's first "-- " comment line
  std::string sql;
  std::vector<std::string> parameters;  // "since" for :since, in the order SQLite numbers them
  std::optional<long long> row_limit;   // rows shown when :limit is not given
};

std::vector<Report> builtInReports();
std::optional<Report> findReport(std::string_view name);

// The text of the first line that starts with "-- ", without that prefix.
std::string reportDescription(std::string_view sql);

// The names of the :name parameters in `sql`, each once, in order of first
// use (the order SQLite numbers them in), leaving out comments and quoted text.
std::vector<std::string> reportParameters(std::string_view sql);

// N in "LIMIT coalesce(:limit, N)": the rows a report shows by default.
std::optional<long long> reportRowLimit(std::string_view sql);

// One value per parameter of `report`, in its order, to bind by name
// (SqlArguments::byName): the text given for it, else NULL. `given` must
// name only parameters of the report (see unknownReportParameter).
NamedValues reportArguments(const Report& report, const std::vector<std::pair<std::string, std::string>>& given);

// What is wrong with a value in `given`, if anything: `since` and `until`
// are compared with `created` as text, so '2009-1' or '07/2009' would give a
// wrong or empty answer rather than an error; `limit` must be a whole number.
// "-p since '2009-1': give a date as YYYY, YYYY-MM or YYYY-MM-DD (...)".
std::optional<std::string> badReportArgument(const std::vector<std::pair<std::string, std::string>>& given);

// The first name in `given` that `report` does not take, if any.
std::optional<std::string> unknownReportParameter(const Report& report,
                                                  const std::vector<std::pair<std::string, std::string>>& given);

}  // namespace cablecat
