// Where the SUBJECT label is, in all the ways it was typed.
#pragma once

#include <cstddef>
#include <string_view>

namespace cablecat {

// Finds the SUBJECT label in the opening block of `body` ("SUBJECT:",
// "SUBJ:", "Subject -", "UBJECT:", "SUBJECT SAG AGREES...") and sets
// `textStart` to the first byte after it. False when there is none.
bool findSubjectLabel(std::string_view body, std::size_t& textStart);

// True when `word` is one typing slip (a letter dropped, added, changed or
// two swapped) away from `target`, or equal to it; compared without case.
bool isWithinOneSlip(std::string_view word, std::string_view target);

}  // namespace cablecat
