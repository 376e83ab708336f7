// Normalizes metadata values that readers copy verbatim from their container.
#include "metadata.h"

#include <charconv>

#include "iso_format.h"
#include "text_lines.h"

namespace cablecat {

namespace {

// Reads digits at `pos`; returns -1 when there are none.
int readNumber(std::string_view text, std::size_t& pos, std::size_t maxDigits) {
  std::size_t start = pos;
  int value = 0;
  while (pos < text.size() && pos - start < maxDigits && isAsciiDigit(text[pos]))
    value = value * 10 + (text[pos++] - '0');
  return pos == start ? -1 : value;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
  if (pos < text.size() && text[pos] == c) {
    ++pos;
    return true;
  }
  return false;
}

std::string formatIso(int year, int month, int day, int hour, int minute) {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return "";
  if (hour < 0) return isoDate(year, month, day);
  if (hour > 23 || minute < 0 || minute > 59) return "";
  return isoDateTime(year, month, day, hour, minute);
}

// "HH:MM" after a space, or nothing.
void readTime(std::string_view text, std::size_t& pos, int& hour, int& minute) {
  hour = -1;
  minute = -1;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == 'T')) ++pos;
  int h = readNumber(text, pos, 2);
  if (h < 0 || !expect(text, pos, ':')) return;
  int m = readNumber(text, pos, 2);
  if (m < 0) return;
  hour = h;
  minute = m;
}

}  // namespace

std::string normalizeDateTime(std::string_view text) {
  text = trim(text);
  std::size_t pos = 0;
  int first = readNumber(text, pos, 4);
  if (first < 0) return "";
  int year = 0, month = 0, day = 0;
  if (pos == 4 && expect(text, pos, '-')) {  // ISO: YYYY-MM-DD
    year = first;
    month = readNumber(text, pos, 2);
    if (!expect(text, pos, '-')) return "";
    day = readNumber(text, pos, 2);
  } else if (pos <= 2 && expect(text, pos, '/')) {  // cables.csv: M/D/YYYY
    month = first;
    day = readNumber(text, pos, 2);
    if (!expect(text, pos, '/')) return "";
    std::size_t yearStart = pos;
    year = readNumber(text, pos, 4);
    if (pos - yearStart == 2) year = dateYear(year);
  } else {
    return "";
  }
  int hour = -1, minute = -1;
  readTime(text, pos, hour, minute);
  return formatIso(year, month, day, hour, minute);
}

namespace {

// Minutes since 2000-01-01 of "YYYY-MM-DDTHH:MM"; -1 when unreadable.
long minutesOf(std::string_view iso) {
  if (iso.size() < 16) return -1;
  auto number = [&](std::size_t at, std::size_t length) {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) {
      if (!isAsciiDigit(iso[i])) return -1;
      value = value * 10 + (iso[i] - '0');
    }
    return value;
  };
  int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  int hour = number(11, 2), minute = number(14, 2);
  if (year < 0 || month < 1 || day < 1 || hour < 0 || minute < 0) return -1;
  // Days from civil date (Howard Hinnant's algorithm), exact across months.
  int y = year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  long days = era * 146097 + doe - 719468;
  return (days * 24 + hour) * 60 + minute;
}

}  // namespace

void reconcileCreatedWithDtg(Cable& cable) {
  if (cable.dtg.size() < 16 || cable.created.size() < 16) return;
  std::string fromDtg = cable.dtg.substr(0, 16);
  if (fromDtg == cable.created.substr(0, 16)) return;
  long created = minutesOf(cable.created), dtg = minutesOf(fromDtg);
  if (created < 0 || dtg < 0) return;
  long difference = created > dtg ? created - dtg : dtg - created;
  if (difference > 24 * 60) {
    cable.diagnostics.push_back({Severity::note, "Created " + cable.created +
                                                     " is more than a day from the DTG " +
                                                     cable.dtg + "; kept Created"});
    return;
  }
  cable.diagnostics.push_back({Severity::note, "Created " + cable.created +
                                                   " disagrees with the DTG " + cable.dtg +
                                                   "; using the DTG"});
  cable.created = fromDtg;
}

void applyMetadata(const RawMetadata& metadata, Cable& cable) {
  // As published; canonicalizePublishedRefId (reference_id_repair.h) reads
  // "08ECTION01OF02MANAMA492" back to 08MANAMA492 once the header is parsed.
  cable.ref_id = toUpper(trim(metadata.ref_id));
  cable.created = normalizeDateTime(metadata.created);
  if (cable.created.empty() && !trim(metadata.created).empty())
    cable.diagnostics.push_back(
        {Severity::warning, "unreadable Created date '" + std::string(trim(metadata.created)) + "'"});
  cable.released = normalizeDateTime(metadata.released);
  cable.classification = collapseSpaces(toUpper(metadata.classification));
  cable.origin = collapseSpaces(metadata.origin);
  cable.listed_references = metadata.listed_references;
  cable.has_listed_references = metadata.has_listed_references;
}

}  // namespace cablecat
