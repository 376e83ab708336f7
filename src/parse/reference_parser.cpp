// Stub until the real parser lands.
#include "reference_parser.h"
namespace cablecat {
void parseReferences(std::string_view, Cable&) {}
}  // namespace cablecat
