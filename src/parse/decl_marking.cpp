// DECL values in every spelling seen: "E.O. 12958: DECL: 08/27/2017",
// "EO 12958 DECL: 1/2/18", "E.O. 13526: DECL: 2019/01/02", "DECL: OADR",
// "E.O. 12958: N/A", "E. O. 11652: GDS", "DECL 08/27/2017" without colon.
#include "decl_marking.h"

#include <vector>

#include "iso_format.h"
#include "text_lines.h"

namespace cablecat {

namespace {

// The E.O. line sits near the top; on flattened pages (one long line) it
// can follow the classification line and addressee notes on the same line.
constexpr std::size_t kSearchWindow = 6000;

bool isWordChar(char c) { return isAsciiAlpha(c) || isAsciiDigit(c); }

// At `pos` (an E): "E.O.", "E. O.", "EO", "E.o." followed by an order
// number of 5 digits. Returns the position after the number, or npos.
std::size_t matchExecutiveOrder(std::string_view text, std::size_t pos) {
  // Flattened bodies glue the field to the word before ("SIPDISE.O. 12958");
  // only the dotted spelling is distinctive enough to accept there.
  if (pos > 0 && isWordChar(text[pos - 1]) && text.substr(pos, 4) != "E.O.")
    return std::string_view::npos;
  std::size_t i = pos;
  auto at = [&](char c) { return i < text.size() && asciiUpper(text[i]) == c; };
  ++i;
  if (i < text.size() && text[i] == '.') ++i;
  while (i < text.size() && text[i] == ' ') ++i;
  if (!at('O')) return std::string_view::npos;
  ++i;
  if (i < text.size() && text[i] == '.') ++i;
  while (i < text.size() && (text[i] == ' ' || text[i] == ':')) ++i;
  std::size_t digits = i;
  while (i < text.size() && isAsciiDigit(text[i])) ++i;
  if (i - digits != 5) return std::string_view::npos;
  return i;
}

// Walks back from the order number at `digit` over "E.O. ", "EO ", "E. O.:"
// to the E; npos when the number has no such prefix.
std::size_t executiveOrderStartBefore(std::string_view text, std::size_t digit) {
  if (digit > 0 && isAsciiDigit(text[digit - 1])) return std::string_view::npos;
  std::size_t j = digit;
  while (j > 0 && (text[j - 1] == ' ' || text[j - 1] == ':')) --j;
  if (j > 0 && text[j - 1] == '.') --j;
  if (j == 0 || asciiUpper(text[j - 1]) != 'O') return std::string_view::npos;
  --j;
  while (j > 0 && text[j - 1] == ' ') --j;
  if (j > 0 && text[j - 1] == '.') --j;
  if (j == 0 || asciiUpper(text[j - 1]) != 'E') return std::string_view::npos;
  return j - 1;
}

std::size_t skipSeparators(std::string_view text, std::size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == ':' || text[i] == ','))
    ++i;
  return i;
}

// The value runs to the end of the line, or to a glued "TAGS" field.
std::string_view valueAt(std::string_view text, std::size_t i) {
  std::size_t end = text.find('\n', i);
  if (end == std::string_view::npos) end = text.size();
  std::string_view value = text.substr(i, end - i);
  std::size_t tags = value.find("TAGS");
  if (tags != std::string_view::npos) value = value.substr(0, tags);
  return trim(value);
}

// Parses "MM/DD/YYYY", "M/D/YY", "YYYY/MM/DD", "MM-DD-YY"; false otherwise.
bool parseDate(std::string_view word, int& year, int& month, int& day) {
  std::vector<int> parts;
  std::vector<std::size_t> widths;
  std::size_t i = 0;
  while (i < word.size()) {
    std::size_t start = i;
    int value = 0;
    while (i < word.size() && isAsciiDigit(word[i])) value = value * 10 + (word[i++] - '0');
    if (i == start) return false;
    parts.push_back(value);
    widths.push_back(i - start);
    if (i < word.size()) {
      if (word[i] != '/' && word[i] != '-' && word[i] != '.') return false;
      ++i;
    }
  }
  if (parts.size() != 3) return false;
  if (widths[0] == 4) {
    year = parts[0];
    month = parts[1];
    day = parts[2];
  } else {
    month = parts[0];
    day = parts[1];
    year = parts[2];
    if (widths[2] == 2) year += year >= 50 ? 1900 : 2000;
    else if (widths[2] != 4) return false;
    // Some posts wrote day first ("27/08/2017").
    if (month > 12 && day <= 12) std::swap(month, day);
  }
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && year >= 1940 && year <= 2100;
}

}  // namespace

std::string normalizeDeclValue(std::string_view value) {
  value = trim(value);
  while (!value.empty() && (value.back() == '.' || value.back() == ',' || value.back() == ';'))
    value.remove_suffix(1);
  if (value.empty()) return {};
  std::vector<std::string_view> words = splitWords(value);
  int year = 0, month = 0, day = 0;
  if (parseDate(words[0], year, month, day)) {
    return isoDate(year, month, day);
  }
  std::string upper = toUpper(words[0]);
  if (upper == "N/A" || upper == "NA" || upper.substr(0, 8) == "DECLASSI") return {};
  // "25X1- HUMAN" -> "25X1-HUMAN": the code and its qualifier.
  if (upper.back() == '-' && words.size() > 1) return upper + toUpper(words[1]);
  if (words.size() == 1) return upper;
  // Free text ("TWENTY YEARS", "1.6 FIVE YEARS AFTER CLOSURE OF ICTY").
  return toUpper(collapseSpaces(value));
}

std::string findDecl(std::string_view body) {
  std::string_view window = body.substr(0, kSearchWindow);
  // Every order number starts with 1 (10501, 11652, 12065, 12356, 12958,
  // 13526): memchr for '1' is much cheaper than testing every 'E'.
  for (std::size_t digit = window.find('1'); digit != std::string_view::npos;
       digit = window.find('1', digit + 1)) {
    std::size_t pos = executiveOrderStartBefore(window, digit);
    if (pos == std::string_view::npos) continue;
    std::size_t after = matchExecutiveOrder(window, pos);
    if (after == std::string_view::npos) continue;
    std::size_t i = skipSeparators(window, after);
    // "E.O. 12958:" alone, "DECL: 04/05/2011" on the next line.
    while (i < window.size() && isAsciiSpace(window[i])) i = skipSeparators(window, i + 1);
    std::string_view rest = window.substr(i);
    if (startsWithNoCase(rest, "N/A")) return {};
    if (startsWithNoCase(rest, "DECL") && !startsWithNoCase(rest, "DECLASSI")) {
      // "DECL:", "DECL", and the typo "DECLl:".
      i += 4;
      while (i < window.size() && isAsciiAlpha(window[i])) ++i;
      return normalizeDeclValue(valueAt(window, skipSeparators(window, i)));
    }
    // "E.O. 11652: GDS": a schedule code in place of DECL; "E.O. 12958:
    // 07/21/2019": the date without its DECL label.
    std::string_view value = valueAt(window, i);
    std::vector<std::string_view> words = splitWords(value);
    int year = 0, month = 0, day = 0;
    if (words.size() == 1 && (words[0].size() <= 6 || parseDate(words[0], year, month, day)))
      return normalizeDeclValue(words[0]);
    return {};
  }
  // "E.O. N/A" with the order number left out.
  if (findNoCase(window, "E.O. N/A") != std::string_view::npos ||
      findNoCase(window, "EO N/A") != std::string_view::npos)
    return {};
  // A bare "DECL: OADR" line without the E.O. prefix.
  for (const TextLine& line : splitLines(window.substr(0, 1500))) {
    std::string_view text = trim(line.text);
    if (startsWithNoCase(text, "DECL:"))
      return normalizeDeclValue(valueAt(text, skipSeparators(text, 5)));
  }
  return {};
}

}  // namespace cablecat
