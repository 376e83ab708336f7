// TAGS line(s): codes, fixes for known typos, and each tag's kind.
#pragma once

#include <string>
#include <string_view>

#include "cable.h"

namespace cablecat {

void parseTags(std::string_view body, Cable& cable);

// geo, program, subject, person or org.
std::string tagKind(std::string_view code);

}  // namespace cablecat
