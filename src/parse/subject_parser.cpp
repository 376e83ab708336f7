// Stub until the real parser lands.
#include "subject_parser.h"
namespace cablecat {
void parseSubject(std::string_view, Cable&) {}
}  // namespace cablecat
