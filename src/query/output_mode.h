// Output modes of the read verbs, named as in the sqlite3 shell.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablecat {

// column, table, box and markdown align a whole result set (columnar);
// the others print row by row. tsv, json and ndjson are cablecat's own
// (sqlite3 has tabs and json); the rest print what sqlite3's .mode prints.
enum class OutputMode { Column, Table, Box, Markdown, Csv, Tsv, Json, Ndjson, Line, List, Html, Insert, Quote };

std::optional<OutputMode> outputModeFromName(std::string_view name);
std::string_view outputModeName(OutputMode mode);
std::vector<std::string> outputModeNames();

bool isColumnarMode(OutputMode mode);

// column for a person at a terminal; TSV (streamed, one line per row) when
// stdout goes to a pipe or file.
OutputMode defaultOutputMode();
bool stdoutIsTerminal();

}  // namespace cablecat
