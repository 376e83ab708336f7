// One parsed cable as the JSON object `cablecat parse` prints.
#pragma once

#include <nlohmann/json.hpp>

#include "parse/cable.h"

namespace cablecat {

nlohmann::ordered_json cableToJson(const Cable& cable);

}  // namespace cablecat
