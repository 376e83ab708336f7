// Runs SQL or a report on a catalogue and returns what a printer wrote.
#pragma once

#include <sstream>
#include <string>

#include "query/report_catalog.h"
#include "query/result_printer.h"
#include "query/sql_runner.h"

namespace cablecat::test {

inline std::string printSql(SQLite::Database& db, const std::string& sql, OutputMode mode = OutputMode::Tsv) {
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{mode, true}, out);
  runSql(db, sql, *printer);
  return out.str();
}

inline std::string printReport(SQLite::Database& db, const std::string& name, OutputMode mode = OutputMode::Tsv) {
  std::optional<Report> report = findReport(name);
  if (!report) return "no report " + name;
  return printSql(db, report->sql, mode);
}

}  // namespace cablecat::test
