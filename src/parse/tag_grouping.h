// Which words of a TAGS list belong together: keyword phrases ("ECONOMIC
// AFFAIRS") and persons written without parentheses ("BUSH GEORGE").
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "tag_words.h"

namespace cablecat {

struct TagGroup {
  std::size_t first = 0;  // index of the group's first word
  std::size_t count = 0;  // words in the group
  bool person = false;    // else a keyword phrase
  std::string text;       // "ECONOMIC AFFAIRS", "BUSH, GEORGE", "STEINBERG, JAMES B."
};

// The groups among `words`, in order and without overlaps. Words outside
// every group stand alone.
std::vector<TagGroup> groupTagWords(const std::vector<TagWord>& words);

}  // namespace cablecat
