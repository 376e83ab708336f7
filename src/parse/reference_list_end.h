// Where a REF list ends: paragraph 1, Classified By, a summary, markings,
// and running prose after the last item on the same line.
#pragma once

#include <cstddef>
#include <string_view>

namespace cablecat {

// Lines that end a REF list: paragraph 1, Classified By, Summary, the
// classification line, markings, separators, other header fields.
bool endsReferenceList(std::string_view line);

// Where running prose starts after the list on the same line ("REF: STATE
// 6970 As requested in reftel, contacts ..."); line.size() when it does not.
std::size_t proseStart(std::string_view line);

// Where the list is over inside a line ("REF: CAIRO 1664 Classified By:
// ..."); line.size() when it goes on.
std::size_t inlineEnd(std::string_view line);

}  // namespace cablecat
