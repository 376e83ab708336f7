// TAGS line(s): codes, keyword phrases, persons, documented typo repairs,
// and each tag's kind.
#pragma once

#include <string>
#include <string_view>

#include "cable.h"

namespace cablecat {

void parseTags(std::string_view body, Cable& cable);

// geo, program, subject, person or org, for a code (keywords are found by
// parseTags, not by their shape).
TagKind tagKind(std::string_view code);

}  // namespace cablecat
