// Where the TAGS label stands in a cable body, in all its real spellings.
#pragma once

#include <cstddef>
#include <string_view>

namespace cablecat {

struct TagsLabel {
  std::size_t lineStart = 0;  // offset of the label's line in the body
  std::size_t listStart = 0;  // offset just after the label
};

// Finds the label in the opening block of `body` (before the first numbered
// paragraph): "TAGS:", "TAGS EINV", "tags PREL", "TAGS, ASEC", "TAG:", and
// one-letter misspellings before a colon ("TAS:", "TABS:", "TGS:", "AGS:")
// when a known code follows.
bool findTagsLabel(std::string_view body, TagsLabel& label);

}  // namespace cablecat
