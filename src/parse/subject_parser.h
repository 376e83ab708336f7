// SUBJECT line(s), joined across wrapped lines.
#pragma once

#include <string>
#include <string_view>

#include "cable.h"

namespace cablecat {

void parseSubject(std::string_view body, Cable& cable);

}  // namespace cablecat
