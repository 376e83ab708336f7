// Numeric and written-out dates of DECL values, and the old schedule codes
// that come before a date.
#include "decl_date.h"

#include <array>
#include <utility>

#include "iso_format.h"
#include "text_lines.h"

namespace cablecat {

namespace {

bool isValid(const DeclDate& date) {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 && date.year >= 1940 &&
         date.year <= 2100;
}

int expandYear(int year, std::size_t width) { return width == 2 ? dateYear(year) : year; }

// "MM/DD/YYYY", "M/D/YY", "YYYY/MM/DD", "MM-DD-YY", "08.27.2017".
bool parseNumericDate(std::string_view word, DeclDate& date) {
  int parts[3] = {0, 0, 0};
  std::size_t widths[3] = {0, 0, 0};
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < word.size()) {
    if (count == 3) return false;
    std::size_t start = i;
    int value = 0;
    while (i < word.size() && isAsciiDigit(word[i]) && i - start < 5) value = value * 10 + (word[i++] - '0');
    if (i == start || (i < word.size() && isAsciiDigit(word[i]))) return false;
    parts[count] = value;
    widths[count++] = i - start;
    if (i < word.size()) {
      if (word[i] != '/' && word[i] != '-' && word[i] != '.') return false;
      ++i;
    }
  }
  if (count != 3) return false;
  if (widths[0] == 4) {
    date = {parts[0], parts[1], parts[2]};
  } else {
    if (widths[2] != 2 && widths[2] != 4) return false;
    date = {expandYear(parts[2], widths[2]), parts[0], parts[1]};
    // Some posts wrote day first ("27/08/2017").
    if (date.month > 12 && date.day <= 12) std::swap(date.month, date.day);
  }
  return isValid(date);
}

// "AUG", "August", "Sept."; 0 when the word is no month.
int monthOfWord(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE",
      "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};
  while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
  if (word.size() < 3) return 0;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    std::string_view name = kMonths[i];
    bool abbreviation = word.size() <= 4 && startsWithNoCase(name, word);  // "AUG", "SEPT"
    if (abbreviation || equalsNoCase(word, name)) return static_cast<int>(i) + 1;
  }
  return 0;
}

// "27", "27,": a day or year number; -1 otherwise. `width` gets its digits.
int numberOfWord(std::string_view word, std::size_t& width) {
  while (!word.empty() && (word.back() == ',' || word.back() == '.')) word.remove_suffix(1);
  width = word.size();
  if (word.empty() || word.size() > 4 || !isAllDigits(word)) return -1;
  int value = 0;
  for (char c : word) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

std::size_t parseDeclDate(const std::vector<std::string_view>& words, std::size_t first, DeclDate& date) {
  if (first >= words.size()) return 0;
  if (parseNumericDate(words[first], date)) return 1;
  if (first + 2 >= words.size()) return 0;
  std::size_t dayWidth = 0, yearWidth = 0;
  // "27 AUG 2017" and "AUGUST 27, 2017".
  int month = monthOfWord(words[first + 1]);
  int day = numberOfWord(words[first], dayWidth);
  if (month == 0) {
    month = monthOfWord(words[first]);
    day = numberOfWord(words[first + 1], dayWidth);
  }
  int year = numberOfWord(words[first + 2], yearWidth);
  if (month == 0 || day < 0 || dayWidth > 2 || year < 0 || (yearWidth != 2 && yearWidth != 4)) return 0;
  date = {expandYear(year, yearWidth), month, day};
  return isValid(date) ? 3 : 0;
}

bool isScheduleCode(std::string_view word) {
  std::size_t letters = 0;
  while (letters < word.size() && isAsciiLetter(word[letters])) ++letters;
  std::string upper = toUpper(word.substr(0, letters));
  if (upper != "GDS" && upper != "XGDS" && upper != "ADS" && upper != "RDS" && upper != "XDS") return false;
  std::string_view rest = word.substr(letters);
  if (!rest.empty() && rest.front() == '-') rest.remove_prefix(1);
  return rest.empty() || (rest.size() == 1 && isAsciiDigit(rest[0]));
}

}  // namespace cablecat
