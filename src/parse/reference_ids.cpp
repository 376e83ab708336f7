// Stub.
#include "reference_ids.h"
namespace cablecat {
std::string canonicalStation(std::string_view) { return ""; }
std::string canonicalRefId(int, std::string_view, std::string_view) { return ""; }
bool isWellFormedRefId(std::string_view) { return true; }
int yearOfRefId(std::string_view) { return 0; }
}  // namespace cablecat
