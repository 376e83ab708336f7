// Levenshtein distance between two short words: how many letters to add,
// drop or change to turn one into the other. Used for near misses: a station
// misspelt in a published ID, a mistyped verb or option.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablecat {

std::size_t editDistance(std::string_view a, std::string_view b);

// editDistance(a, b) <= edits, without computing it when the lengths alone
// differ by more (a long fuzzed argument against a short name).
bool withinEdits(std::string_view a, std::string_view b, std::size_t edits);

// The first of the nearest `names` to `word`, when within `edits` of it.
std::optional<std::string> closestWithin(std::string_view word, const std::vector<std::string>& names,
                                         std::size_t edits);

}  // namespace cablecat
