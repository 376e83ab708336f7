// Body fields: the summary paragraph(s) and the signer's surname at the end.
#include "body_parser.h"

#include <vector>

#include "field_text.h"
#include "text_lines.h"

namespace cablecat {

using namespace field_text;

namespace {

// ---------------------------------------------------------------- summary

// How far an "End summary" may sit from its label: further away it belongs
// to something else and the summary is the opening paragraph alone.
constexpr std::size_t kMaxSummaryLength = 12000;

struct SummaryStart {
  std::size_t textStart = 0;  // first byte of the summary text
  bool heading = false;       // label alone on its line: text starts below
};

// Length of a summary label at the start of `text` ("Summary", "SUMMARY AND
// COMMENT", "BEGIN SUMMARY", "Executive Summary"), or 0.
std::size_t summaryLabelLength(std::string_view text) {
  std::size_t length = 0;
  for (std::string_view label : {"BEGIN SUMMARY", "EXECUTIVE SUMMARY", "INTRODUCTION AND SUMMARY",
                                 "INTRODUCTION & SUMMARY", "BACKGROUND AND SUMMARY", "SUMMARY"})
    if (startsWithNoCase(text, label)) {
      length = label.size();
      break;
    }
  if (length == 0) return 0;
  for (std::string_view tail : {" AND COMMENT", " & COMMENT", "/COMMENT", " AND COMMENTS",
                                " AND ACTION REQUEST", " AND INTRODUCTION", " AND OVERVIEW",
                                "/INTRODUCTION", " AND BACKGROUND"}) {
    if (startsWithNoCase(text.substr(length), tail)) {
      std::size_t end = length + tail.size();
      if (end >= text.size() || !isAsciiLetter(text[end])) {
        length = end;
        break;
      }
    }
  }
  if (length < text.size() && isAsciiLetter(text[length])) return 0;  // "Summarys", "SUMMARYof"
  return length;
}

// Recognizes "1. (C) Summary: text", "Summary and Comment. text",
// "BEGIN SUMMARY: text", and a "Summary" heading line.
bool matchSummaryLine(std::string_view line, std::size_t lineOffset, SummaryStart& start) {
  std::string_view trimmed = trim(line);
  std::string_view text = stripParagraphPrefix(trimmed);
  // "I. Summary", "A. Summary": outline numbering.
  if (text.size() > 3 && isAsciiUpper(text[0]) && text[1] == '.' && text[2] == ' ')
    text = trim(text.substr(2));
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
  if (mark != ':' && mark != '.' && mark != '-' && mark != ';' && mark != '=' && !markingAfterLabel)
    return false;
  while (skip < rest.size() && (rest[skip] == ':' || rest[skip] == '.' || rest[skip] == '-' ||
                                rest[skip] == ';' || rest[skip] == '=' || isAsciiSpace(rest[skip])))
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

// Offset of "End summary" / "END OF SUMMARY" / "End  Summmary" in `text`, or npos.
// Moves `before` back over `word` (any case) and the whitespace before it,
// when the text ending at `before` is that word.
bool backOverWord(std::string_view text, std::size_t& before, std::string_view word) {
  if (before < word.size() || !equalsNoCase(text.substr(before - word.size(), word.size()), word))
    return false;
  std::size_t start = before - word.size();
  if (start > 0 && isAsciiLetter(text[start - 1])) return false;  // "SPEND", "LEND"
  before = start;
  while (before > 0 && isAsciiSpace(text[before - 1])) --before;
  return true;
}

std::size_t findSummaryEnd(std::string_view text) {
  for (std::size_t at = findNoCase(text, "SUMM"); at != std::string_view::npos;
       at = findNoCase(text, "SUMM", at + 4)) {
    std::size_t before = at;
    while (before > 0 && isAsciiSpace(text[before - 1])) --before;
    if (before == at) continue;  // "ENDSUMMARY" is not written
    // "End Introduction and Summary", "End of Summary".
    std::size_t words = before;
    if ((backOverWord(text, words, "AND") || backOverWord(text, words, "&")) &&
        backOverWord(text, words, "INTRODUCTION"))
      before = words;
    words = before;
    if (backOverWord(text, words, "OF")) before = words;
    std::size_t end = before;
    if (!backOverWord(text, end, "END")) continue;
    return before - 3;
  }
  return std::string_view::npos;
}

bool isParagraphBoundary(std::string_view line) {
  std::string_view text = trim(line);
  return isNumberedParagraphStart(text) || isRuleLine(text) || text.substr(0, 2) == "\xC2\xB6";
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

// "... first part. ¶2. (C) Second part": paragraph openings inside a summary
// of a body that lost its line breaks.
void eraseInlineParagraphOpenings(std::string& text) {
  std::size_t at = 0;
  while ((at = text.find("\xC2\xB6", at)) != std::string::npos) {
    std::string_view rest = std::string_view(text).substr(at);
    std::string_view after = stripParagraphPrefix(rest);
    std::size_t end = at + (rest.size() - after.size());
    std::size_t from = at;
    while (from > 0 && text[from - 1] == ' ') --from;
    text.erase(from, end - from);
    if (from > 0 && from < text.size()) text.insert(from, 1, ' ');
    at = from;
  }
}

std::string cleanSummary(std::string_view text, std::string_view station) {
  std::string joined;
  joined.reserve(text.size());
  std::size_t pos = 0;
  std::string_view line;
  while (nextLine(text, pos, line)) {
    if (isLayoutLine(line) || isRuleLine(line)) continue;
    std::string_view content = trim(line);
    while (!content.empty() && content.back() == '\\') content = trim(content.substr(0, content.size() - 1));
    if (isNumberedParagraphStart(content)) content = stripParagraphPrefix(content);
    joined.append(content);
    joined.push_back(' ');
  }
  eraseSipdisWords(joined);
  erasePageBreakText(joined, station);
  std::string summary = collapseAsciiSpaces(joined);
  eraseInlineParagraphOpenings(summary);
  // Openers and closers left from "Summary: (C)" or "(End summary)".
  std::string_view view = stripParagraphPrefix(summary);
  while (!view.empty() && (view.front() == ':' || view.front() == '-' || view.front() == '.' ||
                           view.front() == ' '))
    view.remove_prefix(1);
  while (!view.empty() && (view.back() == '(' || view.back() == '-' || view.back() == ' ' ||
                           view.back() == '[' || view.back() == '*'))
    view.remove_suffix(1);
  return std::string(view);
}

// "Begin Summary", "Introduction and Summary": where a label that ends with
// the word SUMMARY at `at` really begins.
std::size_t labelBeginning(std::string_view body, std::size_t at, std::size_t lineStart) {
  for (std::string_view lead : {"BEGIN ", "EXECUTIVE ", "INTRODUCTION AND ", "INTRODUCTION & ",
                                "BACKGROUND AND "})
    if (at >= lineStart + lead.size() && equalsNoCase(body.substr(at - lead.size(), lead.size()), lead))
      return at - lead.size();
  return at;
}

// Bodies that lost their line breaks carry the label mid-line: after a
// paragraph opening ("... ¶1. (C) Summary: ...") or a dash rule
// ("...(D) ------- Summary -------").
bool matchMidLineSummary(std::string_view body, std::string_view line, std::size_t lineStart,
                         std::size_t at, SummaryStart& start) {
  std::size_t labelAt = labelBeginning(body, at, lineStart);
  if (labelAt == lineStart) return false;
  std::size_t opening = paragraphOpeningBefore(body, labelAt, lineStart);
  if (opening == std::string_view::npos) {
    std::size_t before = labelAt;
    while (before > lineStart && isAsciiSpace(body[before - 1])) --before;
    if (before < lineStart + 3 || body.substr(before - 3, 3) != "---") return false;
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

// ---------------------------------------------------------------- signers

bool isNameParticle(std::string_view word) {
  for (std::string_view particle : {"van", "von", "de", "del", "da", "der", "la", "le", "di", "du"})
    if (word == particle) return true;
  return false;
}

// Words that close a cable but are not names.
bool isClosingWord(std::string_view upperLine) {
  for (std::string_view word :
       {"END", "COMMENT", "END COMMENT", "END TEXT", "END CABLE TEXT", "END OF TEXT", "TEXT", "QUOTE",
        "UNQUOTE", "END QUOTE", "THANKS", "REGARDS", "THANK YOU", "BT", "NNNN", "SIPDIS", "NOFORN",
        "SENSITIVE", "EXDIS", "LIMDIS", "NODIS", "EXEMPT", "UNCLAS", "UNCLASSIFIED", "CONFIDENTIAL",
        "SECRET", "MINIMIZE CONSIDERED", "WIKILEAKS", "DECLASSIFIED", "NOTE", "ACTION", "INFO",
        "FYI", "TEXT ENDS", "END NOTE", "AMEN", "ENDS"})
    if (upperLine == word) return true;
  return false;
}

// Plain loops for the tail-line tests below: find_first_of and friends call
// memchr once per byte of the line, and these run on every line the signer
// search walks back over.
bool hasDigit(std::string_view text) {
  for (char c : text)
    if (isAsciiDigit(c)) return true;
  return false;
}

// Only dots, stars, quotes, backslashes, commas and spaces (or nothing).
bool isOnlyPunctuation(std::string_view text) {
  for (char c : text)
    if (c != '.' && c != '*' && c != '"' && c != '\\' && c != ',' && c != ' ') return false;
  return true;
}

// " @ " (a mail footer), found by its rare '@'.
bool hasSpacedAt(std::string_view text) {
  for (std::size_t at = text.find('@', 1); at != std::string_view::npos; at = text.find('@', at + 1))
    if (at + 1 < text.size() && text[at - 1] == ' ' && text[at + 1] == ' ') return true;
  return false;
}

// How much of the last line(s) the signer search reads.
constexpr std::size_t kMaxTailLine = 2000;

// Lines after the signer that are transmission layout, never the signer.
// `text` without spaces and ignoring case starts with `word`, and has no
// digit: "C O N F I D E N T I A L", "SECRET//NOFORN".
bool isClassificationLine(std::string_view text) {
  if (hasDigit(text)) return false;
  for (std::string_view classification :
       {"UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "TOPSECRET", "LIMITEDOFFICIALUSE"}) {
    std::size_t matched = 0;
    for (std::size_t i = 0; i < text.size() && matched < classification.size(); ++i) {
      if (text[i] == ' ') continue;
      char c = isAsciiLower(text[i]) ? static_cast<char>(text[i] - 'a' + 'A') : text[i];
      if (c != classification[matched]) break;
      ++matched;
    }
    if (matched == classification.size()) return true;
  }
  return false;
}

bool isTrailerLine(std::string_view line) {
  std::string_view text = trim(line);
  if (text.empty() || isRuleLine(text) || isLayoutLine(line)) return true;
  if (text.size() > 100) return false;  // running text (trailers are short)
  if (isOnlyPunctuation(text)) return true;
  for (std::string_view whole : {"NNNN", "NNN", "BT", "END OF TEXT", "WIKILEAKS"})
    if (equalsNoCase(text, whole)) return true;
  for (std::string_view start : {"DECLASSIFIED/RELEASED", "SYSTEMATIC REVIEW"})
    if (startsWithNoCase(text, start)) return true;
  if (startsWithNoCase(text, "REVIEW ") && hasDigit(text))
    return true;  // "Review 30 JUN 2006", the stamp's second line
  if (findNoCase(text, "CABLE ENDS") != std::string_view::npos ||
      findNoCase(text, "MISSING SECTION") != std::string_view::npos ||
      hasSpacedAt(text))
    return true;
  if (text.front() == '#') return true;  // "#2327"
  return isClassificationLine(text);
}

// Drops what dumps glued after the text: CSV quotes and backslashes, and the
// " 0 11/30/2007" of a raw database row.
std::string_view cleanTailLine(std::string_view line) {
  std::string_view text = trim(line);
  while (!text.empty() && (text.back() == '"' || text.back() == '\\' || text.back() == ',' ||
                           isAsciiSpace(text.back())))
    text.remove_suffix(1);
  // " 0 MM/DD/YYYY"
  if (text.size() > 14) {
    std::string_view suffix = text.substr(text.size() - 13);
    bool dbSuffix = suffix.substr(0, 3) == " 0 " && isAsciiDigit(suffix.back());
    if (dbSuffix && suffix.find('/') != std::string_view::npos) text = trim(text.substr(0, text.size() - 13));
    else if (text.size() > 13 && text.substr(text.size() - 12, 3) == " 0 " && isAsciiDigit(text.back()) &&
             text.substr(text.size() - 12).find('/') != std::string_view::npos)
      text = trim(text.substr(0, text.size() - 12));
  }
  return text;
}

// Trailing dots after a surname: "SUSMAN.", "Susman..", "CRETZ .".
std::string_view dropSignerDots(std::string_view text) {
  std::string_view word = text;
  std::size_t dots = 0;
  while (!word.empty() && (word.back() == '.' || word.back() == ' ')) {
    if (word.back() == '.') ++dots;
    word.remove_suffix(1);
  }
  if (dots == 0 || word.empty()) return text;
  bool upper = true;
  for (char c : word) upper = upper && !isAsciiLower(c);
  bool spacedDot = text.size() > word.size() && text[word.size()] == ' ';
  return (upper || dots >= 2 || spacedDot) ? word : text;
}

bool isNameParticleOrSuffix(std::string_view word) {
  return isNameParticle(word) || word == "jr" || word == "jr.";
}

// "ORDWAY", "VAN VOORST", "van Voorst", "Thompson-Jones", "TIMKEN JR".
bool isSignerLine(std::string_view line, bool requireUpper) {
  std::string_view text = trim(line);
  if (text.size() < 2 || text.size() > 40) return false;
  std::size_t words = 0;
  bool allUpper = true;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos >= text.size()) break;
    std::size_t end = pos;
    while (end < text.size() && text[end] != ' ') ++end;
    std::string_view word = text.substr(pos, end - pos);
    pos = end;
    ++words;
    for (char c : word)
      if (!isAsciiLetter(c) && c != '\'' && c != '-' && c != '.' && c != '/') return false;
    if (!isAsciiLetter(word.front())) return false;
    for (char c : word)
      if (isAsciiLower(c)) allUpper = false;
    if (!isAsciiUpper(word.front()) && !isNameParticleOrSuffix(word)) return false;
    // "COMMENT. KELLY": a full stop ends a sentence, except after an initial or JR.
    if (word.back() == '.' && word.size() > 2 && !equalsNoCase(word, "JR.")) return false;
  }
  if (words == 0 || words > 3) return false;
  if (requireUpper && !allUpper) return false;
  if (text.back() == '.' && !(text.size() >= 3 && equalsNoCase(text.substr(text.size() - 3), "JR.")))
    return false;
  std::string upper = toUpper(text);
  if (isClosingWord(upper)) return false;
  if (upper.find_first_not_of("X") == std::string::npos) return false;  // redaction
  return upper.size() >= 2;
}

void addSigners(std::string_view text, Cable& cable) {
  std::string upper = collapseAsciiSpaces(toUpper(trim(text)));
  // "CRETZ  CRETZ": the same surname typed twice.
  std::size_t half = upper.size() / 2;
  if (upper.size() % 2 == 1 && upper[half] == ' ' && upper.compare(0, half, upper, half + 1) == 0)
    upper.resize(half);
  std::size_t start = 0;
  while (start <= upper.size()) {
    std::size_t slash = upper.find('/', start);
    if (slash == std::string::npos) slash = upper.size();
    std::string name(trim(std::string_view(upper).substr(start, slash - start)));
    bool duplicate = false;
    for (const std::string& signer : cable.signers) duplicate = duplicate || signer == name;
    if (!name.empty() && !duplicate) cable.signers.push_back(name);
    start = slash + 1;
  }
}

// What may stand right before a surname glued onto the last text line: the
// end of a sentence, a redaction, a page header's digits, a web address.
bool endsBeforeGluedSigner(std::string_view before) {
  if (before.empty()) return false;
  char end = before.back();
  if (end == '.' || end == '!' || end == '?' || end == '"' || end == ')' || end == ']' ||
      end == '\'' || end == '*' || isAsciiDigit(end))
    return true;
  std::size_t space = before.rfind(' ');
  std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
  std::size_t redacted = 0;
  while (redacted < word.size() && (word[word.size() - 1 - redacted] == 'X' || word[word.size() - 1 - redacted] == 'x'))
    ++redacted;
  if (redacted >= 6) return true;  // "Website: XXXXXXXXXXXX" and "Website:XXXXXXXXXXXX"
  if (word == "cfm" || word == "htm" || word == "html" || word.find('/') != std::string_view::npos)
    return true;
  return equalsNoCase(word, "COMMENT");
}

// "...in Helmand. End comment. CRETZ": a surname glued after the last sentence.
bool takeGluedSigner(std::string_view line, Cable& cable) {
  std::string_view text = dropSignerDots(trim(line));
  std::size_t space = text.rfind(' ');
  std::string_view word = space == std::string_view::npos ? text : text.substr(space + 1);
  std::string_view before = space == std::string_view::npos ? std::string_view() : trim(text.substr(0, space));
  // "XXXXXXXXXXXXTUTTLE": the surname glued to a redaction.
  std::size_t xs = 0;
  while (xs < word.size() && word[xs] == 'X') ++xs;
  if (xs >= 6 && xs < word.size()) {
    before = word.substr(0, xs);
    word = word.substr(xs);
  }
  // Two-letter surnames ("LU") only right after a full stop.
  bool shortAfterStop = word.size() == 2 && !before.empty() && before.back() == '.' &&
                        isAsciiUpper(word[0]) && isAsciiUpper(word[1]);
  if ((word.size() < 3 && !shortAfterStop) || !endsBeforeGluedSigner(before)) return false;
  if (!isSignerLine(word, false)) return false;
  // A mixed-case word glued to text is a surname only when capitalized.
  bool upper = true;
  for (char c : word) upper = upper && !isAsciiLower(c);
  if (!upper && !(isAsciiUpper(word[0]) && word.size() >= 4)) return false;
  addSigners(word, cable);
  return true;
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
      found = matchSummaryLine(line, lineStart, start);
      if (found) break;
    }
    found = matchMidLineSummary(body, line, lineStart, at, start);
  }
  std::string_view station = stationOfReferenceId(cable.ref_id);
  if (!found) {
    // No label, but "End summary." closes the opening paragraph(s).
    std::size_t end = findSummaryEnd(body);
    if (end == std::string_view::npos) return;
    std::size_t first = firstParagraphStart(body.substr(0, end));
    if (first == std::string_view::npos || end - first > kMaxSummaryLength) return;
    cable.summary = cleanSummary(body.substr(first, end - first), station);
    return;
  }
  std::string_view rest = body.substr(std::min(start.textStart, body.size()));
  std::size_t end = findSummaryEnd(rest.substr(0, std::min(rest.size(), kMaxSummaryLength)));
  if (end == std::string_view::npos) end = paragraphEnd(rest, 0, start.heading);
  cable.summary = cleanSummary(rest.substr(0, end), station);
}

void parseSigners(std::string_view body, Cable& cable) {
  // The last lines, from the end, skipping transmission trailers.
  std::vector<std::string_view> tail;
  std::size_t end = body.size();
  for (std::size_t scanned = 0; end > 0 && tail.size() < 4 && scanned < 40; ++scanned) {
    // Only the end of a very long line matters (bodies without line breaks).
    std::size_t windowStart = end > kMaxTailLine ? end - kMaxTailLine : 0;
    std::size_t newline = findLast(body.substr(windowStart, end - windowStart), '\n');
    std::size_t begin = newline == std::string_view::npos ? windowStart : windowStart + newline + 1;
    bool truncated = newline == std::string_view::npos && windowStart > 0;
    std::string_view line = cleanTailLine(body.substr(begin, end - begin));
    std::string_view lineEnd = line.substr(line.size() > 100 ? line.size() - 100 : 0);
    if (tail.empty() && findNoCase(lineEnd, "MISSING SECTION") != std::string_view::npos)
      return;  // the end of the cable is lost, and its signer with it
    if (equalsNoCase(line, "END CABLE TEXT")) {
      tail.clear();  // what follows is a mail program's footer
    } else if (!isTrailerLine(line)) {
      tail.push_back(line);
    } else if (!tail.empty() && line.empty()) {
      tail.push_back({});  // a blank line separates the signer block
    }
    if (begin == 0 || truncated) break;
    end = begin - 1;
  }
  if (tail.empty()) return;
  std::string_view last = dropSignerDots(tail[0]);
  if (isSignerLine(last, false)) {
    // A second signer above, alone in an upper-case block ("RICE" / "KHALILZAD").
    bool secondAbove = tail.size() >= 2 && isSignerLine(tail[1], true) && isSignerLine(last, true) &&
                       (tail.size() == 2 || tail[2].empty());
    if (secondAbove) addSigners(tail[1], cable);
    addSigners(last, cable);
    return;
  }
  takeGluedSigner(tail[0], cable);
}

}  // namespace cablecat
