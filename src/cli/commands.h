// The verbs of the command line. Each add*Command lives in its own file and
// stores its exit status in `exitCode` when it runs.
#pragma once

#include <CLI/CLI.hpp>

namespace cablecat {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

const char* versionString();

void addLoadCommand(CLI::App& app, int& exitCode);
void addParseCommand(CLI::App& app, int& exitCode);
void addQueryCommand(CLI::App& app, int& exitCode);
void addSearchCommand(CLI::App& app, int& exitCode);
void addShowCommand(CLI::App& app, int& exitCode);
void addReportCommand(CLI::App& app, int& exitCode);
void addStatsCommand(CLI::App& app, int& exitCode);
void addCheckCommand(CLI::App& app, int& exitCode);
void addExportGraphCommand(CLI::App& app, int& exitCode);

// Registers every verb above.
void addCommands(CLI::App& app, int& exitCode);

}  // namespace cablecat
