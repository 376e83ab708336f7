// Canonical reference IDs ("07ASTANA2318") and station names.
#include "reference_ids.h"

#include <array>

#include "ascii.h"
#include "station_table.h"

namespace cablecat {

namespace {

// Upper-case letters only; a zero between letters is read as the letter O
// ("BOG0TA"), every other character (spaces, dots, hyphens, apostrophes) drops out.
// Returns false when the text is too long to be a station name.
bool normalizeStation(std::string_view written, std::array<char, 64>& buffer, std::size_t& length) {
  length = 0;
  for (char c : written) {
    char upper = asciiUpper(c);
    if (upper == '0') upper = 'O';
    if (!isAsciiUpper(upper)) continue;
    if (length == buffer.size()) return false;
    buffer[length++] = upper;
  }
  return length > 0;
}

// Office prefixes cable text puts before a station ("AMEMBASSY ASTANA",
// "USINT HAVANA", "AMCONGEN HONG KONG", "USOFFICE PRISTINA").
constexpr std::array<std::string_view, 14> kOfficePrefixes = {
    "AMEMBASSY", "AMCONSULATE", "AMCONSUL", "AMCONGEN", "USMISSION", "AMEMB", "EMBASSY", "CONSULATE",
    "USCONSUL", "USEMBASSY", "USINT", "USLO", "USOFFICE", "CONGEN"};

// Names that changed during the release's span: the IDs follow the name in use
// in the cable's year (KIEV until 2006, KYIV after; CALCUTTA until 2007, ...).
std::string_view stationForYear(std::string_view station, int year) {
  if (year <= 0) return station;
  if (station == "KIEV" && year >= 2007) return "KYIV";
  if (station == "KYIV" && year <= 2005) return "KIEV";
  if (station == "CALCUTTA" && year >= 2008) return "KOLKATA";
  if (station == "KOLKATA" && year <= 2006) return "CALCUTTA";
  if (station == "MADRAS" && year >= 1997) return "CHENNAI";
  if (station == "CHENNAI" && year < 1997) return "MADRAS";
  if (station == "BELIZE" && year >= 2007) return "BELMOPAN";
  if (station == "LENINGRAD" && year >= 1992) return "STPETERSBURG";
  if (station == "STPETERSBURG" && year < 1992) return "LENINGRAD";
  if (station == "IRANRPODUBAI" && year >= 2009) return "RPODUBAI";
  return station;
}

// "ROME IT", "TOKYO JA": the two-letter country code some addresses add.
// Short English words are no country codes ("ROME OF 12 MAY"), nor is CA,
// a circular airgram ("STATE CA 3400").
std::string_view withoutCountryCode(std::string_view written) {
  while (!written.empty() && (written.back() == ' ' || written.back() == '.')) written.remove_suffix(1);
  if (written.size() < 5 || written[written.size() - 3] != ' ') return {};
  std::string_view code = written.substr(written.size() - 2);
  if (!isAsciiUpper(code[0]) || !isAsciiUpper(code[1])) return {};
  static constexpr std::array<std::string_view, 17> kWords = {"OF", "TO", "IN", "ON", "AT", "BY", "OR", "AN", "AS",
                                                              "IS", "NO", "SO", "UP", "DO", "WE", "ME", "CA"};
  for (std::string_view word : kWords)
    if (code == word) return {};
  return written.substr(0, written.size() - 3);
}

std::string_view lookupWrittenStation(std::string_view written) {
  std::array<char, 64> buffer{};
  std::size_t length = 0;
  if (!normalizeStation(written, buffer, length)) return {};
  std::string_view normalized(buffer.data(), length);
  std::string_view station = lookupNormalizedStation(normalized);
  if (!station.empty()) return station;
  for (std::string_view prefix : kOfficePrefixes)
    if (normalized.size() > prefix.size() && normalized.substr(0, prefix.size()) == prefix)
      return lookupNormalizedStation(normalized.substr(prefix.size()));
  return {};
}

}  // namespace

std::string canonicalStation(std::string_view written) {
  std::string_view station = lookupWrittenStation(written);
  if (station.empty()) {
    std::string_view withoutCode = withoutCountryCode(written);
    if (!withoutCode.empty()) station = lookupWrittenStation(withoutCode);
  }
  return std::string(station);
}

std::string canonicalRefId(int year, std::string_view station, std::string_view serial) {
  std::string canonical = canonicalStation(station);
  if (canonical.empty() || year < 0) return "";
  std::size_t first = 0;
  while (first + 1 < serial.size() && serial[first] == '0') ++first;
  serial.remove_prefix(first);
  if (serial.empty()) return "";
  for (char c : serial)
    if (!isAsciiDigit(c)) return "";
  int fourDigitYear = year >= 100 ? year : (year >= 66 ? 1900 + year : 2000 + year);
  std::string_view spelled = stationForYear(canonical, fourDigitYear);
  int twoDigits = year % 100;
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

bool isWellFormedRefId(std::string_view ref_id) {
  if (ref_id.size() < 4 || !isAsciiDigit(ref_id[0]) || !isAsciiDigit(ref_id[1])) return false;
  std::size_t i = 2;
  while (i < ref_id.size() && isAsciiUpper(ref_id[i])) ++i;
  if (i == 2 || i == ref_id.size()) return false;
  for (std::size_t j = i; j < ref_id.size(); ++j)
    if (!isAsciiDigit(ref_id[j])) return false;
  return true;
}

int yearOfRefId(std::string_view ref_id) {
  if (!isWellFormedRefId(ref_id)) return 0;
  int twoDigits = (ref_id[0] - '0') * 10 + (ref_id[1] - '0');
  // The release spans 1966-2010; two-digit years from 66 up are 19xx.
  return twoDigits >= 66 ? 1900 + twoDigits : 2000 + twoDigits;
}

}  // namespace cablecat
