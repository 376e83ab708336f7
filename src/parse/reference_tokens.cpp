// Tokenizes REF text; tests on tokens and short texts shared by the REF parsers.
#include "reference_tokens.h"

#include <algorithm>

#include "ascii.h"
#include "station_table.h"

namespace cablecat {

namespace {

// Bytes that may sit inside a station name without ending it (as in the matcher).
bool isStationJoiner(const RefToken& token) {
  if (token.kind != RefTokenKind::punct) return false;
  unsigned char c = static_cast<unsigned char>(token.text[0]);
  return c == '-' || c == '.' || c == '\'' || c >= 0x80;
}

// Length of the blank at `i` (ASCII blanks, no-break space C2 A0, line
// separator E2 80 A8 from web pages), 0 when there is none.
std::size_t blankAt(std::string_view text, std::size_t i) {
  if (isAsciiSpace(text[i])) return 1;
  if (text.substr(i, 2) == "\xC2\xA0") return 2;
  if (text.substr(i, 3) == "\xE2\x80\xA8") return 3;
  return 0;
}

// "021770B" before "." or ")": the serial and the next bullet, run together
// ("A. STATE 021770B. STATE 039585C. STATE 041216").
bool isSerialGluedToBullet(std::string_view text, std::size_t start, std::size_t end) {
  if (end - start < 2 || !isAsciiLetter(text[end - 1])) return false;
  for (std::size_t i = start; i + 1 < end; ++i)
    if (!isAsciiDigit(text[i])) return false;
  return end < text.size() && (text[end] == '.' || text[end] == ')');
}

}  // namespace

std::vector<RefToken> tokenizeReferenceText(std::string_view text) {
  std::vector<RefToken> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (std::size_t blank = blankAt(text, i)) {
      i += blank;
      continue;
    }
    std::size_t start = i;
    if (!isAsciiLetter(text[i]) && !isAsciiDigit(text[i])) {
      ++i;
      tokens.push_back({RefTokenKind::punct, start, i, text.substr(start, 1)});
      continue;
    }
    bool letters = false, digits = false;
    while (i < text.size() && (isAsciiLetter(text[i]) || isAsciiDigit(text[i]))) {
      (isAsciiLetter(text[i]) ? letters : digits) = true;
      ++i;
    }
    if (isSerialGluedToBullet(text, start, i)) {
      tokens.push_back({RefTokenKind::number, start, i - 1, text.substr(start, i - 1 - start)});
      tokens.push_back({RefTokenKind::word, i - 1, i, text.substr(i - 1, 1)});
      continue;
    }
    RefTokenKind kind = letters && digits ? RefTokenKind::mixed
                                          : (letters ? RefTokenKind::word : RefTokenKind::number);
    tokens.push_back({kind, start, i, text.substr(start, i - start)});
  }
  return tokens;
}

bool tokenIs(const RefToken& token, std::string_view upperWord) {
  if (token.text.size() != upperWord.size()) return false;
  for (std::size_t i = 0; i < upperWord.size(); ++i) {
    if (asciiUpper(token.text[i]) != upperWord[i]) return false;
  }
  return true;
}

bool isMonthWord(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
                                                 "SEP", "SEPT", "OCT", "NOV", "DEC", "JANUARY",
                                                 "FEBRUARY", "MARCH", "APRIL", "JUNE", "JULY", "AUGUST",
                                                 "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};
  RefToken token{RefTokenKind::word, 0, word.size(), word};
  for (std::string_view month : kMonths)
    if (tokenIs(token, month)) return true;
  return false;
}

bool startsWithCableCitation(std::string_view text) {
  auto tokens = tokenizeReferenceText(text);
  std::size_t i = 0;
  // Skip a bullet: "A.", "A)", "(A)", "[A]", "A:".
  if (tokens.size() > 2 && (isPunctToken(tokens[0], '(') || isPunctToken(tokens[0], '[')) &&
      isWordToken(tokens[1]) && tokens[1].text.size() == 1)
    i = 3;
  else if (tokens.size() > 1 && isWordToken(tokens[0]) && tokens[0].text.size() == 1 &&
           (isPunctToken(tokens[1], '.') || isPunctToken(tokens[1], ')') || isPunctToken(tokens[1], ':')))
    i = 2;
  std::size_t to = std::min(tokens.size(), i + 10);
  auto citations = findCableCitations(tokens, i, to);
  return !citations.empty() && citations.front().first == i && !citations.front().page_header;
}

bool endsWithStationName(std::string_view text) {
  auto tokens = tokenizeReferenceText(text);
  std::size_t words = 0;
  for (std::size_t n = tokens.size(); n > 0 && words < 3; --n) {
    if (!isWordToken(tokens[n - 1])) {
      if (isStationJoiner(tokens[n - 1])) continue;
      break;
    }
    ++words;
    std::string_view tail = text.substr(tokens[n - 1].begin);
    if (!canonicalStation(tail).empty()) return true;
  }
  return false;
}

}  // namespace cablecat
