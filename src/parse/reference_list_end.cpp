// Decides where a REF list ends, line by line and inside a line.
#include "reference_list_end.h"

#include <algorithm>
#include <array>
#include <string>

#include "ascii.h"
#include "reference_tokens.h"
#include "text_lines.h"

namespace cablecat {

namespace {

std::string_view skipSpaces(std::string_view text) {
  while (!text.empty() && isSpaceWithinLine(text.front())) text.remove_prefix(1);
  return text;
}

bool isLowerWord(std::string_view word) {
  while (!word.empty() && (word.back() == ',' || word.back() == '.' || word.back() == ';')) word.remove_suffix(1);
  if (word.empty()) return false;
  for (char c : word)
    if (!(isAsciiLower(c) || c == '\'' || c == '-')) return false;
  return true;
}

}  // namespace

// Lines that end a REF list: paragraph 1, Classified By, Summary, the
// classification line, markings, separators, other header fields.
bool endsReferenceList(std::string_view line) {
  if (line.empty()) return false;
  if (line.size() >= 2 && line[0] == '-' && line[1] == '-') return true;
  if (isAsciiDigit(line[0])) {
    std::size_t i = 0;
    while (i < line.size() && isAsciiDigit(line[i])) ++i;
    // "1.", "2)", "1 ." paragraph numbers; a bare serial line ("00072") is not one.
    std::size_t j = i;
    while (j < line.size() && line[j] == ' ') ++j;
    if (i <= 2 && j < line.size() && (line[j] == '.' || line[j] == ')') &&
        (j + 1 == line.size() || line[j + 1] == ' ' || line[j + 1] == '\t' || line[j + 1] == '('))
      return true;
    return false;
  }
  static constexpr std::array<std::string_view, 27> kEndPrefixes = {
      "CLASSIFIED BY", "CLASSIFIED  BY", "CLASSJFIED BY", "(U) CLASSIFIED", "(C) CLASSIFIED",
      "SUMMARY", "(U) SUMMARY", "(SBU) SUMMARY", "(C) SUMMARY", "(S) SUMMARY", "BEGIN SUMMARY",
      "E.O.", "EO 12958", "E O 12958", "TAGS", "SUBJECT", "SUBJ:", "UNCLAS", "CONFIDENTIAL",
      "SECRET", "C O N F", "S E C R E T", "U N C L A S", "SENSITIVE BUT", "SENSITIVE-BUT",
      "THIS CABLE", "PLEASE HANDLE"};
  for (std::string_view prefix : kEndPrefixes)
    if (startsWithNoCase(line, prefix)) return true;
  // A paragraph opening with a marking: "(SBU) Post delivered ...", "(C) During ...".
  if (line[0] == '(') {
    std::size_t close = line.find(')');
    if (close != std::string_view::npos && close >= 2 && close <= 8) {
      std::string_view marking = line.substr(1, close - 1);
      if (marking == "U" || marking == "SBU" || marking == "S/NF" || marking == "C/NF" ||
          marking == "SBU/NF" || marking == "U/FOUO" || marking == "S//NF" || marking == "C//NF")
        return true;
      if ((marking == "C" || marking == "S") && close + 2 < line.size()) {
        // "(C) During" is a paragraph; "(C) SECSTATE 123" is bullet C.
        std::string_view rest = skipSpaces(line.substr(close + 1));
        if (rest.size() > 1 && isAsciiUpper(rest[0]) && isAsciiLower(rest[1]) &&
            !startsWithCableCitation(rest))
          return true;
      }
    }
  }
  return false;
}

// Where running prose starts after the list on the same line ("REF: STATE
// 6970 As requested in reftel, contacts ..."): four lower-case words in a
// row outside parentheses and quotes, backed up over a capitalized opener.
std::size_t proseStart(std::string_view line) {
  int depth = 0;
  bool quoted = false;
  std::size_t run = 0;
  std::size_t runStart = 0, previousWordStart = std::string_view::npos;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && isSpaceWithinLine(line[i])) ++i;
    std::size_t start = i;
    while (i < line.size() && !isSpaceWithinLine(line[i])) ++i;
    std::string_view word = line.substr(start, i - start);
    if (word.empty()) break;
    bool counted = depth == 0 && !quoted && isLowerWord(word);
    if (counted) {
      if (run == 0) runStart = start;
      if (++run == 4) {
        std::size_t cut = runStart;
        if (previousWordStart != std::string_view::npos && isAsciiUpper(line[previousWordStart]) &&
            previousWordStart + 1 < line.size() &&
            isAsciiLower(line[previousWordStart + 1]))
          cut = previousWordStart;
        return cut;
      }
    } else {
      run = 0;
      previousWordStart = start;
    }
    for (char c : word) {
      if (c == '(') ++depth;
      if (c == ')' && depth > 0) --depth;
      if (c == '"') quoted = !quoted;
    }
  }
  return line.size();
}

namespace {

// "(SUBJECT: LONG TITLE": a field name inside an item's parenthesized
// title, not the field after the list. Quotes are left out: a stray one
// ('STATE 66324 "Classified By: ...') would hide the real end.
bool isInsideParentheses(std::string_view line, std::size_t at) {
  int depth = 0;
  for (std::size_t i = 0; i < at; ++i) {
    if (line[i] == '(') ++depth;
    if (line[i] == ')' && depth > 0) --depth;
  }
  return depth > 0;
}

// "(C) During the meeting ...", "(S) The minister ...": a marked paragraph
// after the list on the same line. "(C) ROME 12" is bullet C, and so is a
// "(C)" after a "(B)".
std::size_t markedParagraphStart(std::string_view line) {
  for (std::string_view marker : {std::string_view("(C) "), std::string_view("(S) ")}) {
    for (std::size_t at = line.find(marker); at != std::string_view::npos; at = line.find(marker, at + 1)) {
      std::string_view rest = skipSpaces(line.substr(at + marker.size()));
      std::size_t space = rest.find(' ');
      bool prose = rest.size() > 1 && isAsciiUpper(rest[0]) && isAsciiLower(rest[1]) &&
                   space != std::string_view::npos && space + 1 < rest.size() &&
                   isAsciiLower(rest[space + 1]);
      bool afterBulletB = marker[1] == 'C' && line.substr(0, at).find("(B)") != std::string_view::npos;
      if (prose && !afterBulletB && !startsWithCableCitation(rest)) return at;
    }
  }
  return line.size();
}

}  // namespace

// Text after which the list is over even mid-line ("REF: CAIRO 1664 Classified By: ...").
std::size_t inlineEnd(std::string_view line) {
  static constexpr std::array<std::string_view, 18> kInlineEnds = {
      "DERIVED FROM", "REASON: 1.", "SUMMARY:", "BEGIN SUMMARY",
      "CLASSIFIED BY", "CLASSJFIED BY", "SENSITIVE BUT UNCLASSIFIED", "SENSITIVE-BUT-UNCLASSIFIED",
      "THIS CABLE IS", "PLEASE HANDLE", "E.O. 12958", "TAGS:", "SUBJECT:", "(SBU)", "(U) ",
      "(S/NF)", "(C/NF)", "(SBU/NF)"};
  std::string upperLine(line);
  for (char& c : upperLine) c = asciiUpper(c);
  std::size_t end = line.size();
  for (std::string_view marker : kInlineEnds) {
    std::size_t at = upperLine.find(marker);
    // "A. (U) STATE 1234", "STATE 1234 (U) B. STATE 5678": a marking on an
    // item, not the paragraph after the list.
    while (at < end && ((marker[0] == '(' && startsWithCableCitation(skipSpaces(line.substr(at + marker.size())))) ||
                        (marker.back() == ':' && isInsideParentheses(line, at))))
      at = upperLine.find(marker, at + 1);
    if (at < end) end = at;
  }
  end = std::min(end, markedParagraphStart(line.substr(0, end)));
  // " 1. (" / "1.(SBU)" / " 1. The": paragraph 1 glued to the list.
  for (std::size_t at = line.find('1'); at != std::string_view::npos && at < end; at = line.find('1', at + 1)) {
    if (at > 0 && line[at - 1] != ' ' && line[at - 1] != '\t') continue;
    std::size_t p = at + 1;
    if (p >= line.size() || (line[p] != '.' && line[p] != ')')) continue;
    std::size_t q = p + 1;
    while (q < line.size() && line[q] == ' ') ++q;
    if (q < line.size() && (line[q] == '(' || (q > p + 1 && isAsciiUpper(line[q]) &&
                                               q + 1 < line.size() && isAsciiLower(line[q + 1])))) {
      end = at;
      break;
    }
  }
  // Prose only ends the list once a serial came before it: "REF: Emails
  // between post and the desk" is a non-cable item, not prose.
  std::size_t prose = proseStart(line.substr(0, end));
  if (prose < end && line.substr(0, prose).find_first_of("0123456789") != std::string_view::npos) end = prose;
  return end;
}

}  // namespace cablecat
