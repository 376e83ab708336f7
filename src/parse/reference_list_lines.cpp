// Tests on single lines of a REF list, shared by the list reader.
#include "reference_list_lines.h"

#include "reference_tokens.h"

namespace cablecat {

namespace {

bool isLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace

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

bool startsWithBareBullet(std::string_view text) {
  return text.size() > 2 && isLetter(text[0]) && text[1] == ' ' && startsWithCableCitation(text.substr(2));
}

bool containsBulletedCitation(std::string_view text) {
  for (std::size_t i = 1; i + 3 < text.size(); ++i) {
    if (text[i - 1] != ' ' || !isLetter(text[i]) || (text[i + 1] != '.' && text[i + 1] != ')') || text[i + 2] != ' ')
      continue;
    if (upper(text[i]) != 'A' && startsWithCableCitation(text.substr(i))) return true;
  }
  return false;
}

int openParenthesesAfter(std::string_view text, int depth) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] != ')') continue;
    bool bulletClose = i >= 1 && isLetter(text[i - 1]) && (i == 1 || text[i - 2] == ' ');
    if (!bulletClose && depth > 0) --depth;
  }
  return depth;
}

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

}  // namespace cablecat
