// Summary text: the "End summary" marker and the cleaning of the lines
// between the label and it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cablecat {

// Offset of "End summary" / "END OF SUMMARY" / "End Introduction and
// Summary" / the slips "End Sumary", "END SUMMMARY", "End Sum" in `text`,
// or npos.
std::size_t findSummaryEnd(std::string_view text);

// Joins the summary's lines into one paragraph: page headers, SIPDIS
// markers, rule lines, paragraph numbers and markings, and the openers and
// closers left by its label go. `station` is the cable's station
// ("TRIPOLI"), for page headers glued into the text; may be empty.
std::string cleanSummary(std::string_view text, std::string_view station);

}  // namespace cablecat
