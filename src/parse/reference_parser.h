// REF lists: every reference, canonicalized to a cable ID when it is one.
#pragma once

#include <string>
#include <string_view>

#include "cable.h"

namespace cablecat {

// Uses cable.ref_id / cable.created / cable.dtg for the citing year.
void parseReferences(std::string_view body, Cable& cable);

}  // namespace cablecat
