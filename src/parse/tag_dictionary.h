// The TAGS codes known from the real corpus and the TAGS handbook, with kinds.
#pragma once

#include <string_view>

#include "kinds.h"

namespace cablecat {

struct KnownTag {
  std::string_view code;  // "PGOV"
  TagKind kind;           // geo, program, subject, org
};

// The entry for `code` (upper case), or nullptr when the code is unknown.
const KnownTag* findKnownTag(std::string_view code);

// Kind by the TAGS handbook conventions, for codes the dictionary lacks:
// two letters are countries, K/A/O/C four-letter codes are programs,
// E/P/M/S/T/B four-letter codes are subjects, the rest organizations.
TagKind conventionalTagKind(std::string_view code);

}  // namespace cablecat
