// What the read verbs (query, search, show, report, stats, check,
// export-graph) share: the --db and --mode options and opening read-only.
#pragma once

#include <CLI/CLI.hpp>
#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>

#include "query/result_printer.h"

namespace cablecat {

void addDatabaseOption(CLI::App& command, std::string& database);

// What --mode, --no-headers and --nullvalue gave.
struct OutputOptions {
  std::string mode;
  bool no_headers = false;
  std::string null_value;
};

// --mode (column|table|box|markdown|csv|tsv|json|ndjson|line|list|html|
// insert|quote), --no-headers and --nullvalue, as every verb that prints
// rows takes them.
void addOutputModeOptions(CLI::App& command, OutputOptions& output);

// The mode given, else column on a terminal and tsv elsewhere.
PrintOptions resolvePrintOptions(const OutputOptions& output);

// Opens the catalogue read-only; on failure prints "cablecat VERB: ..." to
// stderr and returns nothing.
std::optional<SQLite::Database> openForReading(const std::string& verb, const std::string& path);

}  // namespace cablecat
