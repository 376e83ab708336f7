// What the parser made of a fragment, in the short forms the parse tests
// compare: one home for the helpers the tag and reference tests share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/kinds.h"
#include "parse/reference_parser.h"
#include "parse/tag_parser.h"

namespace cablecat::test {

using Codes = std::vector<std::string>;

// The codes of the TAGS the parser reads in `body`, in order.
inline Codes codesOf(std::string_view body) {
  Cable cable;
  parseTags(body, cable);
  Codes codes;
  for (const Tag& tag : cable.tags) codes.push_back(tag.code);
  return codes;
}

// "letter|ref_id|kind" for each reference in `body` of the cable `citing`,
// "-" for no letter.
inline std::vector<std::string> referencesOf(const std::string& citing, const std::string& body) {
  Cable cable;
  cable.ref_id = citing;
  parseReferences(body, cable);
  std::vector<std::string> out;
  for (const auto& r : cable.references)
    out.push_back((r.letter.empty() ? std::string("-") : r.letter) + "|" + r.ref_id + "|" +
                  std::string(kindName(r.kind)));
  return out;
}

}  // namespace cablecat::test
