// The name table of the recipient, tag and reference kinds.
#include "kinds.h"

#include <array>
#include <cstddef>

namespace cablecat {

namespace {

// In the order of the enum's values.
constexpr std::array<std::string_view, 3> kRecipientKindNames = {"to", "info", "xmt"};
constexpr std::array<std::string_view, 6> kTagKindNames = {"geo", "program", "subject", "person", "org", "keyword"};
constexpr std::array<std::string_view, 7> kReferenceKindNames = {"cable",  "email", "memo", "telcon",
                                                                 "report", "web",   "other"};

template <class Kind, std::size_t size>
std::string_view nameIn(const std::array<std::string_view, size>& names, Kind kind) {
  auto index = static_cast<std::size_t>(kind);
  return index < size ? names[index] : std::string_view();
}

}  // namespace

std::string_view kindName(RecipientKind kind) { return nameIn(kRecipientKindNames, kind); }
std::string_view kindName(TagKind kind) { return nameIn(kTagKindNames, kind); }
std::string_view kindName(ReferenceKind kind) { return nameIn(kReferenceKindNames, kind); }

}  // namespace cablecat
