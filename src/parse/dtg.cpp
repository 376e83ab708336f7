// Reads the DTG line by hand: it is short and fixed-shape, and this runs on
// every header of the archive.
#include "dtg.h"

#include <array>

#include "iso_format.h"
#include "precedence.h"
#include "text_lines.h"

namespace cablecat {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                      "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

// "AUG", "Aug"; 0 when the word is not a month abbreviation.
int monthNumber(std::string_view word) {
  if (word.size() != 3) return 0;
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (equalsNoCase(word, kMonths[i])) return static_cast<int>(i) + 1;
  return 0;
}

int twoDigits(std::string_view text) { return (text[0] - '0') * 10 + (text[1] - '0'); }

bool isPrecedenceLetter(char c) { return !precedenceFromLetter(c).empty(); }

// "271001Z": day, hour, minute and the Zulu marker.
bool isDayTimeGroup(std::string_view word) {
  return word.size() == 7 && (word[6] == 'Z' || word[6] == 'z') && isAllDigits(word.substr(0, 6));
}

}  // namespace

bool parseDateTimeGroup(std::string_view line, DateTimeGroup& out) {
  // At most two letters, the day-time group, month and year: five words.
  FirstWords<5> first = firstWords<5>(line);
  const std::string_view* words = first.words;
  std::size_t wordCount = first.count;
  std::size_t i = 0;
  std::string letters;
  // "R", "O R", "P R": action precedence first, info precedence second.
  while (i < wordCount && letters.size() < 2 && words[i].size() == 1 &&
         isPrecedenceLetter(words[i][0]))
    letters.push_back(words[i++][0]);
  if (i >= wordCount) return false;
  std::string_view dayTime = words[i];
  // Glued "R271001Z".
  if (letters.empty() && dayTime.size() == 8 && isPrecedenceLetter(dayTime[0])) {
    letters.push_back(dayTime[0]);
    dayTime.remove_prefix(1);
  }
  if (!isDayTimeGroup(dayTime) || i + 2 >= wordCount) return false;
  int month = monthNumber(words[i + 1]);
  std::string_view yearWord = words[i + 2];
  if (month == 0 || !isAllDigits(yearWord) || (yearWord.size() != 2 && yearWord.size() != 4))
    return false;

  int day = twoDigits(dayTime.substr(0, 2));
  int hour = twoDigits(dayTime.substr(2, 2));
  int minute = twoDigits(dayTime.substr(4, 2));
  if (day < 1 || day > 31 || hour > 24 || minute > 59) return false;
  int year = yearWord.size() == 4 ? twoDigits(yearWord) * 100 + twoDigits(yearWord.substr(2))
                                  : twoDigits(yearWord);
  if (yearWord.size() == 2) year = dateYear(year);

  out.precedence_letters = letters;
  out.iso = isoDateTime(year, month, day, hour, minute) + 'Z';
  return true;
}

}  // namespace cablecat
