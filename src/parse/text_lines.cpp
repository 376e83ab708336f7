// Line splitting and layout-line detection shared by the field parsers.
// Hand-written scanning: these run on every line of 251,287 cables.
#include "text_lines.h"

#include <cstdint>
#include <cstring>

#include <array>

namespace cablecat {

std::vector<TextLine> splitLines(std::string_view text) {
  std::vector<TextLine> lines;
  std::size_t start = 0;
  std::size_t number = 1;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::size_t stop = end;
    if (stop > start && text[stop - 1] == '\r') --stop;
    lines.push_back({text.substr(start, stop - start), number++});
    start = end + 1;
  }
  return lines;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && isAsciiSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isAsciiSpace(text.back())) text.remove_suffix(1);
  return text;
}

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighBits = 0x8080808080808080ull;

// Eight bytes that collapseSpaces copies unchanged: no control byte (every
// whitespace byte but ' ' is one) and no two spaces side by side. Bytes of
// 0x80 and above are plain text (UTF-8).
bool isPlainChunk(std::uint64_t word) {
  // Some byte below 0x20 (the "hasless" bit trick; exact as a yes/no).
  if (((word - kOnes * 0x20) & ~word & kHighBits) != 0) return false;
  // The high bit of exactly the bytes equal to ' ', then adjacent pairs.
  std::uint64_t x = word ^ (kOnes * ' ');
  std::uint64_t spaces = ~(((x & ~kHighBits) + ~kHighBits) | x | ~kHighBits);
  return (spaces & (spaces >> 8)) == 0;
}

}  // namespace

std::string collapseSpaces(std::string_view text) {
  // With the ends trimmed, every whitespace run becomes one space. Prose is
  // mostly single spaces between words, so eight bytes at a time are copied
  // as they are; this runs over every summary, subject and recipient.
  text = trim(text);
  std::string out(text.size(), '\0');  // never longer than the input
  char* const begin = out.data();
  char* write = begin;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.size() - i >= 8) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, sizeof word);
      // A leading space must not follow the space just written.
      bool joinsRun = text[i] == ' ' && write != begin && write[-1] == ' ';
      if (!joinsRun && isPlainChunk(word)) {
        std::memcpy(write, text.data() + i, sizeof word);
        write += sizeof word;
        i += sizeof word;
        continue;
      }
    }
    if (!isAsciiSpace(text[i])) {
      *write++ = text[i++];
      continue;
    }
    while (i < text.size() && isAsciiSpace(text[i])) ++i;
    // The only space written is a run's; one already ends the output when
    // this run continues one a chunk copy ended with.
    if (write != begin && write[-1] != ' ') *write++ = ' ';
  }
  out.resize(static_cast<std::size_t>(write - begin));
  return out;
}

std::size_t findSpacedOf(std::string_view text, std::size_t from) {
  for (std::size_t o = text.find('O', from + 1); o != std::string_view::npos; o = text.find('O', o + 1))
    if (o + 2 < text.size() && text[o - 1] == ' ' && text[o + 1] == 'F' && text[o + 2] == ' ')
      return o - 1;
  return std::string_view::npos;
}

std::size_t findLast(std::string_view text, char c) {
  if (text.empty()) return std::string_view::npos;  // memrchr's pointer must not be null
#if defined(__GLIBC__)
  const void* hit = memrchr(text.data(), c, text.size());
  return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - text.data())
             : std::string_view::npos;
#else
  return text.rfind(c);
#endif
}

bool startsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equalsNoCase(text.substr(0, prefix.size()), prefix);
}

bool equalsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (asciiUpper(a[i]) != asciiUpper(b[i])) return false;
  return true;
}

std::vector<std::string_view> splitWords(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && isAsciiSpace(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && !isAsciiSpace(text[i])) ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

namespace {

// A station name word of a page header: upper-case letters first, then
// letters, dots, apostrophes and hyphens ("RIO", "DE", "JANEIRO", "ST.").
bool isStationWord(std::string_view word) {
  if (word.empty() || !isAsciiUpper(word.front())) return false;
  for (char c : word)
    if (!isAsciiUpper(c) && c != '.' && c != '\'' && c != '-') return false;
  return true;
}

// "002" or "002.4": the page number of a modern page header.
bool isPageNumber(std::string_view word) {
  if (word.size() < 3 || !isAllDigits(word.substr(0, 3))) return false;
  if (word.size() == 3) return true;
  return word[3] == '.' && isAllDigits(word.substr(4));
}

// "<STATION WORDS> <serial of 5+ digits> <page>.<n> OF <pages>".
bool isModernPageBreak(const std::vector<std::string_view>& w) {
  std::size_t n = w.size();
  if (n < 5) return false;
  if (w[n - 1].size() != 3 || !isAllDigits(w[n - 1]) || w[n - 2] != "OF") return false;
  if (!isPageNumber(w[n - 3])) return false;
  if (w[n - 4].size() < 5 || !isAllDigits(w[n - 4])) return false;
  for (std::size_t i = 0; i + 4 < n; ++i)
    if (!isStationWord(w[i])) return false;
  return true;
}

// "PAGE 02 ROME 01196 01 OF 02 082030Z", and without the section group on
// unsectioned cables: "PAGE 02 STATE 015113 182333Z".
bool isOlderPageHeader(const std::vector<std::string_view>& w) {
  std::size_t n = w.size();
  if (n < 5 || w[0] != "PAGE" || !isAllDigits(w[1])) return false;
  std::string_view time = w[n - 1];
  if (time.size() != 7 || time.back() != 'Z' || !isAllDigits(time.substr(0, 6))) return false;
  std::size_t serial = n - 2;
  if (n >= 8 && w[n - 3] == "OF") {
    if (!isAllDigits(w[n - 2]) || !isAllDigits(w[n - 4])) return false;
    serial = n - 5;
  }
  if (w[serial].size() < 4 || !isAllDigits(w[serial]) || serial < 3) return false;
  for (std::size_t i = 2; i < serial; ++i)
    if (!isStationWord(w[i])) return false;
  return true;
}

constexpr std::array<std::string_view, 4> kHandlingMarkers = {"CXSIPDIS", "SIPDIS", "SENSITIVE",
                                                              "NOFORN"};

bool isWordChar(char c) { return isAsciiLetter(c) || isAsciiDigit(c) || c == '_'; }

}  // namespace

bool isPageBreakLine(std::string_view line) {
  // Cheap filter first: this runs on every line of every cable. Both forms
  // end in a number or a time group ("OF 004", "082030Z").
  line = trim(line);
  if (line.size() < kShortestPageBreakLine || line.size() > kLongestPageBreakLine) return false;
  char last = line.back();
  if (!isAsciiDigit(last) && last != 'Z') return false;
  // Unsectioned older cables have no "01 OF 02": "PAGE 02 STATE 015113 182333Z".
  if (findSpacedOf(line) == std::string_view::npos && line.substr(0, 5) != "PAGE ") return false;
  std::vector<std::string_view> words = splitWords(line);
  return isModernPageBreak(words) || isOlderPageHeader(words);
}

std::size_t olderPageHeaderLength(std::string_view line) {
  if (line.substr(0, 5) != "PAGE ") return 0;
  constexpr std::size_t kMaxHeaderWords = 12;
  FirstWords<kMaxHeaderWords> first = firstWords<kMaxHeaderWords>(line);
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < first.count; ++i) {
    words.push_back(first.words[i]);
    std::string_view word = first.words[i];
    bool timeGroup = word.size() == 7 && word.back() == 'Z' && isAllDigits(word.substr(0, 6));
    if (timeGroup && isOlderPageHeader(words))
      return static_cast<std::size_t>(word.data() + word.size() - line.data());
  }
  return 0;
}

bool isHandlingMarkerLine(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > 60) return false;
  char first = asciiUpper(line.front());
  if (first != 'S' && first != 'N' && first != 'C') return false;
  std::string upper = collapseSpaces(toUpper(line));
  if (upper.size() > 40) return false;
  // Markers may be separated by spaces or glued ("SIPDISSIPDIS").
  std::string_view rest = upper;
  while (!rest.empty()) {
    if (rest.front() == ' ') {
      rest.remove_prefix(1);
      continue;
    }
    bool matched = false;
    for (std::string_view marker : kHandlingMarkers) {
      if (rest.substr(0, marker.size()) == marker) {
        rest.remove_prefix(marker.size());
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return true;
}

std::string removeInlineMarkers(std::string_view text) {
  if (text.find("SIPDIS") == std::string_view::npos) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t markerLength = 0;
    bool boundaryBefore = i == 0 || !isWordChar(text[i - 1]);
    if (boundaryBefore) {
      for (std::string_view marker : {std::string_view("SIPDIS"), std::string_view("CXSIPDIS")}) {
        if (text.substr(i, marker.size()) == marker &&
            (i + marker.size() == text.size() || !isWordChar(text[i + marker.size()]))) {
          markerLength = marker.size();
          break;
        }
      }
    }
    if (markerLength == 0) {
      out.push_back(text[i++]);
      continue;
    }
    // The marker and the whitespace around it become one space.
    while (!out.empty() && isAsciiSpace(out.back())) out.pop_back();
    i += markerLength;
    while (i < text.size() && isAsciiSpace(text[i])) ++i;
    out.push_back(' ');
  }
  return out;
}

namespace {

// English letter frequency rank (higher = rarer), to anchor the search on
// the needle's rarest letter: memchr then stops at few false candidates.
// A table, since the anchor is chosen on every call (tens per cable).
constexpr std::array<std::uint8_t, 256> kRarity = [] {
  constexpr std::string_view byFrequency = "ETAOINSHRDLCUMWFGYPBVKJXQZ";
  std::array<std::uint8_t, 256> rarity{};
  rarity.fill(30);
  for (std::size_t rank = 0; rank < byFrequency.size(); ++rank) {
    rarity[static_cast<unsigned char>(byFrequency[rank])] = static_cast<std::uint8_t>(rank);
    rarity[static_cast<unsigned char>(byFrequency[rank] - 'A' + 'a')] = static_cast<std::uint8_t>(rank);
  }
  return rarity;
}();

int rarity(char c) { return kRarity[static_cast<unsigned char>(c)]; }

}  // namespace

std::size_t findNoCase(std::string_view text, std::string_view needle, std::size_t from) {
  if (needle.empty() || text.size() < needle.size() || from > text.size() - needle.size())
    return std::string_view::npos;
  std::size_t anchor = 0;
  for (std::size_t k = 1; k < needle.size(); ++k)
    if (rarity(needle[k]) > rarity(needle[anchor])) anchor = k;
  const char upper = asciiUpper(needle[anchor]);
  const char lower = asciiLower(upper);
  const char* data = text.data();
  // Anchor positions range over [from + anchor, lastAnchor).
  const std::size_t lastAnchor = text.size() - needle.size() + 1 + anchor;
  auto nextOf = [&](char c, std::size_t start) -> std::size_t {
    if (start >= lastAnchor) return lastAnchor;
    const void* hit = std::memchr(data + start, c, lastAnchor - start);
    return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - data) : lastAnchor;
  };
  std::size_t upperAt = nextOf(upper, from + anchor);
  std::size_t lowerAt = lower == upper ? lastAnchor : nextOf(lower, from + anchor);
  while (true) {
    std::size_t hit = std::min(upperAt, lowerAt);
    if (hit >= lastAnchor) return std::string_view::npos;
    std::size_t start = hit - anchor;
    std::size_t k = 0;
    while (k < needle.size() && asciiUpper(text[start + k]) == asciiUpper(needle[k])) ++k;
    if (k == needle.size()) return start;
    if (hit == upperAt) upperAt = nextOf(upper, hit + 1);
    if (hit == lowerAt) lowerAt = nextOf(lower, hit + 1);
  }
}

}  // namespace cablecat
