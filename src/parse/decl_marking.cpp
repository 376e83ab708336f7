// DECL values in every spelling seen: "E.O. 12958: DECL: 08/27/2017",
// "EO 12958 DECL: 1/2/18", "E.O. 13526: DECL: 2019/01/02", "DECL: OADR",
// "E.O. 12958: N/A", "E. O. 11652: GDS", "DECL 08/27/2017" without colon.
#include "decl_marking.h"

#include <vector>

#include "decl_date.h"
#include "iso_format.h"
#include "text_lines.h"

namespace cablecat {

namespace {

// The E.O. line sits near the top; on flattened pages (one long line) it
// can follow the classification line and addressee notes on the same line.
constexpr std::size_t kSearchWindow = 6000;


// At `pos` (an E): "E.O.", "E. O.", "EO", "E.o." followed by an order
// number of 5 digits. Returns the position after the number, or npos.
std::size_t matchExecutiveOrder(std::string_view text, std::size_t pos) {
  // Flattened bodies glue the field to the word before ("SIPDISE.O. 12958");
  // only the dotted spelling is distinctive enough to accept there.
  if (pos > 0 && isAsciiLetterOrDigit(text[pos - 1]) && text.substr(pos, 4) != "E.O.")
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
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == ':' || text[i] == ',' ||
                             text[i] == ';'))
    ++i;
  return i;
}

// "E.O. 12958 AS AMENDED: DECL:", "E.O. 12958 (AS AMENDED): DECL:": the
// order's qualifier between its number and the DECL label. Returns the
// position after it (and its separators), or `i` when there is none.
std::size_t skipAsAmended(std::string_view text, std::size_t i) {
  std::size_t at = i;
  bool parenthesized = at < text.size() && text[at] == '(';
  if (parenthesized) ++at;
  if (!startsWithNoCase(text.substr(at), "AS AMENDED")) return i;
  at += 10;
  if (parenthesized) {
    if (at >= text.size() || text[at] != ')') return i;
    ++at;
  }
  return skipSeparators(text, at);
}

// Length of a DECL label at the start of `text`: "DECL:", "DECL ON:",
// "DECLASSIFY ON:", "DECLASSIFY:", the typo "DECLl:", with a dash in place
// of the colon ("DECL - 08/27/2017"); 0 when there is none. "DECLASSIFIED"
// starts a notice, not a label.
std::size_t declLabelLength(std::string_view text) {
  std::size_t i = 0;
  if (startsWithNoCase(text, "DECLASSIFY")) i = 10;
  else if (startsWithNoCase(text, "DECL") && !startsWithNoCase(text, "DECLASSI")) i = 4;
  else return 0;
  while (i < text.size() && isAsciiLetter(text[i])) ++i;  // "DECLl"
  std::size_t afterWord = i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (startsWithNoCase(text.substr(i), "ON") && (i + 2 >= text.size() || !isAsciiLetter(text[i + 2])))
    afterWord = i + 2;
  i = afterWord;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == ':' || text[i] == '-' ||
                             text[i] == ';'))
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

}  // namespace

std::string normalizeDeclValue(std::string_view value) {
  value = trim(value);
  while (!value.empty() && (value.back() == '.' || value.back() == ',' || value.back() == ';'))
    value.remove_suffix(1);
  if (value.empty()) return {};
  std::vector<std::string_view> words = splitWords(value);
  DeclDate date;
  // "08/27/2017 (C)", "27 AUG 2017", "August 27, 2017".
  if (parseDeclDate(words, 0, date) > 0) return isoDate(date.year, date.month, date.day);
  // "GDS 8/27/86 (JONES, A.) OR-P", "RDS-1 3/15/99": the schedule's date
  // is the deadline; the classifier's name and office after it are not.
  if (isScheduleCode(words[0]) && parseDeclDate(words, 1, date) > 0)
    return isoDate(date.year, date.month, date.day);
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
    std::size_t i = skipAsAmended(window, skipSeparators(window, after));
    // "E.O. 12958:" alone, "DECL: 04/05/2011" on the next line.
    while (i < window.size() && isAsciiSpace(window[i])) i = skipSeparators(window, i + 1);
    std::string_view rest = window.substr(i);
    if (startsWithNoCase(rest, "N/A")) return {};
    if (std::size_t label = declLabelLength(rest); label > 0) {
      i += label;
      // "DECL: DECL: 06/09/2016": the label typed twice.
      i += declLabelLength(window.substr(i));
      return normalizeDeclValue(valueAt(window, skipSeparators(window, i)));
    }
    // "E.O. 11652: GDS": a schedule code in place of DECL; "E.O. 12958:
    // 07/21/2019": the date without its DECL label.
    std::string_view value = valueAt(window, i);
    std::vector<std::string_view> words = splitWords(value);
    if (words.empty()) return {};
    DeclDate date;
    if (isScheduleCode(words[0]) || (words.size() == 1 && words[0].size() <= 6) ||
        parseDeclDate(words, 0, date) == words.size())
      return normalizeDeclValue(value);
    return {};
  }
  // "E.O. N/A" with the order number left out.
  if (findNoCase(window, "E.O. N/A") != std::string_view::npos ||
      findNoCase(window, "EO N/A") != std::string_view::npos)
    return {};
  // A bare "DECL: OADR" or "DECL ON: 10/31/2017" line without the E.O. prefix.
  for (const TextLine& line : splitLines(window.substr(0, 1500))) {
    std::string_view text = trim(line.text);
    std::size_t label = declLabelLength(text);
    if (label > 0 && label < text.size() && text.substr(0, label).find(':') != std::string_view::npos)
      return normalizeDeclValue(valueAt(text, label));
  }
  return {};
}

}  // namespace cablecat
