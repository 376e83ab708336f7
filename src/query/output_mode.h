// Output modes of the read verbs, named as in the sqlite3 shell.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablecat {

enum class OutputMode { Table, Box, Csv, Tsv, Json, Ndjson, Markdown };

std::optional<OutputMode> outputModeFromName(std::string_view name);
std::string_view outputModeName(OutputMode mode);
std::vector<std::string> outputModeNames();

// Table for a person at a terminal; TSV (streamed, one line per row) when
// stdout goes to a pipe or file.
OutputMode defaultOutputMode();
bool stdoutIsTerminal();

}  // namespace cablecat
