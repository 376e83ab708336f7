// Tests the hash of text sequences behind source fingerprints.
#include "store/sequence_hash.h"

#include <gtest/gtest.h>

namespace cablecat {
namespace {

SequenceHash hashOf(std::initializer_list<std::string_view> pieces) {
  SequenceHash hash;
  for (std::string_view piece : pieces) hash.add(piece);
  return hash;
}

TEST(SequenceHash, WherePiecesEndCounts) {
  EXPECT_NE(hashOf({"ab", "c"}), hashOf({"a", "bc"}));
  EXPECT_NE(hashOf({"abc"}), hashOf({"abc", ""}));
  EXPECT_NE(hashOf({"a", "b"}), hashOf({"b", "a"}));
  EXPECT_EQ(hashOf({"row 1", "07ASTANA1"}), hashOf({"row 1", "07ASTANA1"}));
}

TEST(SequenceHash, HexIsSixteenLowerCaseDigits) {
  std::string hex = hashOf({"row 1"}).hex();
  EXPECT_EQ(hex.size(), 16u);
  EXPECT_EQ(hex.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(SequenceHash().hex(), "0000000000000000");
}

}  // namespace
}  // namespace cablecat
