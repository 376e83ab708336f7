// The text of a summary: where "End summary" closes it, and how its lines
// are joined and cleaned of layout.
#include "summary_text.h"

#include "field_text.h"
#include "subject_label.h"
#include "text_encoding.h"
#include "text_lines.h"

namespace cablecat {

using namespace field_text;

namespace {

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

// "SUMMARY", and the slips "SUMARY", "SUMMMARY", "SUMMARU"; "SUM" cut short.
bool isSummaryWordAt(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && isAsciiLetter(text[end])) ++end;
  std::string_view word = text.substr(at, end - at);
  return word.size() == 3 || isWithinOneSlip(word, "SUMMARY");
}

// Where the text of a body without line breaks reaches a framed heading
// ("... More talks. -------- Training -------- 2. ..."): five rule marks
// after a space. npos when there is none.
std::size_t inlineHeadingStart(std::string_view text) {
  // Looked for by the marks, not by the space: a summary has hundreds of
  // spaces and hardly any rule marks.
  for (std::string_view marks : {"-----", "=====", "*****"}) {
    for (std::size_t at = text.find(marks, 1); at != std::string_view::npos; at = text.find(marks, at + 1))
      if (text[at - 1] == ' ') return at - 1;
  }
  return std::string_view::npos;
}

// Length of "2.(C) " / "12. (SBU) " at `at`: a paragraph number with its
// marking; 0 otherwise. Without the marking a number after a full stop can
// be prose ("...rose by 2. Then").
std::size_t markedParagraphOpeningLength(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (i < text.size() && i - at < 2 && isAsciiDigit(text[i])) ++i;
  if (i == at || i >= text.size() || text[i] != '.') return 0;
  ++i;
  if (i < text.size() && text[i] == ' ') ++i;
  if (i >= text.size() || text[i] != '(') return 0;
  std::size_t close = text.find(')', i);
  if (close == std::string_view::npos || !isParagraphMarking(text.substr(i, close - i + 1))) return 0;
  i = close + 1;
  while (i < text.size() && text[i] == ' ') ++i;
  return i - at;
}

// "... first part. ¶2. (C) Second part", "... first part. 2.(C) Second
// part": paragraph openings inside a summary of a body that lost its line
// breaks.
void eraseInlineParagraphOpenings(std::string& text) {
  for (std::size_t at = 2; at < text.size(); ++at) {
    if (!isAsciiDigit(text[at]) || text[at - 1] != ' ' || text[at - 2] != '.') continue;
    std::size_t length = markedParagraphOpeningLength(text, at);
    if (length > 0) text.erase(at, length);
  }
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

}  // namespace

std::size_t findSummaryEnd(std::string_view text) {
  for (std::size_t at = findNoCase(text, "SUM"); at != std::string_view::npos;
       at = findNoCase(text, "SUM", at + 3)) {
    std::size_t before = at;
    while (before > 0 && isAsciiSpace(text[before - 1])) --before;
    if (before == at) continue;  // "ENDSUMMARY" is not written
    if (!isSummaryWordAt(text, at)) continue;
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
    content.remove_prefix(olderPageHeaderLength(content));  // "PAGE 02 HARARE 06677 ... 291400Z TEXT"
    joined.append(content);
    joined.push_back(' ');
  }
  eraseSipdisWords(joined);
  erasePageBreakText(joined, station);
  decodeCharacterReferences(joined);
  std::string summary = collapseSpaces(joined);
  eraseInlineParagraphOpenings(summary);
  std::size_t heading = inlineHeadingStart(summary);
  if (heading != std::string::npos && heading > 0) summary.resize(heading);
  // Openers and closers left from "Summary: (C)" or "(End summary)".
  std::string_view view = stripParagraphPrefix(summary);
  while (!view.empty() && (view.front() == ':' || view.front() == '-' || view.front() == '.' ||
                           view.front() == ' ') &&
         view.substr(0, 3) != "-- ")  // a first bullet stays
    view.remove_prefix(1);
  while (!view.empty() && (view.back() == '(' || view.back() == '-' || view.back() == ' ' ||
                           view.back() == '[' || view.back() == '*'))
    view.remove_suffix(1);
  return std::string(view);
}

}  // namespace cablecat
