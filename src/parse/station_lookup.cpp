// Station names: written spellings to the release's, by hash lookup in the
// generated table, office prefixes and country codes dropped, typos tolerated.
#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "ascii.h"
#include "station_table.h"

namespace cablecat {

namespace {

const std::unordered_map<std::string_view, std::string_view>& stationIndex() {
  static const auto index = [] {
    std::unordered_map<std::string_view, std::string_view> map;
    map.reserve(kStationTableSize * 2);
    for (std::size_t i = 0; i < kStationTableSize; ++i)
      map.emplace(kStationTable[i].written, kStationTable[i].canonical);
    return map;
  }();
  return index;
}

// Distinct canonical stations, the only targets a typo may resolve to.
const std::vector<std::string_view>& canonicalStations() {
  static const auto stations = [] {
    std::vector<std::string_view> list;
    for (std::size_t i = 0; i < kStationTableSize; ++i)
      if (std::string_view(kStationTable[i].written) == kStationTable[i].canonical)
        list.emplace_back(kStationTable[i].canonical);
    return list;
  }();
  return stations;
}

// True when a and b differ by one insertion, deletion, substitution or swap
// of neighbours.
bool withinOneEdit(std::string_view shorter, std::string_view longer) {
  if (shorter.size() > longer.size()) return withinOneEdit(longer, shorter);
  if (longer.size() - shorter.size() > 1) return false;
  std::size_t i = 0;
  while (i < shorter.size() && shorter[i] == longer[i]) ++i;
  if (i == shorter.size()) return true;
  auto sameFrom = [](std::string_view x, std::size_t xi, std::string_view y, std::size_t yi) {
    if (x.size() - xi != y.size() - yi) return false;
    for (; xi < x.size(); ++xi, ++yi)
      if (x[xi] != y[yi]) return false;
    return true;
  };
  if (shorter.size() < longer.size()) return sameFrom(shorter, i, longer, i + 1);  // one letter more
  if (sameFrom(shorter, i + 1, longer, i + 1)) return true;                         // one letter changed
  return i + 1 < shorter.size() && shorter[i] == longer[i + 1] && shorter[i + 1] == longer[i] &&
         sameFrom(shorter, i + 2, longer, i + 2);                                  // two letters swapped
}

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

std::string_view lookupNormalizedStation(std::string_view normalized) {
  const auto& index = stationIndex();
  auto found = index.find(normalized);
  return found == index.end() ? std::string_view() : found->second;
}

std::string_view spellingInRelease(std::string_view station, int year, unsigned long serial) {
  if (year < 0 || year > 99 || serial >= 1000000) return station;
  unsigned key = static_cast<unsigned>(year) * 1000000u + static_cast<unsigned>(serial);
  const SharedSeriesEntry* end = kSharedSeries + kSharedSeriesSize;
  const SharedSeriesEntry* first = std::lower_bound(
      kSharedSeries, end, key, [](const SharedSeriesEntry& entry, unsigned value) { return entry.year_serial < value; });
  std::string_view other;
  for (const SharedSeriesEntry* entry = first; entry != end && entry->year_serial == key; ++entry) {
    std::string_view spelling = kSharedSeriesSpellings[entry->spelling];
    if (spelling == station) return station;  // the release has it as cited
    other = spelling;
  }
  if (other.empty()) return station;
  for (std::size_t i = 0; i < kSharedSeriesSpellingsSize; ++i)
    if (kSharedSeriesSpellings[i] == station) return other;
  return station;
}

std::string_view nearestStation(std::string_view normalized) {
  if (normalized.size() < 6) return {};
  std::string_view best;
  for (std::string_view station : canonicalStations()) {
    if (station.size() + 1 < normalized.size() || station.size() > normalized.size() + 1) continue;
    if (!withinOneEdit(station, normalized)) continue;
    if (!best.empty() && best != station) return {};  // ambiguous
    best = station;
  }
  return best;
}

std::string canonicalStation(std::string_view written) {
  std::string_view station = lookupWrittenStation(written);
  if (station.empty()) {
    std::string_view withoutCode = withoutCountryCode(written);
    if (!withoutCode.empty()) station = lookupWrittenStation(withoutCode);
  }
  return std::string(station);
}

std::string_view stationInYear(std::string_view station, int year) {
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

}  // namespace cablecat
