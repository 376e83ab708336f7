// Hash lookup and typo-tolerant search over the generated station table.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

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

}  // namespace cablecat
