// The list of verbs, in the order `cablecat --help` shows them.
#include "commands.h"

namespace cablecat {

const char* versionString() { return "0.1.0"; }

void addCommands(CLI::App& app, int& exitCode) {
  addLoadCommand(app, exitCode);
  addQueryCommand(app, exitCode);
  addSearchCommand(app, exitCode);
  addShowCommand(app, exitCode);
  addReportCommand(app, exitCode);
  addStatsCommand(app, exitCode);
  addCheckCommand(app, exitCode);
  addExportGraphCommand(app, exitCode);
  addParseCommand(app, exitCode);
}

}  // namespace cablecat
