// "Classified By:" in its spellings: mixed or upper case, with or without
// the colon, wrapped over lines, glued into flattened one-line bodies.
#include "classified_by.h"

#include <vector>

#include "classification_line.h"
#include "field_text.h"
#include "text_lines.h"

namespace cablecat {

namespace {

constexpr std::size_t kSearchWindow = 6000;
constexpr std::size_t kNoColonWindow = 2000;
constexpr std::size_t kMaxLines = 3;
constexpr std::size_t kMaxLength = 400;

// What may precede the label on its line: nothing, or a paragraph number
// and marking ("1. (U) Classified by ...", "¶1. (U) CLASSIFIED BY").
bool isParagraphLead(std::string_view lead) {
  lead = trim(lead);
  if (lead.size() > 16) return false;
  if (lead.substr(0, 2) == "\xC2\xB6") lead.remove_prefix(2);
  for (char c : lead)
    if (!isAsciiDigit(c) && c != '.' && c != '(' && c != ')' && c != ' ' && c != 'U' &&
        c != 'C' && c != 'S' && c != 'B' && c != '/' && c != 'N' && c != 'F')
      return false;
  return true;
}

// Finds "CLASSIFIED BY" that starts a line, or that has
// a colon (a field glued into a flattened body); never "DECLASSIFIED BY".
std::size_t findField(std::string_view text, std::size_t& valueStart) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t hit = findNoCase(text, "CLASSIFIED", pos);
    if (hit == std::string_view::npos) return hit;
    pos = hit + 10;
    if (hit > 0 && isAsciiLetter(text[hit - 1])) continue;
    std::size_t i = hit + 10;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (!startsWithNoCase(text.substr(i), "BY")) continue;
    i += 2;
    if (i < text.size() && isAsciiLetter(text[i])) continue;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    bool colon = i < text.size() && text[i] == ':';
    if (colon) ++i;
    std::size_t lineStart = text.rfind('\n', hit);
    lineStart = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    bool atLineStart = isParagraphLead(text.substr(lineStart, hit - lineStart));
    // Without a colon only a capitalized label near the top counts: running
    // text can wrap so that "classified by the ministry" starts a line.
    if (!colon && (!atLineStart || text[hit] != 'C' || hit > kNoColonWindow)) continue;
    valueStart = i;
    return hit;
  }
  return std::string_view::npos;
}

// "1. (C)", "1.(C) Key", "1.KEY POINTS"; not "1. 4(B/D)", a reason
// typed with a space inside.
bool opensNumberedParagraph(std::string_view text) {
  if (!field_text::isNumberedParagraphStart(text)) return false;
  std::size_t digits = 0;
  while (digits < text.size() && isAsciiDigit(text[digits])) ++digits;
  std::string_view rest = trim(text.substr(digits + 1));
  return !rest.empty() && !isAsciiDigit(rest.front());
}

// "(C) The", "(S/NF) HMG": a paragraph marking followed by a capitalized
// word; "(C) and (D)" continues a list of reasons.
bool startsWithMarking(std::string_view text) {
  if (text.empty() || text.front() != '(') return false;
  std::size_t close = text.find(')');
  if (close == std::string_view::npos || !field_text::isParagraphMarking(text.substr(0, close + 1)))
    return false;
  std::string_view rest = trim(text.substr(close + 1));
  std::string_view word = rest.substr(0, findSpaceOrTab(rest));
  if (word.empty() || !isAsciiUpper(word.front())) return false;
  return !equalsNoCase(word, "AND") && !equalsNoCase(word, "OR") && word.front() != '(';
}

// A line that begins the next field or the text: the value stops there.
bool startsNextField(std::string_view line) {
  for (std::string_view field : {"E.O.", "E. O.", "EO 1", "TAGS", "SUBJ", "REF", "SUMMARY",
                                 "SIPDIS", "\xC2\xB6", "-----", "BEGIN SUMMARY"})
    if (startsWithNoCase(line, field)) return true;
  // "1. (C) ...", "1.(C) Key Points": a paragraph start; "(C) The
  // Ambassador spoke...": a marked paragraph without its number.
  if (opensNumberedParagraph(line) || startsWithMarking(line)) return true;
  ClassificationLine classification;
  return parseClassificationLine(line, classification);
}

// In a flattened body the value runs into the first paragraph: cut at the
// paragraph sign or at " 1. (".
std::string_view cutAtParagraph(std::string_view value) {
  std::size_t cut = value.find("\xC2\xB6");
  // " 1. (C)", " 1.(C)", " 1. Text", " 1.KEY POINTS".
  for (std::size_t at = value.find(" 1."); at != std::string_view::npos && at < cut;
       at = value.find(" 1.", at + 1))
    if (opensNumberedParagraph(value.substr(at + 1))) cut = at;
  // "...1.4 (b) and (d) ------- Summary -------": a framed heading; also
  // underlined, "(d). Summary -------", when the heading is a few words.
  std::size_t rule = value.find(" -----");
  if (rule < cut) {
    cut = rule;
    std::size_t sentenceEnd = value.find_last_of(".)", rule);
    std::string_view heading = sentenceEnd == std::string_view::npos
                                   ? std::string_view()
                                   : trim(value.substr(sentenceEnd + 1, rule - sentenceEnd - 1));
    bool wordsOnly = !heading.empty() && heading.size() <= 30;
    for (char c : heading) wordsOnly = wordsOnly && (isAsciiLetter(c) || c == ' ');
    if (wordsOnly) cut = sentenceEnd + 1;
    std::string_view before = trim(value.substr(0, cut));
    if (before.size() > 8 && equalsNoCase(before.substr(before.size() - 8), " SUMMARY"))
      cut = before.size() - 8;  // "...1.4 b and d Summary -------"
  }
  // "...1.4 (b), (d) (S) Ambassador telephoned": a marked paragraph
  // without its number.
  for (std::size_t at = value.find(" ("); at != std::string_view::npos && at < cut;
       at = value.find(" (", at + 1))
    if (startsWithMarking(value.substr(at + 1))) cut = at;
  return cut == std::string_view::npos ? value : value.substr(0, cut);
}

}  // namespace

std::string findClassifiedBy(std::string_view body) {
  std::string_view window = body.substr(0, kSearchWindow);
  std::size_t valueStart = 0;
  if (findField(window, valueStart) == std::string_view::npos) return {};

  std::string joined;
  std::size_t pos = valueStart;
  for (std::size_t count = 0; count < kMaxLines && pos < window.size(); ++count) {
    std::size_t end = window.find('\n', pos);
    if (end == std::string_view::npos) end = window.size();
    std::string_view line = trim(window.substr(pos, end - pos));
    pos = end + 1;
    if (count > 0 && (line.empty() || startsNextField(line))) break;
    std::string_view cut = cutAtParagraph(line);
    if (!joined.empty() && !cut.empty()) joined.push_back(' ');
    joined += cut;
    if (cut.size() < line.size() || line.empty()) break;
  }
  std::string value = collapseSpaces(joined);
  if (value.size() > kMaxLength) value.resize(kMaxLength);
  while (!value.empty() && (value.back() == '.' || value.back() == ' ' || value.back() == ','))
    value.pop_back();
  // A lone "." line closing the sentence left a space before the period.
  return value;
}

}  // namespace cablecat
