// Stub until the real parser lands.
#include "markings_parser.h"
namespace cablecat {
void parseMarkings(std::string_view, Cable&) {}
}  // namespace cablecat
