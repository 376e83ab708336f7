#include <gtest/gtest.h>

#include "parse/text_lines.h"

using namespace cablecat;

TEST(TextLines, SplitsOnLfAndCrlfKeepingLineNumbers) {
  auto lines = splitLines("a\r\nb\n\nc");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].text, "a");
  EXPECT_EQ(lines[1].text, "b");
  EXPECT_EQ(lines[2].text, "");
  EXPECT_EQ(lines[3].text, "c");
  EXPECT_EQ(lines[3].number, 4u);
}

TEST(TextLines, RecognizesModernPageBreak) {
  EXPECT_TRUE(isPageBreakLine("ASTANA 00002327  001.4 OF 004 "));
  EXPECT_TRUE(isPageBreakLine("RIO DE JANEIRO 00000123  002 OF 003"));
  EXPECT_FALSE(isPageBreakLine("1. ONE OF THE FOUR PARTIES 2007 WON"));
}

TEST(TextLines, RecognizesOlderPageHeader) {
  EXPECT_TRUE(isPageBreakLine("PAGE 02 ROME 01196 01 OF 02 082030Z"));
}

TEST(TextLines, HandlingMarkersAreLayout) {
  EXPECT_TRUE(isHandlingMarkerLine("SIPDIS "));
  EXPECT_TRUE(isHandlingMarkerLine("SENSITIVE SIPDIS"));
  EXPECT_FALSE(isHandlingMarkerLine("SENSITIVE TALKS CONTINUE"));
  EXPECT_EQ(removeInlineMarkers("the talks SIPDIS continued"), "the talks continued");
}
