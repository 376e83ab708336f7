// The near-miss measure the ID repair and the verb suggestion share.
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

}  // namespace
}  // namespace cablecat
