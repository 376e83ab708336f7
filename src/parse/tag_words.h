// The words of a TAGS list, each read as a code, a typo, glued codes, a
// person in parentheses, or a free-text word.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tag_dictionary.h"

namespace cablecat {

enum class TagWordClass {
  code,      // a known code: "PGOV", "KZ"
  repaired,  // a documented typo: "PEL" (code: "PREL")
  glued,     // known codes written together: "ECINECONCS" (pieces: ECIN ECON CS)
  shaped,    // unknown, but shaped like a code: "KNPP", "GOI", "AU-I"
  word,      // unknown and longer than a code: "ECONOMIC", "BRUSSELS"
  person,    // "(CLINTON, HILLARY)" as written inside parentheses
  number,    // "2008": part of a phrase ("ELECTIONS 2008"), else page furniture
  skipped,   // SIPDIS markers, lone letters
};

struct TagWord {
  std::string text;  // upper case, as written ("PEL", "ECINECONCS")
  TagWordClass kind = TagWordClass::word;
  bool commaAfter = false;
  const KnownTag* known = nullptr;  // for codes
  std::vector<std::string> codes;   // for repaired and glued words
};

// The words of `list` in order. Commas are remembered on the word before them.
std::vector<TagWord> readTagWords(std::string_view list);

// "IN", "OF", "AND"...: joins the words around it into one phrase.
bool isPhraseConnector(std::string_view word);

}  // namespace cablecat
