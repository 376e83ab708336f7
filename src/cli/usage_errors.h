// Command-line mistakes as one line that names the verb, says what is wrong
// and what to try ("cablecat search: --limit must be at least 1"), in the
// "cablecat VERB: ..." form every other failure takes (verb_failure.h).
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>

namespace cablecat {

// `app` threw `error` while parsing: the line to print (no newline).
std::string describeUsageError(const CLI::App& app, const CLI::ParseError& error);

// The first word of the command line that is not an option, when it names no
// verb of `app` (`cablecat frobnicate`): the line to print. Checked before
// parsing, since CLI11 would only say "A subcommand is required".
std::optional<std::string> unknownVerbError(const CLI::App& app, int argc, const char* const* argv);

}  // namespace cablecat
