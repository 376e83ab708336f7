// Scanning helpers shared by the TAGS, SUBJECT and body parsers.
#include "field_text.h"

#include <algorithm>
#include <cstring>

#include "text_lines.h"

namespace cablecat::field_text {

bool nextLine(std::string_view text, std::size_t& pos, std::string_view& line) {
  if (pos >= text.size()) return false;
  std::size_t end = text.find('\n', pos);
  if (end == std::string_view::npos) end = text.size();
  std::size_t stop = end;
  if (stop > pos && text[stop - 1] == '\r') --stop;
  line = text.substr(pos, stop - pos);
  pos = end + 1;
  return true;
}

bool isParagraphMarking(std::string_view token) {
  if (token.size() < 3 || token.size() > 48 || token.front() != '(' || token.back() != ')')
    return false;
  std::string_view inner = token.substr(1, token.size() - 2);
  // Classification words separated by "/", "//", "-" or spaces: "(S/NF)",
  // "(U//FOUO)", "(S/REL UK)". The first word is a classification level.
  static constexpr std::string_view levels[] = {"U", "C", "S", "TS", "SBU", "LOU", "CUI"};
  static constexpr std::string_view qualifiers[] = {
      "U", "C", "S", "TS", "SBU", "LOU", "NF", "NOFORN", "FOUO", "REL", "TO", "ORCON", "OC",
      "PROPIN", "SI", "TK", "UK", "GBR", "AUS", "CAN", "NZ", "NZL", "USA", "NATO", "EXDIS",
      "LIMDIS", "NODIS", "FVEY", "ISAF", "CUI", "SENSITIVE", "XXXXXXXXXXXX"};
  auto isSeparator = [](char c) { return c == '/' || c == ' ' || c == '-' || c == ','; };
  std::size_t pos = 0;
  std::size_t words = 0;
  bool releasable = false;
  while (pos < inner.size()) {
    while (pos < inner.size() && isSeparator(inner[pos])) ++pos;
    if (pos >= inner.size()) break;
    std::size_t end = pos;
    while (end < inner.size() && !isSeparator(inner[end])) ++end;
    std::string_view word = inner.substr(pos, end - pos);
    bool known = false;
    if (words == 0) {
      for (std::string_view level : levels) known = known || equalsNoCase(word, level);
    } else {
      for (std::string_view qualifier : qualifiers) known = known || equalsNoCase(word, qualifier);
    }
    // "(S/REL TO USA, ISAF, NATO)", "(C//REL DEU)": after REL, the country
    // and alliance codes, in capitals.
    if (!known && releasable && word.size() >= 2 && word.size() <= 4) {
      known = true;
      for (char c : word) known = known && isAsciiUpper(c);
    }
    releasable = releasable || equalsNoCase(word, "REL");
    if (!known) return false;
    ++words;
    pos = end;
  }
  return words > 0;
}

static std::string_view trimLeft(std::string_view text) {
  while (!text.empty() && isAsciiSpace(text.front())) text.remove_prefix(1);
  return text;
}

static std::string_view dropPilcrow(std::string_view text) {
  text = trimLeft(text);
  if (text.substr(0, 2) == "\xC2\xB6") text.remove_prefix(2);  // UTF-8 "¶"
  return trimLeft(text);
}

std::string_view stripParagraphPrefix(std::string_view text) {
  text = dropPilcrow(text);
  std::size_t digits = 0;
  while (digits < text.size() && digits < 3 && isAsciiDigit(text[digits])) ++digits;
  if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')'))
    text = trimLeft(text.substr(digits + 1));
  if (!text.empty() && text.front() == '(') {
    std::size_t close = text.find(')');
    if (close != std::string_view::npos && isParagraphMarking(text.substr(0, close + 1)))
      text = trimLeft(text.substr(close + 1));
  }
  return text;
}

bool isNumberedParagraphStart(std::string_view line) {
  std::string_view text = dropPilcrow(line);
  std::size_t digits = 0;
  while (digits < text.size() && digits < 3 && isAsciiDigit(text[digits])) ++digits;
  if (digits == 0 || digits >= text.size()) return false;
  if (text[digits] != '.' && text[digits] != ')') return false;
  // "1. (C) ...", "1.  Text", "1.(SBU)", "1.KEY POINTS"; "1.4 (b)" does not count.
  return digits + 1 == text.size() || isAsciiSpace(text[digits + 1]) || text[digits + 1] == '(' ||
         (text[digits] == '.' && isAsciiUpper(text[digits + 1]));
}

std::string_view openingBlock(std::string_view body, std::size_t maxLines) {
  std::size_t pos = 0;
  std::string_view line;
  for (std::size_t count = 0; count < maxLines; ++count) {
    std::size_t lineStart = pos;
    if (!nextLine(body, pos, line)) return body;
    if (count > 0 && isNumberedParagraphStart(line)) return body.substr(0, lineStart);
  }
  return body.substr(0, std::min(pos, body.size()));
}

std::string_view lineAround(std::string_view text, std::size_t at, std::size_t& lineStart) {
  std::size_t begin = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  begin = begin == std::string_view::npos ? 0 : begin + 1;
  std::size_t end = text.find('\n', at);
  if (end == std::string_view::npos) end = text.size();
  if (end > begin && text[end - 1] == '\r') --end;
  lineStart = begin;
  return text.substr(begin, end - begin);
}

bool isRuleLine(std::string_view line) {
  std::size_t marks = 0;
  for (char c : line) {
    if (c == '-' || c == '=' || c == '_' || c == '*') {
      ++marks;
      continue;
    }
    if (!isAsciiSpace(c)) return false;
  }
  return marks >= 3;
}

void eraseSipdisWords(std::string& text) {
  for (std::string_view word : {std::string_view("CXSIPDIS"), std::string_view("SIPDIS")}) {
    std::size_t at = 0;
    while ((at = text.find(word, at)) != std::string::npos) {
      std::size_t end = at + word.size();
      // Glued forms ("SIPDISE.O.", "000941SIPDIS") are layout too; only refuse
      // when the word is inside a longer lower-case word.
      bool inside = (at > 0 && isAsciiLower(text[at - 1])) ||
                    (end < text.size() && isAsciiLower(text[end]));
      if (inside) {
        at = end;
        continue;
      }
      std::size_t from = at;
      while (from > 0 && text[from - 1] == ' ') --from;
      while (end < text.size() && text[end] == ' ') ++end;
      bool spaceNeeded = from > 0 && end < text.size();
      text.erase(from, end - from);
      if (spaceNeeded) text.insert(from, 1, ' ');
      at = from;
    }
  }
}

static bool hasDigitRun(std::string_view text, std::size_t length) {
  std::size_t run = 0;
  for (char c : text) {
    run = isAsciiDigit(c) ? run + 1 : 0;
    if (run >= length) return true;
  }
  return false;
}

// A page break line holds a serial of five digits or more ("ASTANA 00002327
// 002 OF 003"); a handling-marker line is shorter than one.
constexpr std::size_t kShortestPageSerial = 5;
constexpr std::size_t kLongestMarkerLine = 60;

bool isLayoutLine(std::string_view line) {
  if (line.size() <= kLongestPageBreakLine && findSpacedOf(line) != std::string_view::npos &&
      hasDigitRun(line, kShortestPageSerial) && isPageBreakLine(line))
    return true;
  if (line.size() <= kLongestMarkerLine && (line.find("SIPDIS") != std::string_view::npos ||
                            line.find("SENSITIVE") != std::string_view::npos ||
                            line.find("NOFORN") != std::string_view::npos))
    return isHandlingMarkerLine(line);
  return false;
}

// Finds "<serial 5+ digits> <page>[.<n>] OF <pages>" and returns where the
// serial starts and where the page count ends.
static bool findPageCounter(std::string_view text, std::size_t& serialBegin, std::size_t& end) {
  std::size_t of = 0;
  while ((of = findSpacedOf(text, of)) != std::string_view::npos) {
    std::size_t after = of + 4;
    std::size_t pagesEnd = after;
    while (pagesEnd < text.size() && isAsciiDigit(text[pagesEnd])) ++pagesEnd;
    std::size_t pos = of;
    std::size_t pageEnd = pos;
    std::size_t pageBegin = pageEnd;
    while (pageBegin > 0 && (isAsciiDigit(text[pageBegin - 1]) || text[pageBegin - 1] == '.'))
      --pageBegin;
    std::size_t gap = pageBegin;
    while (gap > 0 && text[gap - 1] == ' ') --gap;
    std::size_t serialEnd = gap;
    std::size_t serialStart = serialEnd;
    while (serialStart > 0 && isAsciiDigit(text[serialStart - 1])) --serialStart;
    if (pagesEnd - after >= 3 && pageEnd - pageBegin >= 3 && gap < pageBegin &&
        serialEnd - serialStart >= 5) {
      serialBegin = serialStart;
      end = pagesEnd;
      return true;
    }
    of = after;
  }
  return false;
}

void erasePageBreakText(std::string& text, std::string_view station) {
  std::size_t serialBegin = 0;
  std::size_t end = 0;
  while (findPageCounter(text, serialBegin, end)) {
    // Walk back over the station words before the serial.
    std::size_t begin = serialBegin;
    while (begin > 0 && text[begin - 1] == ' ') --begin;
    std::string letters;
    std::size_t cut = begin;
    while (cut > 0) {
      std::size_t wordEnd = cut;
      while (wordEnd > 0 && text[wordEnd - 1] == ' ') --wordEnd;
      std::size_t wordBegin = wordEnd;
      while (wordBegin > 0 && text[wordBegin - 1] != ' ') --wordBegin;
      if (wordBegin == wordEnd) break;
      letters.insert(0, text.substr(wordBegin, wordEnd - wordBegin));
      cut = wordBegin;
      if (station.empty() || letters.size() >= station.size()) break;
    }
    if (!station.empty() && letters != station) cut = begin;  // unknown station: keep words
    if (station.empty()) cut = begin;
    while (cut > 0 && text[cut - 1] == ' ') --cut;
    while (end < text.size() && text[end] == ' ') ++end;
    bool spaceNeeded = cut > 0 && end < text.size();
    text.erase(cut, end - cut);
    if (spaceNeeded) text.insert(cut, 1, ' ');
  }
}

}  // namespace cablecat::field_text
