// SUBJECT line(s): finds the label, joins wrapped lines, and cuts off
// whatever was glued after the subject (REF, Classified By, page headers).
#include "subject_parser.h"

#include "field_text.h"
#include "text_lines.h"

namespace cablecat {

using namespace field_text;

namespace {

constexpr std::size_t kMaxHeadLines = 120;
constexpr std::size_t kMaxSubjectLength = 600;

// Length of a SUBJECT label at `at` ("SUBJECT:", "SUBJ:", "Subject:",
// "SUBJECT -", "SUBJECT;"), or 0.
std::size_t labelLengthAt(std::string_view line, std::size_t at) {
  if (at > 0 && isAsciiLetter(line[at - 1])) {
    // Glued after a code or date: "...KZSUBJECT:" is rare; only accept upper case.
    if (line.substr(at, 8) != "SUBJECT:") return 0;
  }
  std::string_view rest = line.substr(at);
  std::size_t word = 0;
  if (startsWithNoCase(rest, "SUBJECT")) word = 7;
  else if (startsWithNoCase(rest, "SUBJ")) word = 4;
  else return 0;
  if (word < rest.size() && isAsciiLetter(rest[word])) return 0;  // "SUBJECTS", "Subjected"
  std::size_t pos = word;
  while (pos < rest.size() && (rest[pos] == ' ' || rest[pos] == '\t')) ++pos;
  if (pos >= rest.size()) return 0;
  if (rest[pos] == ':' || rest[pos] == ';') return pos + 1;
  // "SUBJECT - TEXT", "SUBJ. TEXT": only the upper-case label.
  if ((rest[pos] == '-' || (rest[pos] == '.' && pos == word)) && isAsciiUpper(rest[0]) &&
      isAsciiUpper(rest[1]))
    return pos + 1;
  return 0;
}

bool findLabel(std::string_view body, std::size_t& textStart) {
  std::string_view block = openingBlock(body, kMaxHeadLines);
  for (std::size_t at = findNoCase(block, "SUBJ"); at != std::string_view::npos;
       at = findNoCase(block, "SUBJ", at + 1)) {
    std::size_t lineStart = 0;
    std::string_view line = lineAround(block, at, lineStart);
    std::size_t length = labelLengthAt(line, at - lineStart);
    if (length == 0) continue;
    textStart = at + length;
    return true;
  }
  return false;
}

bool startsField(std::string_view line) {
  std::string_view text = trim(line);
  if (text.empty()) return true;
  for (std::string_view field : {"REF", "CLASSIFIED BY", "CLASSIFIED:", "SUMMARY", "BEGIN SUMMARY",
                                 "E.O.", "EO 12958", "TAGS", "REFERENCE", "DERIVED FROM",
                                 "(A)", "A.", "A)", "[A]", "THIS IS AN ACTION", "ACTION REQUEST"})
    if (startsWithNoCase(text, field)) {
      // "REFORM OF ..." continues a subject; a REF label has punctuation or a space.
      if (field == "REF" && text.size() > 3 && isAsciiLetter(text[3]) &&
          !startsWithNoCase(text, "REFS") && !startsWithNoCase(text, "REFTEL"))
        continue;
      return true;
    }
  return isNumberedParagraphStart(text) || isRuleLine(text) || text.substr(0, 2) == "\xC2\xB6";
}

// Where a field glued onto the subject begins ("...ALMATYClassified By:").
std::size_t gluedFieldStart(std::string_view text) {
  // One pass; each position is checked only against the fields that can
  // start with its character.
  auto at = [&](std::size_t i, std::string_view field) { return text.substr(i, field.size()) == field; };
  for (std::size_t i = 0; i < text.size(); ++i) {
    switch (text[i]) {
      case 'C':
      case 'c':
        if (startsWithNoCase(text.substr(i), "CLASSIFIED BY")) return i;
        break;
      case 'R':
        if (at(i, "REF:") || at(i, "REFS:") || at(i, "REFTEL")) return i;
        break;
      case '-':
        if (at(i, "-----")) return i;
        break;
      case '=':
        if (at(i, "=====")) return i;
        break;
      case '\xC2':
        if (at(i, "\xC2\xB6")) return i;  // "¶1." glued after the subject
        break;
      case '1':
        // "... 1. (C) Summary": a paragraph opening glued to the subject.
        if (i > 0 && text[i - 1] == ' ' && at(i, "1. (")) return i;
        break;
      case ' ':
        // "...in Mendoza  Summary --------", "... SUMMARY: ...", " Ref:".
        for (std::string_view field : {" Ref:", " REFERENCE:", " E.O. 12958", " Summary --", " SUMMARY --",
                                       " Summary:", " SUMMARY:", " BEGIN SUMMARY", " Begin Summary"})
          if (at(i, field)) return i;
        // " REF 09 CAIRO 0173": a reference without its colon.
        if (at(i, " REF ") && i + 5 < text.size() && isAsciiDigit(text[i + 5])) return i;
        break;
      default:
        break;
    }
  }
  return text.size();
}

void stripMarkings(std::string& text) {
  // Leading "(U)", "(SBU)"; trailing "(C)". Repeated markings go too.
  for (;;) {
    std::size_t start = 0;
    while (start < text.size() && text[start] == ' ') ++start;
    if (start >= text.size() || text[start] != '(') break;
    std::size_t close = text.find(')', start);
    if (close == std::string::npos || !isParagraphMarking(std::string_view(text).substr(start, close - start + 1)))
      break;
    text.erase(0, close + 1);
  }
  for (;;) {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (text.empty() || text.back() != ')') break;
    std::size_t open = text.rfind('(');
    if (open == std::string::npos || !isParagraphMarking(std::string_view(text).substr(open))) break;
    text.erase(open);
  }
}

}  // namespace

void parseSubject(std::string_view body, Cable& cable) {
  std::size_t textStart = 0;
  if (!findLabel(body, textStart)) return;

  std::size_t pos = textStart;
  std::string_view first;
  nextLine(body, pos, first);
  // "SUBJECT:" alone, the subject on the next non-blank line.
  for (std::size_t blanks = 0; trim(first).empty() && blanks < 3; ++blanks) {
    std::size_t next = pos;
    std::string_view line;
    if (!nextLine(body, next, line)) break;
    if (!trim(line).empty() && startsField(line)) break;
    first = line;
    pos = next;
  }
  // A subject is a few hundred characters; bodies with no line breaks put
  // the whole cable on this "line".
  std::string joined(first.substr(0, kMaxSubjectLength));
  std::string_view line;
  bool glued = gluedFieldStart(joined) < joined.size();
  while (!glued && joined.size() < kMaxSubjectLength && nextLine(body, pos, line)) {
    if (isLayoutLine(line)) continue;
    if (startsField(line)) break;
    joined.push_back(' ');
    joined.append(line);
    glued = gluedFieldStart(line) < line.size();
  }
  joined.resize(gluedFieldStart(joined));
  eraseSipdisWords(joined);
  erasePageBreakText(joined, stationOfReferenceId(cable.ref_id));
  std::string subject = collapseAsciiSpaces(joined);
  stripMarkings(subject);
  subject = collapseAsciiSpaces(subject);
  std::string_view result = subject;
  while (!result.empty() && (result.back() == ':' || result.back() == ',' || result.back() == ';' ||
                             result.back() == ' '))
    result.remove_suffix(1);
  // "SUBJECT:: TEXT" and "SUBJECT: - TEXT".
  while (!result.empty() && (result.front() == ':' || result.front() == '-' || result.front() == ' '))
    result.remove_prefix(1);
  cable.subject = std::string(result);
}

}  // namespace cablecat
