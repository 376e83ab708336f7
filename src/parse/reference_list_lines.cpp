// Tests on single lines of a REF list, shared by the list reader.
#include "reference_list_lines.h"

#include <string>
#include <vector>

#include "ascii.h"
#include "reference_tokens.h"
#include "text_lines.h"

namespace cablecat {

namespace {

}  // namespace

bool startsWithBullet(std::string_view text, char& letter) {
  if (text.size() >= 3 && (text[0] == '(' || text[0] == '[') && isAsciiLetter(text[1])) {
    std::size_t close = 2;
    while (close < text.size() && text[close] == ' ') ++close;
    if (close < text.size() && (text[close] == ')' || text[close] == ']')) {
      letter = asciiUpper(text[1]);
      return true;
    }
  }
  if (text.size() >= 2 && isAsciiLetter(text[0]) &&
      (text[1] == '.' || text[1] == ')' || text[1] == ':') &&
      (text.size() == 2 || !isAsciiLetter(text[2]) || text[1] != '.' || (text.size() > 3 && text[3] != '.'))) {
    letter = asciiUpper(text[0]);
    return true;
  }
  if (text.size() >= 3 && isAsciiLetter(text[0]) && text[1] == ' ' && text[2] == '-' &&
      (text.size() == 3 || text[3] == ' ')) {
    letter = asciiUpper(text[0]);
    return true;
  }
  return false;
}

bool startsWithBareBullet(std::string_view text) {
  return text.size() > 2 && isAsciiLetter(text[0]) && text[1] == ' ' && startsWithCableCitation(text.substr(2));
}

bool containsBulletedCitation(std::string_view text) {
  for (std::size_t i = 1; i + 3 < text.size(); ++i) {
    if (text[i - 1] != ' ' || !isAsciiLetter(text[i]) || (text[i + 1] != '.' && text[i + 1] != ')') || text[i + 2] != ' ')
      continue;
    if (asciiUpper(text[i]) != 'A' && startsWithCableCitation(text.substr(i))) return true;
  }
  return false;
}

int numberedItemAt(std::string_view text) {
  std::size_t i = !text.empty() && text[0] == '(' ? 1 : 0;
  std::size_t digits = i;
  int number = 0;
  while (i < text.size() && isAsciiDigit(text[i]) && i - digits < 2) number = number * 10 + (text[i++] - '0');
  if (i == digits || i >= text.size() || isAsciiDigit(text[i])) return 0;
  bool closed = digits == 1 ? text[i] == ')' : (text[i] == '.' || text[i] == ')');
  if (!closed) return 0;
  std::string_view rest = text.substr(i + 1);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  return startsWithCableCitation(rest) ? number : 0;
}

int lastNumberedItem(std::string_view line) {
  int last = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    bool opens = i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t';
    if (!opens || !(isAsciiDigit(line[i]) || line[i] == '(')) continue;
    int number = numberedItemAt(line.substr(i));
    if (number > last) last = number;
  }
  return last;
}

int openParenthesesAfter(std::string_view text, int depth) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] != ')') continue;
    bool bulletClose = i >= 1 && isAsciiLetter(text[i - 1]) && (i == 1 || text[i - 2] == ' ');
    if (!bulletClose && depth > 0) --depth;
  }
  return depth;
}

bool endsWithJoiningWord(std::string_view line) {
  std::size_t start = line.size();
  while (start > 0 && isAsciiLetter(line[start - 1])) --start;
  if (start == 0 || line[start - 1] != ' ') return false;
  std::string_view word = line.substr(start);
  return equalsNoCase(word, "AND") || equalsNoCase(word, "OR");
}

bool isSectionHeaderLine(std::string_view line) {
  static constexpr std::string_view kClassifications[] = {"CONFIDENTIAL", "SECRET", "UNCLAS",
                                                          "LIMITEDOFFICIALUSE"};
  std::size_t section = findNoCase(line, "SECTION ");
  if (section == std::string_view::npos || section == 0 || section > 40) return false;
  std::string letters;  // "C O N F I D E N T I A L " -> "CONFIDENTIAL"
  for (char c : line.substr(0, section)) {
    if (isAsciiLetter(c)) letters.push_back(asciiUpper(c));
    else if (c != ' ' && c != '/') return false;
  }
  bool classified = false;
  for (std::string_view word : kClassifications) classified = classified || letters.rfind(word, 0) == 0;
  std::vector<std::string_view> words = splitWords(line.substr(section));
  return classified && words.size() >= 4 && isAllDigits(words[1]) && words[2] == "OF" && isAllDigits(words[3]);
}

bool lastItemLacksSerial(std::string_view line) {
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    bool boundary = i == 0 || line[i - 1] == ' ' || line[i - 1] == '(';
    if (boundary && isAsciiLetter(line[i]) && (line[i + 1] == '.' || line[i + 1] == ')') &&
        (i + 2 >= line.size() || line[i + 2] == ' '))
      start = i + 2;
  }
  std::string_view item = line.substr(start);
  bool letters = false;
  for (char c : item) {
    if (isAsciiDigit(c)) return false;
    letters = letters || isAsciiLetter(c);
  }
  return letters && item.size() <= 40 && !line.empty() && isAsciiLetter(line.back());
}

}  // namespace cablecat
