// Markings: classification line, section count, DECL, Classified By.
#pragma once

#include <string>
#include <string_view>

#include "cable.h"

namespace cablecat {

// Fills section_count, decl, classified_by, and classification when the
// metadata did not give one.
void parseMarkings(std::string_view body, Cable& cable);

}  // namespace cablecat
