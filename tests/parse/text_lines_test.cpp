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

TEST(TextLines, SplitOfEmptyTextHasNoLines) { EXPECT_TRUE(splitLines("").empty()); }

TEST(TextLines, TrailingNewlineAddsNoEmptyLine) {
  auto lines = splitLines("one\ntwo\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].text, "two");
}

TEST(TextLines, TrimRemovesSpacesTabsAndCarriageReturns) {
  EXPECT_EQ(trim(" \t UNCLAS ASTANA 002327 \r"), "UNCLAS ASTANA 002327");
  EXPECT_EQ(trim("   "), "");
}

TEST(TextLines, CollapseSpacesJoinsRunsAndTrims) {
  EXPECT_EQ(collapseSpaces("  SECSTATE   WASHDC \t 0482 "), "SECSTATE WASHDC 0482");
}

// collapseSpaces copies eight plain bytes at a time: runs that start, end
// or straddle those chunks must still become exactly one space.
TEST(TextLines, CollapseSpacesAcrossEightByteChunks) {
  EXPECT_EQ(collapseSpaces("ABCDEFG  HIJKLMNOP"), "ABCDEFG HIJKLMNOP");    // run across a chunk edge
  EXPECT_EQ(collapseSpaces("ABCDEFG \nHIJKLMNOP"), "ABCDEFG HIJKLMNOP");  // space ends a chunk, newline next
  EXPECT_EQ(collapseSpaces("ABCDEFGH  IJKLMNOP"), "ABCDEFGH IJKLMNOP");    // run starts a chunk
  EXPECT_EQ(collapseSpaces("The word\tand\r\nthe next one here"), "The word and the next one here");
  EXPECT_EQ(collapseSpaces("single spaced prose stays as it is."), "single spaced prose stays as it is.");
  EXPECT_EQ(collapseSpaces("\n\n  leading and trailing runs   \t\n"), "leading and trailing runs");
  EXPECT_EQ(collapseSpaces("caf\xC3\xA9 na\xC3\xAFve   r\xC3\xA9sum\xC3\xA9s"),
            "caf\xC3\xA9 na\xC3\xAFve r\xC3\xA9sum\xC3\xA9s");
  // Control bytes other than whitespace are kept ("\x01" "B": two bytes, not "\x01B").
  EXPECT_EQ(collapseSpaces("A\x01" "B\x1F  C\x7F\x0B\x0C" "D"), "A\x01" "B\x1F C\x7F D");
  EXPECT_EQ(collapseSpaces(" \t\n "), "");
}

TEST(TextLines, CollapseSpacesMatchesByteByByteReference) {
  auto reference = [](std::string_view text) {
    std::string out;
    bool pendingSpace = false;
    for (char c : text) {
      if (isAsciiSpace(c)) {
        pendingSpace = !out.empty();
        continue;
      }
      if (pendingSpace) out.push_back(' ');
      pendingSpace = false;
      out.push_back(c);
    }
    return out;
  };
  // Every placement of whitespace runs of length 0-3 (and kinds) in 20 bytes.
  const char* pieces[] = {"", " ", "  ", "\n", " \t", "\r\n ", "   "};
  for (const char* a : pieces)
    for (const char* b : pieces)
      for (std::size_t cut = 0; cut <= 12; ++cut) {
        std::string text = std::string("abcdefghijkl").substr(0, cut) + a + "MNOPQRS" + b + "tuv" + a;
        EXPECT_EQ(collapseSpaces(text), reference(text)) << '"' << text << '"';
      }
}

TEST(TextLines, FindSpacedOfMatchesFindOfTheSpacedWord) {
  for (std::string_view text :
       {"ASTANA 00002327  002 OF 004", " OF ", "OF OF  OF OFF OF", "PROOF OF LIFE", "x OF", "OF x",
        "", " OFFER OF A", "O OF\tOF OF O", "ONE OF TWO OF THREE"}) {
    for (std::size_t from = 0; from <= text.size(); ++from)
      EXPECT_EQ(findSpacedOf(text, from), text.find(" OF ", from)) << '"' << text << "\" from " << from;
  }
}

TEST(TextLines, FindLastFindsTheLastByte) {
  EXPECT_EQ(findLast("a\nb\nc", '\n'), 3u);
  EXPECT_EQ(findLast("\nabc", '\n'), 0u);
  EXPECT_EQ(findLast("abc", '\n'), std::string_view::npos);
  EXPECT_EQ(findLast("", '\n'), std::string_view::npos);
}

TEST(TextLines, ToUpperLeavesNonAsciiBytesAlone) {
  EXPECT_EQ(toUpper("Astana \xC2\xB6 ok"), "ASTANA \xC2\xB6 OK");
}

TEST(TextLines, CaseInsensitiveComparisons) {
  EXPECT_TRUE(startsWithNoCase("Classified By: x", "CLASSIFIED BY"));
  EXPECT_FALSE(startsWithNoCase("Class", "CLASSIFIED"));
  EXPECT_TRUE(equalsNoCase("Priority", "PRIORITY"));
  EXPECT_FALSE(equalsNoCase("PRIORITY", "PRIORITIES"));
}

TEST(TextLines, SplitWordsSkipsRunsOfWhitespace) {
  auto words = splitWords("  RR RUEHAST\tRUEHBI  ");
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[0], "RR");
  EXPECT_EQ(words[2], "RUEHBI");
}

TEST(TextLines, IsAllDigits) {
  EXPECT_TRUE(isAllDigits("0482"));
  EXPECT_FALSE(isAllDigits(""));
  EXPECT_FALSE(isAllDigits("04A2"));
}

TEST(TextLines, RecognizesModernPageBreak) {
  EXPECT_TRUE(isPageBreakLine("ASTANA 00002327  001.4 OF 004 "));
  EXPECT_TRUE(isPageBreakLine("RIO DE JANEIRO 00000123  002 OF 003"));
  EXPECT_FALSE(isPageBreakLine("1. ONE OF THE FOUR PARTIES 2007 WON"));
}

TEST(TextLines, ModernPageBreakNeedsFiveDigitSerial) {
  EXPECT_FALSE(isPageBreakLine("ASTANA 2327 001 OF 004"));
}

TEST(TextLines, ModernPageBreakNeedsThreeDigitPageCount) {
  EXPECT_FALSE(isPageBreakLine("ASTANA 00002327 001 OF 4"));
}

TEST(TextLines, PageBreakWithApostropheOrHyphenInStation) {
  EXPECT_TRUE(isPageBreakLine("PORT-AU-PRINCE 00000456  003 OF 005"));
  EXPECT_TRUE(isPageBreakLine("N'DJAMENA 00000789  002.2 OF 002"));
}

TEST(TextLines, SentenceEndingLikeAPageBreakIsNotOne) {
  EXPECT_FALSE(isPageBreakLine("we saw 12345 002 OF 003"));
}

TEST(TextLines, RecognizesOlderPageHeader) {
  EXPECT_TRUE(isPageBreakLine("PAGE 02 ROME 01196 01 OF 02 082030Z"));
  EXPECT_TRUE(isPageBreakLine("PAGE 03  VATICA 03692 01 OF 02 261100Z"));
}

TEST(TextLines, OlderPageHeaderNeedsTheTimeGroup) {
  EXPECT_FALSE(isPageBreakLine("PAGE 02 ROME 01196 01 OF 02"));
}

// Unsectioned 1970s cables: "PAGE 02 STATE 015113 182333Z" inside TO/INFO lists.
TEST(TextLines, OlderPageHeaderWithoutSectionGroup) {
  EXPECT_TRUE(isPageBreakLine("PAGE 02 STATE 015113 182333Z"));
  EXPECT_TRUE(isPageBreakLine("PAGE 03 RIO DE JANEIRO 01196 082030Z"));
  EXPECT_FALSE(isPageBreakLine("PAGE 02 STATE 015113"));
  EXPECT_FALSE(isPageBreakLine("PAGE 2 OF THE REPORT 182333Z"));
  EXPECT_FALSE(isPageBreakLine("PAGE 02 15 182333Z"));
}

TEST(TextLines, OverlongLineIsNeverAPageBreak) {
  EXPECT_FALSE(isPageBreakLine(std::string(130, 'A') + " 00012345 001 OF 002"));
}

TEST(TextLines, HandlingMarkersAreLayout) {
  EXPECT_TRUE(isHandlingMarkerLine("SIPDIS "));
  EXPECT_TRUE(isHandlingMarkerLine("SENSITIVE SIPDIS"));
  EXPECT_FALSE(isHandlingMarkerLine("SENSITIVE TALKS CONTINUE"));
  EXPECT_EQ(removeInlineMarkers("the talks SIPDIS continued"), "the talks continued");
}

TEST(TextLines, HandlingMarkersInAnyCaseAndGlued) {
  EXPECT_TRUE(isHandlingMarkerLine("  sipdis"));
  EXPECT_TRUE(isHandlingMarkerLine("NOFORN SIPDIS"));
  EXPECT_TRUE(isHandlingMarkerLine("SIPDISSIPDIS"));
  EXPECT_TRUE(isHandlingMarkerLine("CXSIPDIS"));
  EXPECT_FALSE(isHandlingMarkerLine(""));
  EXPECT_FALSE(isHandlingMarkerLine("SIPDIS AND MORE"));
}

TEST(TextLines, RemoveInlineMarkersKeepsWordsContainingTheMarker) {
  EXPECT_EQ(removeInlineMarkers("XSIPDIS stays"), "XSIPDIS stays");
  EXPECT_EQ(removeInlineMarkers("no marker here"), "no marker here");
}

TEST(TextLines, RemoveInlineMarkersAtEdgesAndCxForm) {
  EXPECT_EQ(removeInlineMarkers("SIPDIS start"), " start");
  EXPECT_EQ(removeInlineMarkers("end SIPDIS"), "end ");
  EXPECT_EQ(removeInlineMarkers("a CXSIPDIS b"), "a b");
  EXPECT_EQ(removeInlineMarkers("a SIPDIS SIPDIS b"), "a b");
}

TEST(TextLines, FindNoCaseMatchesAnyCase) {
  EXPECT_EQ(findNoCase("text Classified By: x", "CLASSIFIED"), 5u);
  EXPECT_EQ(findNoCase("CLASSIFIED", "CLASSIFIED"), 0u);
  EXPECT_EQ(findNoCase("xx classified", "CLASSIFIED"), 3u);
  EXPECT_EQ(findNoCase("classifie", "CLASSIFIED"), std::string_view::npos);
  EXPECT_EQ(findNoCase("", "CLASSIFIED"), std::string_view::npos);
}

TEST(TextLines, FindNoCaseFromOffsetAndRepeatedLetters) {
  EXPECT_EQ(findNoCase("aaab aaab", "AAAB", 1), 5u);
  EXPECT_EQ(findNoCase("E.O. N/A", "E.O. N/A"), 0u);
  EXPECT_EQ(findNoCase("abc", "ABC", 4), std::string_view::npos);
}

// 00HARARE6677: "PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER".
TEST(TextLines, OlderPageHeaderGluedBeforeText) {
  std::string_view line = "PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER";
  EXPECT_EQ(line.substr(olderPageHeaderLength(line)), " OPPOSITION LEADER");
  EXPECT_EQ(olderPageHeaderLength("PAGE 02 STATE 015113 182333Z"), 28u);
  EXPECT_EQ(olderPageHeaderLength("PAGE 2 OF THE REPORT"), 0u);
  EXPECT_EQ(olderPageHeaderLength("OPPOSITION LEADER"), 0u);
}
