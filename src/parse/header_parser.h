// Header fields: transmission ID, precedence, DTG, FM, TO/INFO/XMT recipients.
#pragma once

#include <string>
#include <string_view>

#include "cable.h"

namespace cablecat {

// Fills transmission_id, precedence, dtg, from_station and recipients.
void parseHeader(std::string_view header, Cable& cable);

// Offset of the first body line inside a whole cable text (the
// classification line, or the first line after the recipient lists).
// 0 when the text has no header at all; text.size() when it is all header.
std::size_t findBodyStart(std::string_view text);

}  // namespace cablecat
