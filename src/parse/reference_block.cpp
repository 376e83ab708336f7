// Finds where a REF list starts and ends, line by line, before paragraph 1.
#include "reference_block.h"

#include <array>

#include "ascii.h"
#include "reference_bullets.h"
#include "reference_layout.h"
#include "reference_list_end.h"
#include "reference_list_lines.h"
#include "reference_tokens.h"
#include "text_lines.h"

namespace cablecat {

namespace {

constexpr std::size_t kMaxLinesBeforeParagraphOne = 160;

std::string_view skipSpaces(std::string_view text) {
  while (!text.empty() && isSpaceWithinLine(text.front())) text.remove_prefix(1);
  return text;
}

// "REF B: GENEVA 2355" after "REF A: GENEVA 2373", "REFTEL B: LONDON 567",
// "REF: C. STATE 3" after "REF: A. STATE 1 B. STATE 2": a label before any
// letter but A carries on the same list.
bool isLabelledNextItem(std::string_view text) {
  std::size_t end = referenceLabelEnd(text);
  if (end == std::string_view::npos) return false;
  std::string_view rest = skipSpaces(text.substr(end));
  char letter = 0;
  if (startsWithBullet(rest, letter)) return letter != 'A';
  return startsWithBareBullet(rest) && rest[0] != 'A' && rest[0] != 'a';
}

// "(NOTAL)", "(A,B)", "(A-C)" before the colon of a label: a note on the
// whole list, not a bullet. Length up to the colon, or 0.
std::size_t labelNoteLength(std::string_view text) {
  std::string_view rest = skipSpaces(text);
  std::size_t close = rest.find(')');
  // "REF (A): STATE 1234" is bullet A.
  if (rest.empty() || rest[0] != '(' || close == std::string_view::npos || close < 3 || close > 24) return 0;
  for (char c : rest.substr(1, close - 1))
    if (!isAsciiLetter(c) && c != ',' && c != '-' && c != '&' && c != ' ') return 0;
  std::size_t after = close + 1;
  while (after < rest.size() && isSpaceWithinLine(rest[after])) ++after;
  if (after >= rest.size() || rest[after] != ':') return 0;
  return static_cast<std::size_t>(rest.data() - text.data()) + after;
}

// "A AND B", "A-C", "(A) THROUGH (C)" before the colon of "REFTELS A AND B:":
// the letters the list will use, which are no item. Length of that text, or 0.
std::size_t letterSetLength(std::string_view text) {
  if (std::size_t note = labelNoteLength(text)) return note;
  auto tokens = tokenizeReferenceText(text);
  std::size_t k = 0, letters = 0;
  while (k < tokens.size()) {
    bool parenthesized = isPunctToken(tokens[k], '(') && k + 2 < tokens.size() && isPunctToken(tokens[k + 2], ')');
    std::size_t letterAt = parenthesized ? k + 1 : k;
    if (letterAt >= tokens.size() || !isWordToken(tokens[letterAt]) || tokens[letterAt].text.size() != 1) break;
    ++letters;
    k = letterAt + (parenthesized ? 2 : 1);
    if (k < tokens.size() && isPunctToken(tokens[k], ':'))
      return letters >= 2 ? tokens[k].begin : 0;
    bool joined = false;
    while (k < tokens.size() && (isPunctToken(tokens[k], ',') || isPunctToken(tokens[k], '-') ||
                                 isPunctToken(tokens[k], '&') || tokenIs(tokens[k], "AND") ||
                                 tokenIs(tokens[k], "THROUGH") || tokenIs(tokens[k], "THRU"))) {
      joined = true;
      ++k;
    }
    if (!joined) break;
  }
  return 0;
}

// Reads a body line by line without splitting all of it; one line of push-back.
class LineCursor {
 public:
  explicit LineCursor(std::string_view body) : body_(body) {}

  bool next(TextLine& line) {
    if (position_ >= body_.size()) return false;
    previousPosition_ = position_;
    std::size_t end = body_.find('\n', position_);
    if (end == std::string_view::npos) end = body_.size();
    std::string_view text = body_.substr(position_, end - position_);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    line = {text, ++number_};
    position_ = end + 1;
    return true;
  }
  void back() {
    position_ = previousPosition_;
    --number_;
  }
  std::size_t number() const { return number_; }

 private:
  std::string_view body_;
  std::size_t position_ = 0;
  std::size_t previousPosition_ = 0;
  std::size_t number_ = 0;
};

bool isLabelWordEnd(std::string_view line, std::size_t at) {
  return at >= line.size() || !(isAsciiLetter(line[at]) || isAsciiDigit(line[at]));
}

// The text after a label starts a list: a citation or a bullet.
bool listFollows(std::string_view rest) {
  rest = skipSpaces(rest);
  char letter = 0;
  return startsWithCableCitation(rest) || startsWithBullet(rest, letter);
}

// "SENSITIVE SIPDIS REF LONDON 01170": handling markers run into the label.
bool endsWithHandlingMarker(std::string_view before) {
  while (!before.empty() && isSpaceWithinLine(before.back())) before.remove_suffix(1);
  for (std::string_view marker : {std::string_view("SIPDIS"), std::string_view("SENSITIVE"),
                                  std::string_view("NOFORN")})
    if (before.size() >= marker.size() && before.substr(before.size() - marker.size()) == marker &&
        (before.size() == marker.size() || !isAsciiLetter(before[before.size() - marker.size() - 1])))
      return true;
  return false;
}

// Whether a REF label starts at `at` of a line that holds other text first.
bool isGluedLabelAt(std::string_view line, std::size_t at) {
  if (at == 0) return false;
  std::size_t end = referenceLabelEnd(line.substr(at));
  if (end == std::string_view::npos) return false;
  bool colon = line.substr(at, end).find(':') != std::string_view::npos;
  char before = line[at - 1];
  if (colon && before == ' ') return true;
  if (!listFollows(line.substr(at + end))) return false;
  // Glued to the subject's last word: "...AS UK PRIMEREF: A. LONDON 1939",
  // "...VISIT TO EGYPTREF: CAIRO 493".
  if (colon) return isAsciiUpper(before);
  return before == ' ' && endsWithHandlingMarker(line.substr(0, at));
}

// A label glued to the end of another line: "SUBJECT: ... REF: TBILISI 1372",
// or a wrapped subject's second line. On SUBJECT lines any case counts; on
// other lines only the capitalized "REF:" forms, so prose is left alone.
std::size_t gluedLabelStart(std::string_view line) {
  std::size_t best = std::string_view::npos;
  if (startsWithNoCase(line, "SUBJ")) {
    for (std::size_t at = findNoCase(line, "REF"); at != std::string_view::npos; at = findNoCase(line, "REF", at + 1))
      if (isGluedLabelAt(line, at)) {
        best = at;
        break;
      }
  } else {
    // Cheap searches, since this runs on every line before paragraph 1.
    for (std::string_view word : {std::string_view("REF"), std::string_view("Ref")})
      for (std::size_t at = line.find(word); at != std::string_view::npos && at < best; at = line.find(word, at + 1))
        if (isGluedLabelAt(line, at)) {
          best = at;
          break;
        }
  }
  if (best == std::string_view::npos) return best;
  // Past paragraph 1 of a flattened body "Ref:" is quoted text; past
  // "Classified By" only a list that opens with a citation or bullet counts
  // ("... Reasons 1.4 (b) and (d). REF: A) STATE 91633, B) BRASILIA 1170").
  std::string_view before = line.substr(0, best);
  if (before.find(" 1. (") != std::string_view::npos || before.find("1.(") != std::string_view::npos)
    return std::string_view::npos;
  if (findNoCase(before, "CLASSIFIED BY") != std::string_view::npos &&
      !listFollows(line.substr(best + referenceLabelEnd(line.substr(best)))))
    return std::string_view::npos;
  return best;
}

// "-      (B) 03 State 348254", "-- ROME 5678", "* ROME 5678": a dash or star
// before an item; a line of dashes under a heading stays as it is.
std::string_view withoutItemDash(std::string_view text) {
  if (!text.empty() && text[0] == '-' && text.size() > 1 && text[1] != '-') return skipSpaces(text.substr(1));
  std::size_t marks = 0;
  while (marks < text.size() && marks < 2 && (text[marks] == '-' || text[marks] == '*')) ++marks;
  std::string_view rest = skipSpaces(text.substr(marks));
  return marks > 0 && rest.size() < text.size() - marks && startsWithCableCitation(rest) ? rest : text;
}

// Reads one REF list, from the text after its label to the line that ends
// it; the cursor is left on that line for the search for further labels.
class ListReader {
 public:
  ListReader(LineCursor& lines, std::size_t labelLine) : lines_(lines) { block_.line = labelLine; }

  ReferenceBlock read(std::string_view first) {
    bool ended = append(first, false);
    lastNumber_ = lastNumberedItem(skipSpaces(first));
    TextLine following{};
    while (!ended && lines_.next(following)) {
      std::string_view raw = following.text;
      if (isPageBreakLine(raw) || isHandlingMarkerLine(raw) || isSectionHeaderLine(raw)) continue;
      std::string_view text = withoutItemDash(cleanReferenceLine(raw));
      if (text.empty()) {
        sawBlank_ = true;
        continue;
      }
      if (!continues(text)) {
        lines_.back();  // the outer search looks at this line again
        break;
      }
      ended = append(text, true);
      sawBlank_ = false;
    }
    eraseInlinePageHeaders(block_.text);
    return std::move(block_);
  }

 private:
  // Appends a line up to where the list ends inside it; true when it ended there.
  bool append(std::string_view text, bool newLine) {
    std::size_t cut = inlineEnd(text);
    if (newLine) block_.text.push_back('\n');
    appendWithoutPilcrows(block_.text, text.substr(0, cut));
    previous_ = text.substr(0, cut);
    openParentheses_ = openParenthesesAfter(previous_, openParentheses_);
    return cut < text.size();
  }

  // Whether a line after the label's line continues the list.
  bool continues(std::string_view text) {
    // "REFS: 1. 07 STATE 1234 / 2. STATE 5678": the next number of a
    // numbered list, or its first item under a label on its own line.
    int number = numberedItemAt(text);
    if (number > 0 && (lastNumber_ > 0 ? number > lastNumber_ : number == 1 && trim(block_.text).empty())) {
      lastNumber_ = lastNumberedItem(text);
      return true;
    }
    if (endsReferenceList(text) || (referenceLabelEnd(text) != std::string_view::npos && !isLabelledNextItem(text)))
      return false;
    return continuesList(text);
  }

  // A wrapped item's continuation is a short line; a long non-cable item
  // wraps from a line this long at least.
  static constexpr std::size_t kLongestContinuation = 70;
  static constexpr std::size_t kLongestWrappedTail = 60;
  static constexpr std::size_t kShortestWrappingLine = 55;

  bool continuesList(std::string_view text) const {
    char letter = 0;
    if (startsWithCableCitation(text) || startsWithBareBullet(text) || isLabelledNextItem(text)) return true;
    // After a blank line only the list's next letter goes on, and not as
    // running prose: "A. Background: the visit was planned for May", "A. THE
    // MINISTER SAID ..." and "I. SUMMARY" open the body.
    if (startsWithBullet(text, letter))
      return !sawBlank_ || (letter == nextLetter() && proseStart(text) == text.size());
    bool onlyDigits = true;
    for (char c : text) onlyDigits = onlyDigits && (isAsciiDigit(c) || c == ',' || c == ' ' || c == ';');
    std::string_view previous = trim(previous_);
    if (onlyDigits && endsWithStationName(previous)) return true;  // "C. COPENHAGEN" / "00072"
    if (sawBlank_) return false;
    char tail = previous.empty() ? ' ' : previous.back();
    if (tail == '-' || tail == ',' || tail == '/' || tail == '&' || endsWithJoiningWord(previous) ||
        openParentheses_ > 0 || endsWithStationName(previous))
      return true;  // "LONDON 1234 AND" / "1236", "(ITALY: BERLUSCONI" / "SAYS NO)"
    if (lastItemLacksSerial(previous) && text.size() <= kLongestContinuation && proseStart(text) == text.size())
      return true;  // "C. RIO DE" / "JANEIRO 123"
    if (containsBulletedCitation(text)) return true;  // "the U.S. Financial Crisis D. Shanghai 402"
    if (text[0] == '(' || text[0] == '"') return true;  // "(WWW.STATE.SGOV.GOV/...)", "(NOTAL)", a quoted title
    // A long non-cable item wrapped onto a short line.
    return previous.size() >= kShortestWrappingLine && text.size() <= kLongestWrappedTail &&
           !startsWithCableCitation(previous) &&
           text.find(". ") == std::string_view::npos;
  }

  // The letter the list's next item takes: after its last bullet, A for a
  // list still empty, none (0) for one that has items without letters.
  char nextLetter() const {
    std::vector<Bullet> bullets = findBullets(block_.text, tokenizeReferenceText(block_.text));
    if (!bullets.empty()) return bullets.back().letter == 0 ? 0 : static_cast<char>(bullets.back().letter + 1);
    return trim(block_.text).empty() ? 'A' : 0;
  }

  LineCursor& lines_;
  ReferenceBlock block_;
  std::string_view previous_;
  bool sawBlank_ = false;
  int lastNumber_ = 0;  // of a numbered list, 0 while none
  int openParentheses_ = 0;  // a title wrapped over several lines
};

}  // namespace

std::size_t referenceLabelEnd(std::string_view line) {
  static constexpr std::array<std::string_view, 11> kLabels = {
      "REFERENCE TELEGRAMS", "REFERENCE TELEGRAM", "REFERENCE CABLES", "REFERENCE CABLE", "REFERENCES",
      "REFERENCE", "REFTELS", "REFTEL", "REFS", "REF", "REFERENCE(S)"};
  if (line.empty() || (line[0] != 'R' && line[0] != 'r')) return std::string_view::npos;
  std::string_view text = line;
  std::size_t offset = 0;
  for (std::string_view label : kLabels) {
    if (!startsWithNoCase(text, label)) continue;
    std::size_t at = label.size();
    if (!isLabelWordEnd(text, at)) continue;
    if (startsWithNoCase(text.substr(at), "(S)")) at += 3;
    at += letterSetLength(text.substr(at));
    bool punctuated = false;
    std::size_t i = at;
    while (i < text.size() && (isSpaceWithinLine(text[i]) || text[i] == ':' || text[i] == '.' || text[i] == '-' ||
                               text[i] == ';' || text[i] == ',')) {
      if (!isSpaceWithinLine(text[i])) punctuated = true;
      ++i;
    }
    std::string_view rest = text.substr(i);
    if (!punctuated) {
      // "REFTEL SECSTATE 118397", "Ref A: ...": without a colon the label
      // must be followed by a citation or a bullet, not by prose ("Reftel requested").
      char letter = 0;
      if (!rest.empty() && !startsWithCableCitation(rest) && !startsWithBullet(rest, letter) &&
          !startsWithBareBullet(rest))
        continue;
    }
    return offset + i;
  }
  return std::string_view::npos;
}

std::vector<ReferenceBlock> findReferenceBlocks(std::string_view body) {
  std::vector<ReferenceBlock> blocks;
  // Lines are read on demand: only those before paragraph 1 matter.
  LineCursor lines(body);
  TextLine current{};
  while (lines.number() < kMaxLinesBeforeParagraphOne && lines.next(current)) {
    std::string_view line = cleanReferenceLine(current.text);
    if (line.empty()) continue;
    std::size_t labelStart = 0;
    std::size_t labelEnd = referenceLabelEnd(line);
    if (labelEnd == std::string_view::npos) {
      labelStart = gluedLabelStart(line);
      if (labelStart == std::string_view::npos) {
        // Paragraph 1 ends the search: a later "REF" is prose.
        if (isAsciiDigit(line[0]) && endsReferenceList(line)) break;
        continue;
      }
      labelEnd = labelStart + referenceLabelEnd(line.substr(labelStart));
    }
    std::string_view first = line.substr(labelEnd);
    // "REF: REF (A) ...": a doubled label.
    std::size_t again = referenceLabelEnd(skipSpaces(first));
    if (again != std::string_view::npos) first = skipSpaces(first).substr(again);
    blocks.push_back(ListReader(lines, current.number).read(first));
  }
  return blocks;
}

}  // namespace cablecat
