// One row of the distance table at a time: O(|b|) memory.
#include "edit_distance.h"

#include <algorithm>
#include <vector>

namespace cablecat {

std::size_t editDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

bool withinEdits(std::string_view a, std::string_view b, std::size_t edits) {
  std::size_t apart = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  return apart <= edits && editDistance(a, b) <= edits;
}

std::optional<std::string> closestWithin(std::string_view word, const std::vector<std::string>& names,
                                         std::size_t edits) {
  std::optional<std::string> closest;
  std::size_t best = edits + 1;
  for (const std::string& name : names) {
    if (!withinEdits(word, name, edits)) continue;
    if (std::size_t distance = editDistance(word, name); distance < best) {
      best = distance;
      closest = name;
    }
  }
  return closest;
}

}  // namespace cablecat
