// Body fields: summary and signers.
#pragma once

#include <string>
#include <string_view>

#include "cable.h"

namespace cablecat {

void parseSummary(std::string_view body, Cable& cable);
void parseSigners(std::string_view body, Cable& cable);

}  // namespace cablecat
