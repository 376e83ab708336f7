// Levenshtein distance between two short words: how many letters to add,
// drop or change to turn one into the other. Used for near misses: a station
// misspelt in a published ID, a mistyped verb.
#pragma once

#include <cstddef>
#include <string_view>

namespace cablecat {

std::size_t editDistance(std::string_view a, std::string_view b);

}  // namespace cablecat
