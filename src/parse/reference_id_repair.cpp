// Reads a published reference ID back to the canonical ID of its cable.
#include "reference_id_repair.h"

#include <algorithm>

#include "ascii.h"
#include "edit_distance.h"
#include "field_text.h"
#include "reference_id.h"
#include "reference_tokens.h"
#include "station_table.h"
#include "text_lines.h"

namespace cablecat {

namespace {

std::string withoutLeadingZeros(std::string_view digits) {
  while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
  return std::string(digits);
}

// A run of letters and the digits after it, in a published ID after its year:
// "09SECTION02OF03QRIPOLI583" -> SECTION 02, OF 03, QRIPOLI 583.
struct Run {
  std::string_view letters;
  std::string_view digits;
  std::string station;  // canonical station the letters name or nearly name; may be empty
};

std::vector<Run> runsAfterYear(std::string_view id) {
  std::vector<Run> runs;
  std::size_t i = 2;
  while (i < id.size()) {
    std::size_t start = i;
    while (i < id.size() && isAsciiUpper(id[i])) ++i;
    std::size_t digitsStart = i;
    while (i < id.size() && isAsciiDigit(id[i])) ++i;
    if (i == start) return {};  // a character that is neither
    Run run{id.substr(start, digitsStart - start), id.substr(digitsStart, i - digitsStart), ""};
    if (run.letters.size() >= 2) {
      run.station = canonicalStation(run.letters);
      if (run.station.empty()) run.station = std::string(nearestStation(run.letters));
    }
    runs.push_back(run);
  }
  return runs;
}

// The canonical ID chosen and where it came from.
struct Reading {
  std::string station;
  std::string serial;
  const char* source = nullptr;
};

// The text names a run's serial under a station the run's letters are (close to).
bool readFromOwnNumbers(const std::vector<Run>& runs, const std::vector<OwnNumber>& own, Reading& reading) {
  for (const Run& run : runs) {
    if (run.letters.size() < 2) continue;
    for (const OwnNumber& number : own) {
      bool sameSerial = !run.digits.empty() && number.serial == withoutLeadingZeros(run.digits);
      bool sameStation = number.station == run.station || withinEdits(run.letters, number.station, 2);
      if (!sameStation) continue;
      if (sameSerial || (run.digits.empty() && runs.size() == 1)) {  // "06ASTANA": the serial from the text
        reading = {number.station, number.serial, "its classification line"};
        return true;
      }
    }
  }
  return false;
}

// The FM line names the station of exactly one run that has a serial.
bool readFromFmLine(const std::vector<Run>& runs, const std::string& fmStation, Reading& reading) {
  if (fmStation.empty()) return false;
  std::size_t matches = 0;
  for (const Run& run : runs) {
    if (run.letters.size() < 3 || run.digits.empty()) continue;
    if (run.station != fmStation && !withinEdits(run.letters, fmStation, 2)) continue;
    reading = {fmStation, withoutLeadingZeros(run.digits), "its FM line"};
    ++matches;
  }
  return matches == 1;
}

// Exactly one run with a serial names a station.
bool readFromStationTable(const std::vector<Run>& runs, Reading& reading) {
  std::size_t matches = 0;
  for (const Run& run : runs) {
    if (run.station.empty() || run.digits.empty()) continue;
    reading = {run.station, withoutLeadingZeros(run.digits), "the station table"};
    ++matches;
  }
  return matches == 1;
}

void keepMalformed(Cable& cable) {
  cable.ref_id_malformed = true;
  cable.diagnostics.push_back({Severity::warning, "malformed reference ID '" + cable.ref_id + "' kept as written"});
}

void useCanonical(Cable& cable, int year, const Reading& reading) {
  std::string canonical = canonicalRefId(year, reading.station, reading.serial);
  if (canonical.empty() || canonical == cable.ref_id) {
    if (!ReferenceId(cable.ref_id).isWellFormed()) keepMalformed(cable);
    return;
  }
  cable.diagnostics.push_back({Severity::note, "published reference ID '" + cable.ref_id + "' read as " + canonical +
                                                   " (from " + reading.source + ")"});
  cable.published_ref_id = std::move(cable.ref_id);
  cable.ref_id = std::move(canonical);
}

// "09EFTOLONDON2187", "08PARISFR2144", "09BRUSSQLS1235": well formed, but
// the station table spells the station another way. The FM line, when
// there is one, must agree.
void canonicalizeStationSpelling(Cable& cable, const ReferenceId& id) {
  std::string_view station = lookupNormalizedStation(id.station());
  if (station.empty() || station == id.station()) return;
  std::string fmStation = canonicalStation(cable.from_station);
  if (!fmStation.empty() && fmStation != station) return;
  Reading reading{std::string(station), withoutLeadingZeros(id.serial()),
                  fmStation.empty() ? "the station table" : "its FM line"};
  useCanonical(cable, id.twoDigitYear(), reading);
}

}  // namespace

std::vector<OwnNumber> ownNumbersInText(std::string_view body) {
  std::vector<OwnNumber> numbers;
  std::size_t pos = 0, contentLines = 0;
  std::string_view line;
  while (field_text::nextLine(body, pos, line)) {
    bool opening = contentLines < 3 && !trim(line).empty();
    if (!trim(line).empty()) ++contentLines;
    if (!opening && !isPageBreakLine(line)) continue;
    std::vector<RefToken> tokens = tokenizeReferenceText(line);
    for (const CableCitation& citation : findCableCitations(tokens, 0, tokens.size()))
      numbers.push_back({citation.station, withoutLeadingZeros(citation.serial)});
  }
  return numbers;
}

void canonicalizePublishedRefId(Cable& cable) {
  if (cable.ref_id.empty()) return;
  ReferenceId id(cable.ref_id);
  if (id.isWellFormed()) {
    canonicalizeStationSpelling(cable, id);
    return;
  }
  int year = id.twoDigitYear();
  std::vector<Run> runs;
  if (year >= 0) runs = runsAfterYear(cable.ref_id);
  if (runs.empty()) {
    keepMalformed(cable);
    return;
  }
  Reading reading;
  if (readFromOwnNumbers(runs, ownNumbersInText(cable.body), reading) ||
      readFromFmLine(runs, canonicalStation(cable.from_station), reading) || readFromStationTable(runs, reading))
    useCanonical(cable, year, reading);
  else
    keepMalformed(cable);
}

}  // namespace cablecat
