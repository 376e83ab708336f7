// The summary paragraph(s) of a cable body.
#pragma once

#include <string_view>

#include "cable.h"

namespace cablecat {

// Sets cable.summary (empty when the body has none).
void parseSummary(std::string_view body, Cable& cable);

}  // namespace cablecat
