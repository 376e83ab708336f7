// Reference IDs: their parts and shape, and canonical IDs of citations.
#include "reference_id.h"

#include "ascii.h"
#include "station_table.h"

namespace cablecat {

namespace {

// The release's IDs are no shorter, and a longer run of digits and capitals
// is text (a page's heading or a dump's column run together).
constexpr std::size_t kShortestPublishedId = 5;
constexpr std::size_t kLongestPublishedId = 40;

bool isUpperLetters(std::string_view text) {
  for (char c : text)
    if (!isAsciiUpper(c)) return false;
  return true;
}

}  // namespace

ReferenceId::ReferenceId(std::string_view text) : text_(text) {
  std::size_t begin = 0;
  while (begin < text.size() && isAsciiDigit(text[begin])) ++begin;
  std::size_t end = text.size();
  while (end > begin && isAsciiDigit(text[end - 1])) --end;
  yearDigits_ = text.substr(0, begin);
  station_ = text.substr(begin, end - begin);
  serial_ = text.substr(end);
}

bool ReferenceId::isWellFormed() const {
  return yearDigits_.size() == 2 && !station_.empty() && isUpperLetters(station_) && !serial_.empty();
}

bool ReferenceId::hasPublishedShape() const {
  if (yearDigits_.size() < 2 || station_.empty() || serial_.empty() || !isAsciiUpper(station_[0])) return false;
  for (char c : station_)
    if (!isAsciiUpper(c) && !isAsciiDigit(c)) return false;
  return true;
}

int ReferenceId::twoDigitYear() const {
  if (text_.size() <= 2 || yearDigits_.size() < 2) return -1;
  return (yearDigits_[0] - '0') * 10 + (yearDigits_[1] - '0');
}

int ReferenceId::year() const {
  int twoDigits = twoDigitYear();
  return twoDigits < 0 ? 0 : releaseYear(twoDigits);
}

std::size_t ReferenceId::wellFormedLength(std::string_view text) {
  if (text.size() < 2 || !isAsciiDigit(text[0]) || !isAsciiDigit(text[1])) return 0;
  std::size_t at = 2;
  while (at < text.size() && isAsciiUpper(text[at])) ++at;
  if (at == 2) return 0;
  std::size_t digits = at;
  while (at < text.size() && isAsciiDigit(text[at])) ++at;
  return at == digits ? 0 : at;
}

bool looksLikePublishedId(std::string_view text) {
  return text.size() >= kShortestPublishedId && text.size() <= kLongestPublishedId &&
         ReferenceId(text).hasPublishedShape();
}

std::string canonicalRefId(int year, std::string_view station, std::string_view serial) {
  std::string canonical = canonicalStation(station);
  if (canonical.empty() || year < 0) return "";
  std::size_t first = 0;
  while (first + 1 < serial.size() && serial[first] == '0') ++first;
  serial.remove_prefix(first);
  if (!isAllDigits(serial)) return "";
  int twoDigits = year % 100;
  std::string_view spelled = stationInYear(canonical, year >= 100 ? year : releaseYear(year));
  if (serial.size() <= 6) {
    unsigned long number = 0;
    for (char c : serial) number = number * 10 + static_cast<unsigned long>(c - '0');
    spelled = spellingInRelease(spelled, twoDigits, number);  // TAIPEI / AITTAIPEI
  }
  std::string id;
  id.reserve(2 + spelled.size() + serial.size());
  id.push_back(static_cast<char>('0' + twoDigits / 10));
  id.push_back(static_cast<char>('0' + twoDigits % 10));
  id.append(spelled);
  id.append(serial);
  return id;
}

}  // namespace cablecat
