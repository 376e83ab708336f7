// Column widths of UTF-8 text with escape sequences.
#include <gtest/gtest.h>

#include "query/text_width.h"

using namespace cablecat;

TEST(TextWidth, CountsCodePointsNotBytes) {
  EXPECT_EQ(displayWidth("Ж…x"), 3u);
  EXPECT_EQ(displayWidth(""), 0u);
}

TEST(TextWidth, AnsiBoldTakesNoRoom) {
  EXPECT_EQ(displayWidth("a \x1b[1mGAS\x1b[0m b"), 7u);
}

TEST(TextWidth, PadsLeftRightAndCentre) {
  EXPECT_EQ(padToWidth("ab", 5, Align::Left), "ab   ");
  EXPECT_EQ(padToWidth("ab", 5, Align::Right), "   ab");
  EXPECT_EQ(padToWidth("ab", 5, Align::Center), " ab  ");
  EXPECT_EQ(padToWidth("abcdef", 3, Align::Left), "abcdef");
}
