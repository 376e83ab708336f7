// The name table of the recipient, tag and reference kinds.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>

#include "parse/kinds.h"

using namespace cablecat;

namespace {

template <class Kind>
std::set<std::string_view> namesUpTo(Kind last) {
  std::set<std::string_view> names;
  for (int value = 0; value <= static_cast<int>(last); ++value) names.insert(kindName(static_cast<Kind>(value)));
  return names;
}

}  // namespace

TEST(KindNames, RecipientKindsAreTheCatalogueNames) {
  EXPECT_EQ(kindName(RecipientKind::to), "to");
  EXPECT_EQ(kindName(RecipientKind::info), "info");
  EXPECT_EQ(kindName(RecipientKind::xmt), "xmt");
}

TEST(KindNames, EveryTagKindHasItsOwnName) {
  EXPECT_EQ(namesUpTo(TagKind::keyword),
            (std::set<std::string_view>{"geo", "program", "subject", "person", "org", "keyword"}));
}

TEST(KindNames, EveryReferenceKindHasItsOwnName) {
  EXPECT_EQ(namesUpTo(ReferenceKind::other),
            (std::set<std::string_view>{"cable", "email", "memo", "telcon", "report", "web", "other"}));
}

TEST(KindNames, NamesAreNullTerminatedForBinding) {
  EXPECT_STREQ(kindName(TagKind::subject).data(), "subject");
  EXPECT_STREQ(kindName(ReferenceKind::telcon).data(), "telcon");
}

TEST(KindNames, AValueOutsideTheEnumHasNoName) {
  EXPECT_EQ(kindName(static_cast<RecipientKind>(3)), "");
  EXPECT_EQ(kindName(static_cast<TagKind>(-1)), "");
  EXPECT_EQ(kindName(static_cast<ReferenceKind>(99)), "");
  EXPECT_EQ(kindNumber(static_cast<TagKind>(9)), 9);
}
