// Finds where a REF list starts and ends, line by line, before paragraph 1.
#include "reference_block.h"

#include <array>

#include "reference_layout.h"
#include "reference_list_end.h"
#include "reference_tokens.h"
#include "text_lines.h"

namespace cablecat {

namespace {

constexpr std::size_t kMaxLinesBeforeParagraphOne = 160;

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool isLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

std::string_view skipSpaces(std::string_view text) {
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  return text;
}

// A bullet at the start: "A.", "A)", "(A)", "[A]", "A:", "A -". Sets the letter.
bool startsWithBullet(std::string_view text, char& letter) {
  if (text.size() >= 3 && (text[0] == '(' || text[0] == '[') && isLetter(text[1])) {
    std::size_t close = 2;
    while (close < text.size() && text[close] == ' ') ++close;
    if (close < text.size() && (text[close] == ')' || text[close] == ']')) {
      letter = upper(text[1]);
      return true;
    }
  }
  if (text.size() >= 2 && isLetter(text[0]) &&
      (text[1] == '.' || text[1] == ')' || text[1] == ':') &&
      (text.size() == 2 || !isLetter(text[2]) || text[1] != '.' || (text.size() > 3 && text[3] != '.'))) {
    letter = upper(text[0]);
    return true;
  }
  if (text.size() >= 3 && isLetter(text[0]) && text[1] == ' ' && text[2] == '-' &&
      (text.size() == 3 || text[3] == ' ')) {
    letter = upper(text[0]);
    return true;
  }
  return false;
}

// "A WELLINGTON 721": a bullet letter without punctuation before a citation.
bool startsWithBareBullet(std::string_view text) {
  return text.size() > 2 && isLetter(text[0]) && text[1] == ' ' && startsWithCableCitation(text.substr(2));
}

// A later bullet with its citation inside the line: the wrapped end of a
// long item, then "D. Shanghai 402".
bool containsBulletedCitation(std::string_view text) {
  for (std::size_t i = 1; i + 3 < text.size(); ++i) {
    if (text[i - 1] != ' ' || !isLetter(text[i]) || (text[i + 1] != '.' && text[i + 1] != ')') || text[i + 2] != ' ')
      continue;
    if (upper(text[i]) != 'A' && startsWithCableCitation(text.substr(i))) return true;
  }
  return false;
}

// "REF B: GENEVA 2355" on the line after "REF A: GENEVA 2373": the next
// item of the same list, not a new list.
bool isLabelledNextItem(std::string_view text) {
  std::size_t end = referenceLabelEnd(text);
  if (end == std::string_view::npos || end > 4) return false;  // "REF B", not "REF: B"
  std::string_view rest = text.substr(end);
  char letter = 0;
  if (startsWithBullet(rest, letter)) return letter != 'A';
  return startsWithBareBullet(rest) && rest[0] != 'A' && rest[0] != 'a';
}

// "(USINT FOLLOW-UP ON" wraps onto the next line; the ")" of bullets such
// as "A)" closes nothing.
bool hasUnclosedParenthesis(std::string_view text) {
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] != ')') continue;
    bool bulletClose = i >= 1 && isLetter(text[i - 1]) && (i == 1 || text[i - 2] == ' ');
    if (!bulletClose && depth > 0) --depth;
  }
  return depth > 0;
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

// The text after the line's last bullet names something but no serial yet:
// a station split over two lines, or a non-cable item that wraps.
bool lastItemLacksSerial(std::string_view line) {
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    bool boundary = i == 0 || line[i - 1] == ' ' || line[i - 1] == '(';
    if (boundary && isLetter(line[i]) && (line[i + 1] == '.' || line[i + 1] == ')') &&
        (i + 2 >= line.size() || line[i + 2] == ' '))
      start = i + 2;
  }
  std::string_view item = line.substr(start);
  bool letters = false;
  for (char c : item) {
    if (isDigit(c)) return false;
    letters = letters || isLetter(c);
  }
  return letters && item.size() <= 40 && !line.empty() && isLetter(line.back());
}

bool isLabelWordEnd(std::string_view line, std::size_t at) {
  return at >= line.size() || !(isLetter(line[at]) || isDigit(line[at]));
}

// The text after a label starts a list: a citation or a bullet.
bool listFollows(std::string_view rest) {
  rest = skipSpaces(rest);
  char letter = 0;
  return startsWithCableCitation(rest) || startsWithBullet(rest, letter);
}

// "SENSITIVE SIPDIS REF LONDON 01170": handling markers run into the label.
bool endsWithHandlingMarker(std::string_view before) {
  while (!before.empty() && isSpace(before.back())) before.remove_suffix(1);
  for (std::string_view marker : {std::string_view("SIPDIS"), std::string_view("SENSITIVE"),
                                  std::string_view("NOFORN")})
    if (before.size() >= marker.size() && before.substr(before.size() - marker.size()) == marker &&
        (before.size() == marker.size() || !isLetter(before[before.size() - marker.size() - 1])))
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

// Whether a line after the REF label's line continues its list.
bool continuesList(std::string_view text, std::string_view previous, bool sawBlank) {
  char letter = 0;
  if (startsWithCableCitation(text) || startsWithBareBullet(text) || isLabelledNextItem(text)) return true;
  // After a blank line, a lettered line of running prose is the body's
  // own lettering ("A. Background: the visit was planned for May"), not an item.
  if (startsWithBullet(text, letter)) return !sawBlank || proseStart(text) == text.size();
  bool onlyDigits = true;
  for (char c : text) onlyDigits = onlyDigits && (isDigit(c) || c == ',' || c == ' ' || c == ';');
  std::string_view trimmedPrevious = trim(previous);
  if (onlyDigits && endsWithStationName(trimmedPrevious)) return true;  // "C. COPENHAGEN" / "00072"
  if (sawBlank) return false;
  char tail = trimmedPrevious.empty() ? ' ' : trimmedPrevious.back();
  if (tail == '-' || tail == ',' || tail == '/' || tail == '&' || hasUnclosedParenthesis(trimmedPrevious) ||
      endsWithStationName(trimmedPrevious))
    return true;
  if (lastItemLacksSerial(trimmedPrevious) && text.size() <= 70 && proseStart(text) == text.size())
    return true;  // "C. RIO DE" / "JANEIRO 123"
  if (containsBulletedCitation(text)) return true;  // "the U.S. Financial Crisis D. Shanghai 402"
  if (text[0] == '(' || text[0] == '"') return true;  // "(WWW.STATE.SGOV.GOV/...)", "(NOTAL)", a quoted title
  // A long non-cable item wrapped onto a short line.
  return trimmedPrevious.size() >= 55 && text.size() <= 60 && !startsWithCableCitation(trimmedPrevious) &&
         text.find(". ") == std::string_view::npos;
}

}  // namespace

std::size_t referenceLabelEnd(std::string_view line) {
  static constexpr std::array<std::string_view, 7> kLabels = {
      "REFERENCES", "REFERENCE", "REFTELS", "REFTEL", "REFS", "REF", "REFERENCE(S)"};
  if (line.empty() || (line[0] != 'R' && line[0] != 'r')) return std::string_view::npos;
  std::string_view text = line;
  std::size_t offset = 0;
  for (std::string_view label : kLabels) {
    if (!startsWithNoCase(text, label)) continue;
    std::size_t at = label.size();
    if (!isLabelWordEnd(text, at)) continue;
    if (startsWithNoCase(text.substr(at), "(S)")) at += 3;
    bool punctuated = false;
    std::size_t i = at;
    while (i < text.size() && (isSpace(text[i]) || text[i] == ':' || text[i] == '.' || text[i] == '-' ||
                               text[i] == ';' || text[i] == ',')) {
      if (!isSpace(text[i])) punctuated = true;
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
        if (isDigit(line[0]) && endsReferenceList(line)) break;
        continue;
      }
      labelEnd = labelStart + referenceLabelEnd(line.substr(labelStart));
    }
    ReferenceBlock block;
    block.line = current.number;
    std::string_view first = line.substr(labelEnd);
    // "REF: REF (A) ...": a doubled label.
    std::size_t again = referenceLabelEnd(skipSpaces(first));
    if (again != std::string_view::npos) first = skipSpaces(first).substr(again);
    std::size_t cut = inlineEnd(first);
    appendWithoutPilcrows(block.text, first.substr(0, cut));
    bool ended = cut < first.size();
    std::string_view previous = first.substr(0, cut);
    bool sawBlank = false;
    TextLine following{};
    while (!ended && lines.next(following)) {
      std::string_view raw = following.text;
      if (isPageBreakLine(raw) || isHandlingMarkerLine(raw)) continue;
      std::string_view text = cleanReferenceLine(raw);
      if (!text.empty() && text[0] == '-' && text.size() > 1 && text[1] != '-')
        text = skipSpaces(text.substr(1));  // "-      (B) 03 State 348254"
      if (text.empty()) {
        sawBlank = true;
        continue;
      }
      if (endsReferenceList(text) || (referenceLabelEnd(text) != std::string_view::npos && !isLabelledNextItem(text))) {
        lines.back();  // the outer search looks at this line again
        break;
      }
      if (!continuesList(text, previous, sawBlank)) {
        lines.back();
        break;
      }
      cut = inlineEnd(text);
      block.text.push_back('\n');
      appendWithoutPilcrows(block.text, text.substr(0, cut));
      previous = text.substr(0, cut);
      if (cut < text.size()) ended = true;
      sawBlank = false;
    }
    eraseInlinePageHeaders(block.text);
    blocks.push_back(std::move(block));
  }
  return blocks;
}

}  // namespace cablecat
