// Canonical reference IDs and station names, as WikiLeaks writes them.
#pragma once

#include <string>
#include <string_view>

#include "cable.h"

namespace cablecat {

// "RIO DE JANEIRO" -> "RIODEJANEIRO", "SECSTATE" -> "STATE"; empty when the
// written name is no known station.
std::string canonicalStation(std::string_view written);

// "07" + "ASTANA" + "002318" -> "07ASTANA2318".
std::string canonicalRefId(int year, std::string_view station, std::string_view serial);

// YY + station letters + serial digits, as in the real release.
bool isWellFormedRefId(std::string_view ref_id);

// Four-digit year of a well-formed ID ("07ASTANA1" -> 2007), 0 when unknown.
int yearOfRefId(std::string_view ref_id);

}  // namespace cablecat
