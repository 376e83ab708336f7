// The summary: "Summary: ... End summary.", a "SUMMARY" heading and its
// paragraph, or the opening paragraphs closed by "End summary".
#include "summary_parser.h"

#include "field_text.h"
#include "reference_id.h"
#include "summary_text.h"
#include "text_lines.h"

namespace cablecat {

using namespace field_text;

namespace {

// How far an "End summary" may sit from its label: further away it belongs
// to something else and the summary is the opening paragraph alone.
constexpr std::size_t kMaxSummaryLength = 12000;

struct SummaryStart {
  std::size_t textStart = 0;  // first byte of the summary text
  bool heading = false;       // label alone on its line: text starts below
};

// Whether a label can end at the start of `rest`: its punctuation, a
// marking, or the end of the line (a heading).
bool closesLabel(std::string_view rest) {
  std::size_t skip = 0;
  while (skip < rest.size() && (rest[skip] == ' ' || rest[skip] == '\t')) ++skip;
  if (skip >= rest.size()) return true;
  char c = rest[skip];
  return c == ':' || c == '.' || c == '-' || c == ';' || c == '=' || c == '(' || c == '\\';
}

// " AND COMMENT", " & COMMENT", "/INTRODUCTION", " AND TABLE OF CONTENTS",
// " AND ACTION REQUESTS": up to four words joined to SUMMARY that close the
// label. Their length, or 0.
std::size_t labelTailLength(std::string_view text) {
  std::size_t pos = 0;
  if (startsWithNoCase(text, " AND ")) pos = 5;
  else if (text.substr(0, 3) == " & ") pos = 3;
  else if (text.substr(0, 1) == "/") pos = 1;
  else return 0;
  for (std::size_t words = 0; words < 4 && pos < text.size(); ++words) {
    std::size_t end = pos;
    while (end < text.size() && isAsciiLetter(text[end])) ++end;
    if (end == pos) return 0;
    if (closesLabel(text.substr(end))) return end;
    if (text[end] != ' ') return 0;
    pos = end + 1;
  }
  return 0;
}

// Length of a summary label at the start of `text` ("Summary", "SUMMARY AND
// COMMENT", "BEGIN SUMMARY", "Executive Summary"), or 0.
std::size_t summaryLabelLength(std::string_view text) {
  std::size_t length = 0;
  for (std::string_view label : {"BEGIN SUMMARY", "BEGIN UNCLASSIFIED SUMMARY", "EXECUTIVE SUMMARY",
                                 "INTRODUCTION AND SUMMARY", "INTRODUCTION & SUMMARY", "BACKGROUND AND SUMMARY",
                                 "SUMMARY"})
    if (startsWithNoCase(text, label)) {
      length = label.size();
      break;
    }
  if (length == 0) return 0;
  length += labelTailLength(text.substr(length));
  if (length < text.size() && isAsciiLetter(text[length])) return 0;  // "Summarys", "SUMMARYof"
  return length;
}

// "(1) SUMMARY: ...": a paragraph numbered in parentheses.
std::string_view withoutParenthesizedNumber(std::string_view text) {
  std::size_t digits = 1;
  while (digits < text.size() && digits < 4 && isAsciiDigit(text[digits])) ++digits;
  if (text.size() < 4 || text.front() != '(' || digits == 1 || digits >= text.size() || text[digits] != ')')
    return text;
  return trim(text.substr(digits + 1));
}

// What a paragraph prefix leaves before the label by a slip: "1. (C/NF).
// Summary." (09LONDON2186) leaves ". Summary"; "1. (SE) Summary:"
// (09CARACAS1444) a marking misspelled.
std::string_view withoutMarkingSlips(std::string_view text) {
  if (text.size() > 2 && text.front() == '(') {
    std::size_t close = text.find(')');
    bool letters = close != std::string_view::npos && close >= 2 && close <= 5;
    for (std::size_t i = 1; letters && i < close; ++i) letters = isAsciiUpper(text[i]) || text[i] == '/';
    if (letters) text = trim(text.substr(close + 1));
  }
  while (!text.empty() && (text.front() == '.' || text.front() == ':')) text = trim(text.substr(1));
  return text;
}

// "...Bar followed.  End\nSummary.": the line finishes an end marker
// wrapped after END, it opens nothing.
bool followsEndWord(std::string_view body, std::size_t lineStart) {
  std::size_t end = lineStart;
  while (end > 0 && isAsciiSpace(body[end - 1])) --end;
  return end >= 3 && equalsNoCase(body.substr(end - 3, 3), "END") && (end == 3 || !isAsciiLetter(body[end - 4]));
}

// Recognizes "1. (C) Summary: text", "Summary and Comment. text",
// "BEGIN SUMMARY: text", and a "Summary" heading line.
bool matchSummaryLine(std::string_view line, std::size_t lineOffset, SummaryStart& start) {
  std::string_view trimmed = trim(line);
  std::string_view text = stripParagraphPrefix(withoutParenthesizedNumber(trimmed));
  // "I. Summary", "A. (C) Summary": outline numbering.
  if (text.size() > 3 && isAsciiUpper(text[0]) && text[1] == '.' && text[2] == ' ')
    text = stripParagraphPrefix(trim(text.substr(2)));
  text = withoutMarkingSlips(text);
  bool numbered = text.size() < trimmed.size();
  // "------- SUMMARY -------": a heading framed by dashes on one line.
  while (!text.empty() && (text.front() == '-' || text.front() == '=' || text.front() == '*' ||
                           isAsciiSpace(text.front())))
    text.remove_prefix(1);
  std::size_t label = summaryLabelLength(text);
  if (label == 0) return false;
  std::string_view rest = text.substr(label);
  std::size_t skip = 0;
  while (skip < rest.size() && isAsciiSpace(rest[skip])) ++skip;
  // "SUMMARY (U):" puts the marking after the label.
  bool markingAfterLabel = false;
  if (skip < rest.size() && rest[skip] == '(') {
    std::size_t close = rest.find(')', skip);
    if (close != std::string_view::npos && isParagraphMarking(rest.substr(skip, close - skip + 1))) {
      skip = close + 1;
      markingAfterLabel = true;
      while (skip < rest.size() && isAsciiSpace(rest[skip])) ++skip;
    }
  }
  if (rest.substr(skip).find_first_not_of("\\ \t") == std::string_view::npos) {  // "SUMMARY \\"
    start.heading = true;
    start.textStart = lineOffset + line.size();
    return true;
  }
  char mark = rest[skip];
  // "1. Summary, Post convened...": a comma only after a paragraph number.
  bool comma = mark == ',' && numbered && skip == 0;
  // "1. (U) SUMMARY On August 3--...": an upper-case label opening a
  // numbered paragraph, without punctuation, before a capitalized word.
  bool bare = numbered && skip > 0 && isAsciiUpper(mark) && label >= 7 &&
              text.substr(label - 7, 7) == "SUMMARY" && skip + 1 < rest.size() && isAsciiLower(rest[skip + 1]);
  if (mark != ':' && mark != '.' && mark != '-' && mark != ';' && mark != '=' && !markingAfterLabel && !comma &&
      !bare)
    return false;
  if (comma) ++skip;
  // "Summary -- text" takes the dashes as the label's punctuation;
  // "Summary: -- A. -- B." keeps them as the first bullet.
  bool dashes = mark == '-' || mark == '=';
  while (skip < rest.size() && (rest[skip] == ':' || rest[skip] == '.' || rest[skip] == ';' ||
                                ((rest[skip] == '-' || rest[skip] == '=') && dashes) || isAsciiSpace(rest[skip])))
    ++skip;
  start.heading = skip >= rest.size();
  std::size_t restOffset = static_cast<std::size_t>(rest.data() - line.data());
  start.textStart = lineOffset + restOffset + skip;
  return true;
}

// Where a paragraph opening ("¶1. (C) ", "2. ") ends right before `at`
// inside a line, or npos.
std::size_t paragraphOpeningBefore(std::string_view body, std::size_t at, std::size_t lineStart) {
  std::size_t pos = at;
  auto skipSpaces = [&] {
    while (pos > lineStart && isAsciiSpace(body[pos - 1])) --pos;
  };
  skipSpaces();
  if (pos > lineStart && body[pos - 1] == ')') {
    std::size_t open = body.rfind('(', pos - 1);
    if (open == std::string_view::npos || open < lineStart ||
        !isParagraphMarking(body.substr(open, pos - open)))
      return std::string_view::npos;
    pos = open;
    skipSpaces();
  }
  if (pos == lineStart || body[pos - 1] != '.') return std::string_view::npos;
  std::size_t digitsEnd = pos - 1;
  std::size_t digitsBegin = digitsEnd;
  while (digitsBegin > lineStart && isAsciiDigit(body[digitsBegin - 1])) --digitsBegin;
  if (digitsBegin == digitsEnd || digitsEnd - digitsBegin > 2) return std::string_view::npos;
  pos = digitsBegin;
  if (pos >= lineStart + 2 && body.substr(pos - 2, 2) == "\xC2\xB6") return pos - 2;
  // Without a pilcrow the number must follow a space (not "1.4 (b)").
  return pos == lineStart || isAsciiSpace(body[pos - 1]) ? pos : std::string_view::npos;
}

// "-------- Training --------", "=== BACKGROUND ===": a heading framed by
// rules, which opens the next section.
bool isFramedHeading(std::string_view text) {
  auto isRule = [](char c) { return c == '-' || c == '=' || c == '*' || c == '_'; };
  std::size_t lead = 0, trail = 0;
  while (lead < text.size() && isRule(text[lead])) ++lead;
  while (trail < text.size() - lead && isRule(text[text.size() - 1 - trail])) ++trail;
  if (lead < 3 || trail < 3) return false;
  for (char c : text.substr(lead, text.size() - lead - trail))
    if (isAsciiLetter(c)) return true;
  return false;
}

bool isParagraphBoundary(std::string_view line) {
  std::string_view text = trim(line);
  return isNumberedParagraphStart(text) || isRuleLine(text) || isFramedHeading(text) ||
         text.substr(0, 2) == "\xC2\xB6";
}

// End of the paragraph that starts at `from`: a blank line, unless the blank
// only surrounds a page header inside the paragraph.
std::size_t paragraphEnd(std::string_view body, std::size_t from, bool skipLeadingBlanks) {
  std::size_t pos = from;
  std::string_view line;
  bool seenText = !skipLeadingBlanks;
  while (true) {
    std::size_t lineStart = pos;
    if (!nextLine(body, pos, line)) return body.size();
    std::string_view text = trim(line);
    if (!seenText) {
      if (!text.empty() && !isRuleLine(text)) seenText = true;
      continue;
    }
    if (!text.empty() && !isLayoutLine(line)) {
      if (lineStart != from && isParagraphBoundary(line)) return lineStart;
      continue;
    }
    // A blank (or page header): look past blanks, page headers and markers.
    bool layoutSeen = !text.empty();
    std::size_t ahead = pos;
    std::string_view next;
    std::size_t nextStart = ahead;
    bool found = false;
    while (nextLine(body, ahead, next)) {
      std::string_view nextText = trim(next);
      if (nextText.empty()) {
        nextStart = ahead;
        continue;
      }
      if (isLayoutLine(next)) {
        layoutSeen = true;
        nextStart = ahead;
        continue;
      }
      found = true;
      nextStart = static_cast<std::size_t>(next.data() - body.data());
      break;
    }
    if (!found) return body.size();
    if (!layoutSeen || isParagraphBoundary(next)) return lineStart;
    pos = nextStart;
  }
}

// "Begin Summary", "Introduction and Summary": where a label that ends with
// the word SUMMARY at `at` really begins.
std::size_t labelBeginning(std::string_view body, std::size_t at, std::size_t lineStart) {
  for (std::string_view lead : {"BEGIN UNCLASSIFIED ", "BEGIN ", "EXECUTIVE ", "INTRODUCTION AND ",
                                "INTRODUCTION & ", "BACKGROUND AND "})
    if (at >= lineStart + lead.size() && equalsNoCase(body.substr(at - lead.size(), lead.size()), lead))
      return at - lead.size();
  return at;
}

// Length of a run of at least four rule dashes at the start of `text`
// (after spaces), or 0.
std::size_t ruleLength(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  std::size_t dashes = i;
  while (i < text.size() && (text[i] == '-' || text[i] == '=')) ++i;
  return i - dashes >= 4 ? i : 0;
}

// A "Summary" heading whose line break was lost before it, underlined by
// a rule: "...reasons 1.4 b and d Summary -------" (08BRASILIA707), or
// "...in Mendoza Summary\n-------- 1.  Ambassador visited" (08BUENOSAIRES858).
bool matchUnderlinedHeading(std::string_view body, std::size_t lineStart, std::size_t lineEnd,
                            std::size_t at, SummaryStart& start) {
  if (at == lineStart || !isAsciiSpace(body[at - 1]) || body[at] != 'S' ||
      (isAsciiLower(body[at + 1]) != isAsciiLower(body[at + 6])))
    return false;
  std::string_view after = body.substr(at + 7, lineEnd - at - 7);
  if (!trim(after).empty()) {
    std::size_t rule = ruleLength(after);
    if (rule == 0 || !trim(after.substr(rule)).empty()) return false;
    start = {lineEnd, true};
    return true;
  }
  std::size_t next = body.find('\n', lineEnd);
  std::string_view nextLineText;
  if (next == std::string_view::npos || !nextLine(body, ++next, nextLineText)) return false;
  std::size_t rule = ruleLength(nextLineText);
  if (rule == 0) return false;
  std::size_t nextStart = static_cast<std::size_t>(nextLineText.data() - body.data());
  bool textOnTheRuleLine = !trim(nextLineText.substr(rule)).empty();
  start = {textOnTheRuleLine ? nextStart + rule : nextStart + nextLineText.size(), !textOnTheRuleLine};
  return true;
}

// Bodies that lost their line breaks carry the label mid-line: after a
// paragraph opening ("... ¶1. (C) Summary: ...") or a dash rule
// ("...(D) ------- Summary -------"), or before an underline.
bool matchMidLineSummary(std::string_view body, std::string_view line, std::size_t lineStart,
                         std::size_t at, SummaryStart& start) {
  std::size_t labelAt = labelBeginning(body, at, lineStart);
  if (labelAt == lineStart) return false;
  std::size_t opening = paragraphOpeningBefore(body, labelAt, lineStart);
  if (opening == std::string_view::npos) {
    std::size_t before = labelAt;
    while (before > lineStart && isAsciiSpace(body[before - 1])) --before;
    if (before < lineStart + 3 || body.substr(before - 3, 3) != "---")
      return labelAt == at && matchUnderlinedHeading(body, lineStart, lineStart + line.size(), at, start);
    opening = labelAt;
  }
  return matchSummaryLine(line.substr(opening - lineStart), opening, start);
}

// Start of the first numbered paragraph ("1. (C) ...", "¶1. ...") in `body`.
std::size_t firstParagraphStart(std::string_view body) {
  std::size_t pos = 0;
  std::string_view line;
  while (true) {
    std::size_t lineStart = pos;
    if (!nextLine(body, pos, line)) return std::string_view::npos;
    if (isNumberedParagraphStart(line)) return lineStart;
  }
}

// "Summary\n-------\n\n1. (U) Summary: The GOC announced..." (08BOGOTA800):
// the paragraph under a heading can open with the label again; the text
// starts after it.
void labelUnderHeading(std::string_view body, SummaryStart& start) {
  std::size_t pos = start.textStart;
  std::string_view line;
  while (true) {
    std::size_t lineStart = pos;
    if (!nextLine(body, pos, line)) return;
    std::string_view text = trim(line);
    if (text.empty() || isRuleLine(text) || isLayoutLine(line)) continue;
    SummaryStart inner;
    if (matchSummaryLine(line, lineStart, inner) && !inner.heading) start = inner;
    return;
  }
}

}  // namespace

void parseSummary(std::string_view body, Cable& cable) {
  // Only lines holding the word can open a summary: find the word at memchr
  // speed, then look at its line.
  SummaryStart start;
  bool found = false;
  std::size_t triedLine = std::string_view::npos;
  for (std::size_t at = findNoCase(body, "SUMMARY"); at != std::string_view::npos && !found;
       at = findNoCase(body, "SUMMARY", at + 7)) {
    std::size_t lineStart = 0;
    std::string_view line = lineAround(body, at, lineStart);
    if (lineStart != triedLine) {
      triedLine = lineStart;
      found = !followsEndWord(body, lineStart) && matchSummaryLine(line, lineStart, start);
      if (found) break;
    }
    found = matchMidLineSummary(body, line, lineStart, at, start);
  }
  std::string_view station = ReferenceId(cable.ref_id).station();
  if (!found) {
    // No label, but "End summary." closes the opening paragraph(s).
    std::size_t end = findSummaryEnd(body);
    if (end == std::string_view::npos) return;
    std::size_t first = firstParagraphStart(body.substr(0, end));
    if (first == std::string_view::npos || end - first > kMaxSummaryLength) return;
    cable.summary = cleanSummary(body.substr(first, end - first), station);
    return;
  }
  if (start.heading) labelUnderHeading(body, start);
  std::string_view rest = body.substr(std::min(start.textStart, body.size()));
  std::size_t end = findSummaryEnd(rest.substr(0, std::min(rest.size(), kMaxSummaryLength)));
  if (end == std::string_view::npos) end = paragraphEnd(rest, 0, start.heading);
  cable.summary = cleanSummary(rest.substr(0, end), station);
}

}  // namespace cablecat
