// Vectorized byte scans: every length and position against a plain byte loop.
#include <gtest/gtest.h>

#include <string>

#include "formats/byte_scan.h"

using namespace cablecat;

namespace {

// Text of `length` bytes with a line feed every 7 bytes and no backslash.
std::string linesOf(std::size_t length) {
  std::string text(length, 'x');
  for (std::size_t i = 3; i < length; i += 7) text[i] = '\n';
  return text;
}

std::uint64_t lineFeedsBefore(const std::string& text, std::size_t end) {
  std::uint64_t count = 0;
  for (std::size_t i = 0; i < end; ++i) count += text[i] == '\n' ? 1 : 0;
  return count;
}

}  // namespace

TEST(ByteScan, CountByteMatchesAByteLoopAtEveryLength) {
  // Beyond 255 blocks of 16 the per-lane counters must be summed, not wrap.
  for (std::size_t length : {0u, 1u, 15u, 16u, 17u, 100u, 4080u, 4096u, 5000u}) {
    std::string text = linesOf(length);
    EXPECT_EQ(countByte(text.data(), text.size(), '\n'), lineFeedsBefore(text, length))
        << "length " << length;
  }
  std::string allLineFeeds(16 * 300 + 5, '\n');
  EXPECT_EQ(countByte(allLineFeeds.data(), allLineFeeds.size(), '\n'), allLineFeeds.size());
}

TEST(ByteScan, FindEitherCountingLineFeedsStopsAtTheFirstMatchAndCountsOnlyBeforeIt) {
  for (std::size_t length = 0; length <= 80; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      std::string text = linesOf(length);
      if (at < length) text[at] = '\\';
      if (at + 2 < length) text[at + 2] = '\\';  // a second one must not matter
      std::uint64_t lineFeeds = 5;
      const char* found =
          findEitherCountingLineFeeds(text.data(), text.size(), '\\', '\\', lineFeeds);
      if (at < length) {
        ASSERT_EQ(found, text.data() + at) << "length " << length << " at " << at;
        EXPECT_EQ(lineFeeds, 5 + lineFeedsBefore(text, at)) << "length " << length << " at " << at;
      } else {
        ASSERT_EQ(found, nullptr) << "length " << length;
        EXPECT_EQ(lineFeeds, 5 + lineFeedsBefore(text, length)) << "length " << length;
      }
    }
  }
}

TEST(ByteScan, FindEitherCountingLineFeedsInALongRunWithoutMatch) {
  std::string text = linesOf(100000);
  std::uint64_t lineFeeds = 0;
  EXPECT_EQ(findEitherCountingLineFeeds(text.data(), text.size(), '"', '"', lineFeeds), nullptr);
  EXPECT_EQ(lineFeeds, lineFeedsBefore(text, text.size()));
}

TEST(ByteScan, CrlfBecomesLfAndLoneCarriageReturnsStay) {
  std::string text = "A\r\nB\rC\r\r\nD\r";
  text.resize(dropCarriageReturnsBeforeLineFeeds(text.data(), text.size()));
  EXPECT_EQ(text, "A\nB\rC\r\nD\r");
}

TEST(ByteScan, CrlfAtEveryPositionOfTheVectorBlocks) {
  for (std::size_t at = 0; at + 1 < 70; ++at) {
    std::string text(70, 'y');
    text[at] = '\r';
    text[at + 1] = '\n';
    std::string expected = text;
    expected.erase(at, 1);
    text.resize(dropCarriageReturnsBeforeLineFeeds(text.data(), text.size()));
    EXPECT_EQ(text, expected) << "at " << at;
  }
  std::string manyLines;
  for (int i = 0; i < 50; ++i) manyLines += "LINE " + std::to_string(i) + " \r\n";
  std::string expected;
  for (int i = 0; i < 50; ++i) expected += "LINE " + std::to_string(i) + " \n";
  manyLines.resize(dropCarriageReturnsBeforeLineFeeds(manyLines.data(), manyLines.size()));
  EXPECT_EQ(manyLines, expected);
}

TEST(ByteScan, FindAnyOf4FindsEachOfTheFourAtAnyPosition) {
  for (char wanted : {'<', '&', '\r', '\xC2'}) {
    for (std::size_t at = 0; at < 40; ++at) {
      std::string text(40, 'z');
      text[at] = wanted;
      EXPECT_EQ(findAnyOf4(text.data(), text.data() + text.size(), '<', '&', '\r', '\xC2'),
                text.data() + at)
          << "at " << at;
    }
  }
  std::string plain(37, 'z');
  EXPECT_EQ(findAnyOf4(plain.data(), plain.data() + plain.size(), '<', '&', '\r', '\xC2'),
            plain.data() + plain.size());
}

TEST(ByteScan, FindEitherStopsAtWhicheverOfTheTwoComesFirst) {
  for (std::size_t length = 1; length <= 80; ++length) {
    for (std::size_t at = 0; at < length; ++at) {
      std::string text = linesOf(length);
      text[at] = at % 2 == 0 ? '"' : '\\';
      if (at + 1 < length) text[at + 1] = at % 2 == 0 ? '\\' : '"';  // the later one
      std::uint64_t lineFeeds = 0;
      ASSERT_EQ(findEitherCountingLineFeeds(text.data(), text.size(), '"', '\\', lineFeeds),
                text.data() + at)
          << "length " << length << " at " << at;
      EXPECT_EQ(lineFeeds, lineFeedsBefore(text, at)) << "length " << length << " at " << at;
    }
  }
}

TEST(ByteScan, CrlfDroppingMatchesAByteLoopOnMixedLineEnds) {
  // Lone CRs, CR CR LF, several CRLFs in one block: a fixed pseudo-random mix.
  std::uint32_t state = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string text(static_cast<std::size_t>(round % 97), 'a');
    for (char& c : text) {
      state = state * 1103515245u + 12345u;
      std::uint32_t pick = (state >> 16) % 6;
      c = pick == 0 ? '\r' : pick == 1 ? '\n' : 'a';
    }
    std::string expected;
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] != '\r' || i + 1 == text.size() || text[i + 1] != '\n') expected += text[i];
    text.resize(dropCarriageReturnsBeforeLineFeeds(text.data(), text.size()));
    ASSERT_EQ(text, expected) << "round " << round;
  }
}
