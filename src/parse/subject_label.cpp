// SUBJECT labels: the usual "SUBJECT:" anywhere in the opening block, and at
// the start of a line the rarer forms real cables carry: a typo ("UBJECT:")
// and no colon at all ("SUBJECT SAG AGREES TO USG STEPS").
#include "subject_label.h"

#include "field_text.h"
#include "text_lines.h"

namespace cablecat {

using namespace field_text;

namespace {

constexpr std::size_t kMaxHeadLines = 120;

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

bool findUsualLabel(std::string_view block, std::size_t& textStart) {
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

// "UBJECT: 110 LIBYAN COMPANIES PRIVATIZED", "SUBJET:", "SUBEJCT:": a label
// word one slip from SUBJECT, first on its line and closed by a colon.
std::size_t misspelledLabelLength(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon < 6 || colon > 10) return 0;
  std::string_view word = trim(line.substr(0, colon));
  for (char c : word)
    if (!isAsciiLetter(c)) return 0;
  return isWithinOneSlip(word, "SUBJECT") ? colon + 1 : 0;
}

// "SUBJECT SAG AGREES TO USG STEPS": the upper-case label and a space, then
// the subject; "SUBJECT TO APPROVAL" and "SUBJECT OF" are prose.
std::size_t colonlessLabelLength(std::string_view line) {
  if (line.substr(0, 8) != "SUBJECT " && line.substr(0, 8) != "SUBJECT\t") return 0;
  std::string_view rest = trim(line.substr(8));
  if (rest.empty()) return 0;
  char first = rest.front();
  if (!isAsciiUpper(first) && !isAsciiDigit(first) && first != '(' && first != '"' && first != '\'')
    return 0;
  std::string_view next = rest.substr(0, findSpaceOrTab(rest));
  for (std::string_view prose : {"TO", "OF", "IS", "WAS", "WILL", "MATTER", "AREA"})
    if (next == prose) return 0;
  return 8;
}

bool findLabelAtLineStart(std::string_view block, std::size_t& textStart) {
  std::size_t pos = 0;
  std::string_view line;
  while (true) {
    std::size_t lineStart = pos;
    if (!nextLine(block, pos, line)) return false;
    std::string_view text = trim(line);
    std::size_t indent = text.empty() ? 0 : static_cast<std::size_t>(text.data() - line.data());
    std::size_t length = misspelledLabelLength(text);
    if (length == 0) length = colonlessLabelLength(text);
    if (length == 0) continue;
    textStart = lineStart + indent + length;
    return true;
  }
}

}  // namespace

bool isWithinOneSlip(std::string_view word, std::string_view target) {
  if (word.size() + 1 < target.size() || word.size() > target.size() + 1) return false;
  std::size_t i = 0;
  while (i < word.size() && i < target.size() && asciiUpper(word[i]) == asciiUpper(target[i])) ++i;
  auto sameFrom = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && equalsNoCase(a, b);
  };
  if (i == word.size() && i == target.size()) return true;
  bool wordLeft = i < word.size(), targetLeft = i < target.size();
  if (wordLeft && sameFrom(word.substr(i + 1), target.substr(i))) return true;    // a letter added
  if (targetLeft && sameFrom(word.substr(i), target.substr(i + 1))) return true;  // one dropped
  if (wordLeft && targetLeft && sameFrom(word.substr(i + 1), target.substr(i + 1)))
    return true;  // one changed
  // Two letters swapped: "SUBEJCT".
  return i + 1 < word.size() && i + 1 < target.size() &&
         asciiUpper(word[i]) == asciiUpper(target[i + 1]) &&
         asciiUpper(word[i + 1]) == asciiUpper(target[i]) &&
         sameFrom(word.substr(i + 2), target.substr(i + 2));
}

bool findSubjectLabel(std::string_view body, std::size_t& textStart) {
  std::string_view block = openingBlock(body, kMaxHeadLines);
  return findUsualLabel(block, textStart) || findLabelAtLineStart(block, textStart);
}

}  // namespace cablecat
