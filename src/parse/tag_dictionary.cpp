// Lookup in the generated table of known TAGS codes (tag_dictionary_codes.inc).
#include "tag_dictionary.h"

#include <algorithm>
#include <iterator>

#include "ascii.h"

namespace cablecat {

namespace {

// Regenerate from the repository root:
//   python3 src/parse/generate_tag_dictionary.py ../shared/corpus > src/parse/tag_dictionary_codes.inc
constexpr KnownTag knownTags[] = {
#include "tag_dictionary_codes.inc"
};

}  // namespace

const KnownTag* findKnownTag(std::string_view code) {
  auto found = std::lower_bound(std::begin(knownTags), std::end(knownTags), code,
                                [](const KnownTag& tag, std::string_view key) { return tag.code < key; });
  if (found == std::end(knownTags) || found->code != code) return nullptr;
  return &*found;
}

TagKind conventionalTagKind(std::string_view code) {
  if (code.find(',') != std::string_view::npos || code.find(' ') != std::string_view::npos)
    return TagKind::person;
  for (char c : code)
    if (!isAsciiUpper(c)) return TagKind::org;  // "AU-I": not a handbook code
  if (code.size() == 2) return TagKind::geo;
  if (code.size() == 4) {
    switch (code[0]) {
      case 'K': case 'A': case 'O': case 'C': return TagKind::program;
      case 'E': case 'P': case 'M': case 'S': case 'T': case 'B': return TagKind::subject;
      default: break;
    }
  }
  return TagKind::org;
}

}  // namespace cablecat
