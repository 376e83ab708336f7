// Layout inside REF lists that is never data: paragraph signs, the "\" of
// raw database rows, and page headers that landed inside a list.
#pragma once

#include <string>
#include <string_view>

namespace cablecat {

// Without leading blanks and paragraph signs, trailing blanks and "\".
std::string_view cleanReferenceLine(std::string_view line);

// Appends `text` with each paragraph sign ("¶B.") turned into a space.
void appendWithoutPilcrows(std::string& out, std::string_view text);

// Removes old-style page headers written inside a list, with the
// classification before them: "REF: A. STATE 40721 CONFIDENTIAL PAGE 02
// ROME 01196 01 OF 02 082030Z B. ROME 1098" keeps "A. STATE 40721 B. ROME 1098".
void eraseInlinePageHeaders(std::string& text);

}  // namespace cablecat
