// Reference IDs as the release writes them ("07ASTANA2327": a two-digit
// year, the station's letters, the serial's digits): their parts, their
// shape, the release's year rule and the canonical ID of a citation.
#pragma once

#include <string>
#include <string_view>

namespace cablecat {

// The release runs from 1966: a two-digit year from 66 up is 19xx, below it
// 20xx. (REF lines that write a year have rules of their own for what they
// accept: reference_years.h.)
inline constexpr int kFirstReleaseYear = 1966;
constexpr int releaseYear(int twoDigits) {
  return twoDigits >= kFirstReleaseYear % 100 ? 1900 + twoDigits : 2000 + twoDigits;
}

// Any text read as an ID: the leading digits, the trailing digits and what
// stands between. Never fails; an ID of another shape ("7575LIBREVILLE1895",
// "08ECTION01OF02MANAMA492") keeps whatever parts it has and says it is not
// well formed. A view: the text must outlive it.
class ReferenceId {
 public:
  explicit ReferenceId(std::string_view text);

  std::string_view text() const { return text_; }
  // "07"; "7575" of "7575LIBREVILLE1895"; empty when the text starts otherwise.
  std::string_view yearDigits() const { return yearDigits_; }
  // Between the leading and the trailing digits: the station of a
  // well-formed ID ("ASTANA"), whatever stands there in another
  // ("LIBREVILLE", "ECTION01OF02MANAMA").
  std::string_view station() const { return station_; }
  // The trailing digits, leading zeros kept ("0482"); empty when none.
  std::string_view serial() const { return serial_; }

  // Two digits, upper-case letters, digits: the shape of every ID the
  // release gives a cable (and of every canonical ID cablecat makes).
  bool isWellFormed() const;
  // Digits, then upper-case letters and digits beginning with a letter,
  // ending in a digit: how the release publishes an ID, well formed or not.
  bool hasPublishedShape() const;

  // The first two digits as a year, 0..99, when the text starts with two
  // digits and goes on; -1 otherwise. Also for IDs that are not well formed:
  // "7575LIBREVILLE1895" is of 75.
  int twoDigitYear() const;
  // The same as a four-digit year (1975); 0 when there is none.
  int year() const;

  // Length of the well-formed ID that starts `text` ("06THEHAGUE131  ..." ->
  // 12), whatever follows it; 0 when the text starts otherwise.
  static std::size_t wellFormedLength(std::string_view text);

 private:
  std::string_view text_, yearDigits_, station_, serial_;
};

// The ID column of a page or dump: the published shape, 5 to 40 characters
// (a longer run is text that happens to start and end with digits).
bool looksLikePublishedId(std::string_view text);

// The canonical ID of a citation: "07" + "ASTANA" + "002318" ->
// "07ASTANA2318", the written station named as the release names it in that
// year (KIEV/KYIV, the two spellings of AIT Taipei). `year` is two digits or
// four. Empty when the station is unknown or the serial is not all digits.
std::string canonicalRefId(int year, std::string_view station, std::string_view serial);

}  // namespace cablecat
