// Stub.
#include "body_parser.h"
namespace cablecat {
void parseSummary(std::string_view, Cable&) {}
void parseSigners(std::string_view, Cable&) {}
}  // namespace cablecat
