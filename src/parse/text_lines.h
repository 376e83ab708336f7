// Small text helpers every field parser shares: lines, trimming, and the
// lines that are layout rather than content (page breaks, SIPDIS markers).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ascii.h"

namespace cablecat {

struct TextLine {
  std::string_view text;  // without the line terminator (\n, \r\n)
  std::size_t number;     // 1-based
};

std::vector<TextLine> splitLines(std::string_view text);

std::string_view trim(std::string_view text);
// Runs of whitespace become one space; ends are trimmed.
std::string collapseSpaces(std::string_view text);
bool startsWithNoCase(std::string_view text, std::string_view prefix);
bool equalsNoCase(std::string_view a, std::string_view b);

// Case-insensitive search for an upper-case ASCII `needle` (Horspool: skips
// ahead by up to the needle's length, much faster than char-by-char scans
// over a body). npos when absent.
std::size_t findNoCase(std::string_view text, std::string_view needle, std::size_t from = 0);

// First space or tab at or after `from`, or npos: find_first_of(" \t")
// without its memchr call per byte (header lines are split this way).
inline std::size_t findSpaceOrTab(std::string_view text, std::size_t from = 0) {
  for (std::size_t i = from; i < text.size(); ++i)
    if (text[i] == ' ' || text[i] == '\t') return i;
  return std::string_view::npos;
}

// First " OF " (of a page counter "001 OF 004") at or after `from`, or npos:
// find(" OF ") stops at every space of running text; a capital O is rare.
std::size_t findSpacedOf(std::string_view text, std::size_t from = 0);

// Last `c` in `text`, or npos: rfind(c) with the C library's vectorized
// memrchr where there is one (the signer search walks bodies backwards).
std::size_t findLast(std::string_view text, char c);

// Whitespace-separated words of a line, as views into it.
std::vector<std::string_view> splitWords(std::string_view text);
// The first `N` words only (fewer when the line has fewer), without
// allocating: for fixed-shape lines that are tested on every header line.
template <std::size_t N>
struct FirstWords {
  std::string_view words[N];
  std::size_t count = 0;
};
template <std::size_t N>
FirstWords<N> firstWords(std::string_view text) {
  FirstWords<N> out;
  std::size_t i = 0;
  while (i < text.size() && out.count < N) {
    while (i < text.size() && isAsciiSpace(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && !isAsciiSpace(text[i])) ++i;
    if (i > start) out.words[out.count++] = text.substr(start, i - start);
  }
  return out;
}

// A page break line ("ASTANA 00002327 002 OF 003", "PAGE 02 STATE 015113
// 182333Z") is no shorter and no longer than these.
inline constexpr std::size_t kShortestPageBreakLine = 14;
inline constexpr std::size_t kLongestPageBreakLine = 120;

// "ASTANA 00002327  002.4 OF 004", "PAGE 02 ROME 01196 01 OF 02 082030Z":
// page headers inserted by the transmission system, never data.
bool isPageBreakLine(std::string_view line);

// Length of an older page header that opens `line` with text glued after
// it ("PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER" -> up to
// "291400Z"); 0 when the line does not start with one.
std::size_t olderPageHeaderLength(std::string_view line);

// "SIPDIS", "SENSITIVE", "SENSITIVE SIPDIS", "NOFORN" alone on a line.
bool isHandlingMarkerLine(std::string_view line);

// Removes SIPDIS/SENSITIVE markers that were glued into running text.
std::string removeInlineMarkers(std::string_view text);

}  // namespace cablecat
