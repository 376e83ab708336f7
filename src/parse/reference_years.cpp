// Reads the years a REF list writes before and after a citation.
#include "reference_years.h"

#include "ascii.h"
#include "reference_id.h"

namespace cablecat {

namespace {

// REF lines cite cables of the release's span and a little past it (a
// cable of 2010 citing one of "2012" is a typo the list still reads).
constexpr int kLastCitedYear = 2012;

int numberValue(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// "'" or the last byte of a curly one (E2 80 99).
bool isApostrophe(const RefToken& token) {
  return token.kind == RefTokenKind::punct && (token.text[0] == '\'' || token.text[0] == '\x99');
}

}  // namespace

int yearFromDigits(std::string_view digits) {
  if (!isAllDigits(digits)) return -1;
  if (digits.size() == 3 && digits[0] == '0') digits.remove_prefix(1);
  if (digits.size() == 2) {
    int value = numberValue(digits);
    return (value <= kLastCitedYear % 100 || value >= kFirstReleaseYear % 100) ? value : -1;
  }
  if (digits.size() == 4) {
    int value = numberValue(digits);
    return (value >= kFirstReleaseYear && value <= kLastCitedYear) ? value % 100 : -1;
  }
  return -1;
}

int yearOfToken(const RefToken& token) {
  if (isNumberToken(token)) return yearFromDigits(token.text);
  if (token.kind != RefTokenKind::mixed || token.text.size() != 2) return -1;
  // "O4", "0O": the letter O typed for a zero.
  char digits[2];
  for (std::size_t i = 0; i < 2; ++i) {
    char c = token.text[i];
    digits[i] = (c == 'O' || c == 'o') ? '0' : c;
  }
  return yearFromDigits(std::string_view(digits, 2));
}

bool readYearAfterSerial(const std::vector<RefToken>& tokens, std::size_t serialAt, std::size_t to,
                         int& year, std::size_t& last) {
  std::size_t next = serialAt + 1;
  // "(06)", "(2008)".
  if (next + 2 < to && isPunctToken(tokens[next], '(') && isNumberToken(tokens[next + 1]) &&
      isPunctToken(tokens[next + 2], ')') && tokens[next + 1].text.size() != 3 &&
      yearFromDigits(tokens[next + 1].text) >= 0) {
    year = yearFromDigits(tokens[next + 1].text);
    last = next + 2;
    return true;
  }
  // "('08)".
  if (next + 3 < to && isPunctToken(tokens[next], '(') && isApostrophe(tokens[next + 1]) &&
      isNumberToken(tokens[next + 2]) && tokens[next + 2].text.size() == 2 && isPunctToken(tokens[next + 3], ')') &&
      yearFromDigits(tokens[next + 2].text) >= 0) {
    year = yearFromDigits(tokens[next + 2].text);
    last = next + 3;
    return true;
  }
  // "OF 2006", "OF 08"; not a date ("OF 12 MAY", "OF 12/5").
  if (next + 1 < to && tokenIs(tokens[next], "OF") && isNumberToken(tokens[next + 1]) &&
      (tokens[next + 1].text.size() == 4 || tokens[next + 1].text.size() == 2) &&
      yearFromDigits(tokens[next + 1].text) >= 0 &&
      !(next + 2 < to && (isMonthWord(tokens[next + 2].text) || isPunctToken(tokens[next + 2], '/') ||
                          isPunctToken(tokens[next + 2], '-') || isNumberToken(tokens[next + 2])))) {
    year = yearFromDigits(tokens[next + 1].text);
    last = next + 1;
    return true;
  }
  // "00725/08", "4525-91": two digits glued on with a slash or hyphen. A
  // two-digit serial before them ("MALABO 19/21") is a list of serials, and
  // a further slash makes a date ("8/25/08").
  if (next + 1 < to && (isPunctToken(tokens[next], '/') || isPunctToken(tokens[next], '-')) &&
      tokens[next].begin == tokens[serialAt].end && tokens[next + 1].begin == tokens[next].end &&
      isNumberToken(tokens[next + 1]) && tokens[next + 1].text.size() == 2 &&
      tokens[serialAt].text.size() >= 3 && yearFromDigits(tokens[next + 1].text) >= 0 &&
      !(next + 2 < to && isPunctToken(tokens[next + 2], '/'))) {
    year = yearFromDigits(tokens[next + 1].text);
    last = next + 1;
    return true;
  }
  return false;
}

}  // namespace cablecat
