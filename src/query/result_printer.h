// Prints result sets in one output mode: streamed row by row, or held to
// align columns (column, table, box, markdown).
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "output_mode.h"
#include "sql_value.h"

namespace cablecat {

struct PrintOptions {
  OutputMode mode = OutputMode::Column;
  bool headers = true;
  std::string null_value = {};  // what NULL prints as (sqlite3's .nullvalue); json and the SQL modes print null/NULL
};

// One result set is begin(), row()..., end(); a printer can print several.
// With headers, a result set without rows still prints its header (so a CSV
// consumer learns the columns); without headers it prints nothing (json: []).
class ResultPrinter {
 public:
  virtual ~ResultPrinter() = default;
  virtual void begin(const std::vector<std::string>& columns) = 0;
  virtual void row(const std::vector<SqlValue>& values) = 0;
  virtual void end() = 0;
};

std::unique_ptr<ResultPrinter> makeResultPrinter(const PrintOptions& options, std::ostream& out);

// Factories per family: csv, tsv, json, ndjson (streaming_printers.cpp);
// column, table, box, markdown (columnar_printers.cpp); line, list, html
// (shell_printers.cpp); insert, quote (sql_literal_printers.cpp).
std::unique_ptr<ResultPrinter> makeStreamingPrinter(const PrintOptions& options, std::ostream& out);
std::unique_ptr<ResultPrinter> makeColumnarPrinter(const PrintOptions& options, std::ostream& out);
std::unique_ptr<ResultPrinter> makeShellPrinter(const PrintOptions& options, std::ostream& out);
std::unique_ptr<ResultPrinter> makeSqlLiteralPrinter(const PrintOptions& options, std::ostream& out);

// The text sqlite3's shell prints for a value in its text modes: SQLite's
// text form up to a NUL byte (blobs included), `nullValue` for NULL.
std::string_view shellText(const SqlValue& value, const std::string& nullValue);

}  // namespace cablecat
