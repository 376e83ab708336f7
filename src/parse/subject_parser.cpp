// SUBJECT line(s): finds the label, joins wrapped lines, and cuts off
// whatever was glued after the subject (REF, Classified By, page headers).
#include "subject_parser.h"

#include "classification_line.h"
#include "field_text.h"
#include "reference_id.h"
#include "subject_label.h"
#include "tag_dictionary.h"
#include "text_encoding.h"
#include "text_lines.h"

namespace cablecat {

using namespace field_text;

namespace {

constexpr std::size_t kMaxSubjectLength = 600;

// "FIRST LINE \\": dumps end each line with a backslash; a line of only
// backslashes is blank.
std::string_view withoutContinuationMarks(std::string_view line) {
  std::string_view text = trim(line);
  while (!text.empty() && text.back() == '\\') text = trim(text.substr(0, text.size() - 1));
  return text;
}

// " CONFIDENTIAL" alone: the foot of a printed page, inside a wrapped subject.
bool isPageFooter(std::string_view text) {
  for (char c : text)
    if (isAsciiDigit(c)) return false;
  ClassificationLine classification;
  return parseClassificationLine(text, classification);
}

// " <" alone (10MADRID87): a stray mark left by the page's markup.
bool isMarkupDebris(std::string_view text) { return text == "<" || text == ">" || text == "</" || text == "/>"; }

// "INDEX:", "BEGIN TEXT:": a label alone on its line opens a list or text.
bool isLabelAlone(std::string_view text) {
  if (text.size() < 2 || text.size() > 30 || text.back() != ':') return false;
  for (char c : text.substr(0, text.size() - 1))
    if (!isAsciiUpper(c) && c != ' ') return false;
  return true;
}

// "(1) Poll on Koizumi cabinet": a numbered list item.
bool isNumberedItem(std::string_view text) {
  std::size_t digits = 1;
  while (digits < text.size() && isAsciiDigit(text[digits])) ++digits;
  return text.size() > 2 && text.front() == '(' && digits > 1 && digits < 4 && digits < text.size() &&
         text[digits] == ')';
}

// "SUMMARY:", "SUMMARY", "Summary -": a label; "SUMMARY OF RESULTS"
// continues a wrapped subject.
bool isLabelWord(std::string_view text, std::size_t length) {
  std::string_view rest = trim(text.substr(length));
  if (rest.empty() || rest.front() == ':' || rest.front() == '.' || rest.front() == '-' || rest.front() == ';' ||
      rest.front() == '(')
    return true;
  // "Summary and comment:", "SUMMARY/COMMENT:", "SUMMARY & ACTION REQUEST.":
  // a joined label closed within a few words.
  if (!startsWithNoCase(rest, "AND ") && rest.front() != '&' && rest.front() != '/') return false;
  std::size_t close = rest.find_first_of(":.");
  return close != std::string_view::npos && close <= 30;
}

// "TAGS: PGOV", "TAGS PGOV, KZ" (early builds); "TAGS ON CARS" continues a
// subject.
bool isTagsLine(std::string_view text) {
  std::string_view rest = trim(text.substr(4));
  if (rest.empty() || rest.front() == ':') return true;
  std::string_view word = rest.substr(0, findSpaceOrTab(rest));
  while (!word.empty() && word.back() == ',') word.remove_suffix(1);
  return findKnownTag(word) != nullptr;
}

// "A. ANKARA 1234", "(A) 07 STATE 1234": a reference bullet holds a
// serial; "A. GUL ON CYPRUS" continues a subject.
bool isReferenceBullet(std::string_view text) {
  for (char c : text)
    if (isAsciiDigit(c)) return true;
  return false;
}

bool startsField(std::string_view line) {
  std::string_view text = withoutContinuationMarks(line);
  if (text.empty() || isLabelAlone(text) || isNumberedItem(text)) return true;
  // The classification line repeated under a subject cut short ("TRAF...").
  ClassificationLine classification;
  if (parseClassificationLine(text, classification) && !isPageFooter(text)) return true;
  for (std::string_view field : {"REF", "CLASSIFIED BY", "CLASSIFIED:", "SUMMARY", "BEGIN SUMMARY",
                                 "E.O.", "EO 12958", "TAGS", "REFERENCE", "DERIVED FROM",
                                 "(A)", "A.", "A)", "[A]", "THIS IS AN ACTION", "ACTION REQUEST"})
    if (startsWithNoCase(text, field)) {
      // "REFORM OF ..." continues a subject; a REF label has punctuation or a space.
      if (field == "REF" && text.size() > 3 && isAsciiLetter(text[3]) &&
          !startsWithNoCase(text, "REFS") && !startsWithNoCase(text, "REFTEL"))
        continue;
      if ((field == "SUMMARY" || field == "BEGIN SUMMARY") && !isLabelWord(text, field.size())) continue;
      if (field == "TAGS" && !isTagsLine(text)) continue;
      if ((field == "(A)" || field == "A." || field == "A)" || field == "[A]") && !isReferenceBullet(text))
        continue;
      return true;
    }
  return isNumberedParagraphStart(text) || isRuleLine(text) || text.substr(0, 2) == "\xC2\xB6";
}

// "...ANOTHER CHILD Sensitive but unclassified", "... SENSITIVE BUT
// UNCLASSIFIED - PLEASE PROTECT ACCORDINGLY": a handling caveat typed on
// the subject's line.
bool isHandlingCaveat(std::string_view text) {
  for (std::string_view caveat : {"SENSITIVE BUT UNCLASSIFIED", "FOR OFFICIAL USE ONLY",
                                  "PLEASE PROTECT ACCORDINGLY", "PLEASE HANDLE ACCORDINGLY"})
    if (startsWithNoCase(text, caveat)) return true;
  return false;
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
        // "... 1. (C) Summary", "... 1.(SBU):": a paragraph opening glued on.
        if (i > 0 && text[i - 1] == ' ' && (at(i, "1. (") || at(i, "1.("))) return i;
        break;
      case ' ':
        // "...in Mendoza  Summary --------", "... SUMMARY: ...", " Ref:".
        for (std::string_view field : {" Ref:", " REFERENCE:", " E.O. 12958", " Summary --", " SUMMARY --",
                                       " Summary:", " SUMMARY:", " BEGIN SUMMARY", " Begin Summary"})
          if (at(i, field)) return i;
        // " REF 09 CAIRO 0173": a reference without its colon.
        if (at(i, " REF ") && i + 5 < text.size() && isAsciiDigit(text[i + 5])) return i;
        if (isHandlingCaveat(text.substr(i + 1))) return i;
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
  if (!findSubjectLabel(body, textStart)) return;

  std::size_t pos = textStart;
  std::string_view first;
  nextLine(body, pos, first);
  // "SUBJECT:" alone, the subject on the next non-blank line.
  for (std::size_t blanks = 0; withoutContinuationMarks(first).empty() && blanks < 3; ++blanks) {
    std::size_t next = pos;
    std::string_view line;
    if (!nextLine(body, next, line)) break;
    if (!withoutContinuationMarks(line).empty() && startsField(line)) break;
    first = line;
    pos = next;
  }
  // A subject is a few hundred characters; bodies with no line breaks put
  // the whole cable on this "line".
  std::string joined(withoutContinuationMarks(first.substr(0, kMaxSubjectLength)));
  std::string_view line;
  bool glued = gluedFieldStart(joined) < joined.size();
  while (!glued && joined.size() < kMaxSubjectLength && nextLine(body, pos, line)) {
    if (isLayoutLine(line) || isPageFooter(trim(line)) || isMarkupDebris(trim(line))) continue;
    // "PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER".
    line = trim(line);
    line.remove_prefix(olderPageHeaderLength(line));
    if (startsField(line)) break;
    line = withoutContinuationMarks(line);
    joined.push_back(' ');
    joined.append(line);
    glued = gluedFieldStart(line) < line.size();
  }
  decodeCharacterReferences(joined);
  joined.resize(gluedFieldStart(joined));
  eraseSipdisWords(joined);
  erasePageBreakText(joined, ReferenceId(cable.ref_id).station());
  std::string subject = collapseSpaces(joined);
  stripMarkings(subject);
  subject = collapseSpaces(subject);
  std::string_view result = subject;
  while (!result.empty() && (result.back() == ':' || result.back() == ',' || result.back() == ';' ||
                             result.back() == ' '))
    result.remove_suffix(1);
  // "SUBJECT:: TEXT", "SUBJECT: - TEXT" and "SUBJECT: SUBJECT: TEXT".
  while (!result.empty() && (result.front() == ':' || result.front() == '-' || result.front() == ' '))
    result.remove_prefix(1);
  for (std::string_view label : {"SUBJECT:", "SUBJ:"})
    if (startsWithNoCase(result, label)) result = trim(result.substr(label.size()));
  cable.subject = std::string(result);
}

}  // namespace cablecat
