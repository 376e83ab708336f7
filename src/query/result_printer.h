// Prints result sets in one output mode: streamed (csv, tsv, json, ndjson) or
// buffered to align columns (table, box, markdown).
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "output_mode.h"
#include "sql_value.h"

namespace cablecat {

struct PrintOptions {
  OutputMode mode = OutputMode::Table;
  bool headers = true;
};

// One result set is begin(), row()..., end(); a printer can print several.
class ResultPrinter {
 public:
  virtual ~ResultPrinter() = default;
  virtual void begin(const std::vector<std::string>& columns) = 0;
  virtual void row(const std::vector<SqlValue>& values) = 0;
  virtual void end() = 0;
};

std::unique_ptr<ResultPrinter> makeResultPrinter(const PrintOptions& options, std::ostream& out);

// Factories per family (streaming_printers.cpp, aligned_printers.cpp).
std::unique_ptr<ResultPrinter> makeStreamingPrinter(const PrintOptions& options, std::ostream& out);
std::unique_ptr<ResultPrinter> makeAlignedPrinter(const PrintOptions& options, std::ostream& out);

}  // namespace cablecat
