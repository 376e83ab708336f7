// Stub until the query verb lands.
#include "commands.h"
namespace cablecat {
void addQueryCommand(CLI::App&, int&) {}
}  // namespace cablecat
