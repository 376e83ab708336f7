// Locates REF lists in a cable body: the label, and where the list ends.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cablecat {

struct ReferenceBlock {
  std::size_t line = 0;  // 1-based body line of the REF label
  std::string text;      // list text after the label; lines joined by '\n', layout removed
};

// Position just after a REF label at the start of `line` ("REF:", "Refs:",
// "REFTEL", "Ref(s):", "REFERENCES:", "REF...") and its punctuation, or npos.
std::size_t referenceLabelEnd(std::string_view line);

// Every REF list between the start of the body and paragraph 1, in order
// (a cable can repeat its REF line, or a truncated page can show "REF: ..."
// before the real list). The first list that yields references wins.
std::vector<ReferenceBlock> findReferenceBlocks(std::string_view body);

}  // namespace cablecat
