// Names of the output modes and the default for the current stdout.
#include "output_mode.h"

#include <unistd.h>

#include <array>
#include <utility>

namespace cablecat {

namespace {

constexpr std::array<std::pair<std::string_view, OutputMode>, 13> kModes{{
    {"column", OutputMode::Column},
    {"table", OutputMode::Table},
    {"box", OutputMode::Box},
    {"markdown", OutputMode::Markdown},
    {"csv", OutputMode::Csv},
    {"tsv", OutputMode::Tsv},
    {"json", OutputMode::Json},
    {"ndjson", OutputMode::Ndjson},
    {"line", OutputMode::Line},
    {"list", OutputMode::List},
    {"html", OutputMode::Html},
    {"insert", OutputMode::Insert},
    {"quote", OutputMode::Quote},
}};

}  // namespace

std::optional<OutputMode> outputModeFromName(std::string_view name) {
  for (const auto& [modeName, mode] : kModes)
    if (modeName == name) return mode;
  return std::nullopt;
}

std::string_view outputModeName(OutputMode mode) {
  for (const auto& [modeName, candidate] : kModes)
    if (candidate == mode) return modeName;
  return "column";
}

std::vector<std::string> outputModeNames() {
  std::vector<std::string> names;
  for (const auto& entry : kModes) names.emplace_back(entry.first);
  return names;
}

bool isColumnarMode(OutputMode mode) {
  return mode == OutputMode::Column || mode == OutputMode::Table || mode == OutputMode::Box ||
         mode == OutputMode::Markdown;
}

bool stdoutIsTerminal() { return isatty(STDOUT_FILENO) != 0; }

OutputMode defaultOutputMode() { return stdoutIsTerminal() ? OutputMode::Column : OutputMode::Tsv; }

}  // namespace cablecat
