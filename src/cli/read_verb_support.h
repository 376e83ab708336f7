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

// --mode (table|box|csv|tsv|json|ndjson|markdown) and --no-headers.
void addOutputModeOptions(CLI::App& command, std::string& mode, bool& noHeaders);

// The mode given, else table on a terminal and tsv elsewhere.
PrintOptions resolvePrintOptions(const std::string& mode, bool noHeaders);

// Opens the catalogue read-only; on failure prints "cablecat VERB: ..." to
// stderr and returns nothing.
std::optional<SQLite::Database> openForReading(const std::string& verb, const std::string& path);

}  // namespace cablecat
