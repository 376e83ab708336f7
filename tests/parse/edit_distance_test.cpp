// The near-miss measure the ID repair and the verb and option suggestions share.
#include "parse/edit_distance.h"

#include <gtest/gtest.h>

namespace cablecat {
namespace {

TEST(EditDistance, CountsAddedDroppedAndChangedLetters) {
  EXPECT_EQ(editDistance("", ""), 0u);
  EXPECT_EQ(editDistance("TRIPOLI", "TRIPOLI"), 0u);
  EXPECT_EQ(editDistance("QRIPOLI", "TRIPOLI"), 1u);   // changed
  EXPECT_EQ(editDistance("TRIPOL", "TRIPOLI"), 1u);    // dropped
  EXPECT_EQ(editDistance("lod", "load"), 1u);          // added
  EXPECT_EQ(editDistance("sehow", "show"), 1u);
  EXPECT_EQ(editDistance("BASRA", "BASRAH"), 1u);
  EXPECT_EQ(editDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(editDistance("", "stats"), 5u);
}

TEST(EditDistance, WithinEditsAndTheClosestName) {
  EXPECT_TRUE(withinEdits("QRIPOLI", "TRIPOLI", 2));
  EXPECT_FALSE(withinEdits("kitten", "sitting", 2));
  EXPECT_FALSE(withinEdits(std::string(100000, 'l'), "load", 2));  // told by the lengths
  std::vector<std::string> verbs = {"load", "query", "search", "show"};
  EXPECT_EQ(closestWithin("serch", verbs, 2), "search");
  EXPECT_EQ(closestWithin("sow", verbs, 2), "show");
  EXPECT_EQ(closestWithin("frobnicate", verbs, 2), std::nullopt);
  EXPECT_EQ(closestWithin("lod", verbs, 2), "load");  // nearest, not first within reach
}

}  // namespace
}  // namespace cablecat
