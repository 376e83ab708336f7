// Finds cable citations ("05 ALMATY 4353", "PANAMA 00725/08") among REF tokens.
#include <utility>

#include "ascii.h"
#include "reference_id.h"
#include "reference_tokens.h"
#include "reference_years.h"
#include "station_table.h"

namespace cablecat {

namespace {

bool isSerial(const RefToken& token) { return isNumberToken(token) && token.text.size() <= 8; }

// Bytes that may sit inside a station name without ending it: hyphens,
// dots, apostrophes (also the UTF-8 bytes of a curly one).
bool isStationJoiner(const RefToken& token) {
  if (token.kind != RefTokenKind::punct) return false;
  unsigned char c = static_cast<unsigned char>(token.text[0]);
  return c == '-' || c == '.' || c == '\'' || c >= 0x80;
}

// A letter run that may be a station word; zeros typed for O count
// ("BOG0TA", "05 0TTAWA 3518").
bool isStationWord(const RefToken& token) {
  if (isWordToken(token)) return true;
  if (token.kind != RefTokenKind::mixed) return false;
  std::size_t letters = 0;
  for (char c : token.text) {
    if (isAsciiDigit(c) && c != '0') return false;
    letters += isAsciiLetter(c) ? 1 : 0;
  }
  return letters >= 2;
}

bool isSerialSeparator(const RefToken& token) {
  return isPunctToken(token, ',') || isPunctToken(token, '&') || isPunctToken(token, '/') || tokenIs(token, "AND");
}

// A station name that matched, and the serial token after it (0: none).
struct StationMatch {
  std::string station;
  std::size_t serialAt = 0;
};

// Glued forms: "09BOGOTA1506", "2005PANAMA2342", or "09DHAHRAN" before a serial.
struct GluedParts {
  int year = -1;
  std::string station;
  std::string_view serial;  // empty: the serial is the next token
};

// Also a station glued to its serial without a year ("STATE12345", "ROME123").
// The station's letters may be of either case, the year as a REF line writes it.
bool splitGluedId(std::string_view text, GluedParts& parts) {
  ReferenceId id(text);
  std::size_t digits = id.yearDigits().size();
  if (digits != 0 && digits != 2 && digits != 4) return false;
  if (id.station().empty()) return false;
  for (char c : id.station())
    if (!isAsciiLetter(c)) return false;
  parts.year = digits == 0 ? -1 : yearFromDigits(id.yearDigits());
  parts.station = canonicalStation(id.station());
  parts.serial = id.serial();
  if (digits == 0 && (parts.serial.empty() || parts.serial.size() > 8)) return false;
  return (digits == 0 || parts.year >= 0) && !parts.station.empty();
}

// Offices whose messages are not State telegrams, though a station follows:
// "USDAO ANKARA 1234" is the attache's message, not ANKARA 1234.
bool isNonStateOffice(const RefToken& token) {
  static constexpr std::string_view kOffices[] = {"USDAO", "DAO", "DATT", "ODC", "OMC", "OSC", "FBIS", "DEA",
                                                  "LEGATT", "FBI", "USAID", "FAS", "USDA", "JUSMAG", "MILGRP",
                                                  "USMILGP", "NCIS", "DIA", "CIA"};
  for (std::string_view office : kOffices)
    if (tokenIs(token, office)) return true;
  return false;
}

// Words between a station and its serial: "STATE CABLE 12345", "MOSCOW TEL.
// NO. 1234", "STATE #1234".
bool isSerialFiller(const RefToken& token) {
  static constexpr std::string_view kWords[] = {"CABLE", "TELEGRAM", "TEL", "MSG", "NO", "NR", "NUMBER"};
  if (isPunctToken(token, '.') || isPunctToken(token, '#')) return true;
  for (std::string_view word : kWords)
    if (tokenIs(token, word)) return true;
  return false;
}

// "(NOTAL)" between serials of one station: "STATE 1234 (NOTAL) AND 5678".
bool isMarkerInParentheses(const std::vector<RefToken>& tokens, std::size_t at, std::size_t to) {
  static constexpr std::string_view kMarkers[] = {"NOTAL", "EXDIS", "NODIS", "LIMDIS"};
  if (at + 2 >= to || !isPunctToken(tokens[at], '(') || !isPunctToken(tokens[at + 2], ')')) return false;
  for (std::string_view marker : kMarkers)
    if (tokenIs(tokens[at + 1], marker)) return true;
  return false;
}

// Walks one token range and collects its citations in order.
class CitationScanner {
 public:
  CitationScanner(const std::vector<RefToken>& tokens, std::size_t to, std::string_view ownStation)
      : tokens_(tokens), to_(to), ownStation_(ownStation),
        source_(tokens.front().text.data() - tokens.front().begin, tokens.back().end) {}

  std::vector<CableCitation> scan(std::size_t from) {
    std::size_t i = from;
    while (i < to_) i = scanAt(i, from);
    return std::move(found_);
  }

 private:
  // Reads the citation starting at token i, if any; returns where to go on.
  std::size_t scanAt(std::size_t i, std::size_t from) {
    CableCitation citation;
    citation.first = i;
    StationMatch match;
    // Year before the station: "05", "2006", "'08", "(06)", "O4", "10-OTTAWA".
    bool afterOf = i > from && tokenIs(tokens_[i - 1], "OF");  // "SECTION 01 OF 02 MOSCOW"
    std::size_t stationAt = i;
    int yearBefore = afterOf ? -1 : yearOfToken(tokens_[i]);
    if (yearBefore >= 0) {
      stationAt = i + 1;
    } else if (isPunctToken(tokens_[i], '(') && i + 2 < to_ && isNumberToken(tokens_[i + 1]) &&
               isPunctToken(tokens_[i + 2], ')')) {
      yearBefore = yearFromDigits(tokens_[i + 1].text);
      stationAt = i + 3;
    }
    if (yearBefore >= 0) {
      // "10-OTTAWA-57", "08, STATE 1234".
      if (stationAt < to_ && (isPunctToken(tokens_[stationAt], '-') ||
                              (isPunctToken(tokens_[stationAt], ',') && tokens_[stationAt].begin == tokens_[i].end)))
        ++stationAt;
      match = matchStation(stationAt);
      if (match.serialAt == 0 && stationAt < to_ && tokens_[stationAt].kind == RefTokenKind::mixed)
        return scanGlued(stationAt, yearBefore, i);  // "09 STATE12345"
    }
    if (match.serialAt == 0) {
      yearBefore = -1;
      match = matchStation(i);
    }
    if (match.serialAt == 0) return scanGlued(i);
    if ((i > from && isNonStateOffice(tokens_[i - 1])) || isYearInTitle(from, i, match.serialAt))
      return match.serialAt + 1;
    citation.station = std::move(match.station);
    citation.year = yearBefore;
    return record(citation, match.serialAt);
  }

  // "09BOGOTA1506", "2005PANAMA2342", "09DHAHRAN 201", "STATE12345"; a
  // year written before it (`yearBefore`, at token `first`) when the glued
  // text has none ("09 STATE12345").
  std::size_t scanGlued(std::size_t i, int yearBefore = -1, std::size_t first = 0) {
    GluedParts parts;
    if (tokens_[i].kind != RefTokenKind::mixed || !splitGluedId(tokens_[i].text, parts)) return i + 1;
    CableCitation citation;
    citation.first = yearBefore >= 0 && parts.year < 0 ? first : i;
    citation.year = parts.year >= 0 ? parts.year : yearBefore;
    citation.station = std::move(parts.station);
    if (!parts.serial.empty()) {
      citation.serial = parts.serial;
      citation.last = i;
      previousStation_ = citation.station;
      found_.push_back(std::move(citation));
      return i + 1;
    }
    if (i + 1 >= to_ || !isSerial(tokens_[i + 1])) return i + 1;
    return record(citation, i + 1);
  }

  // Completes a citation whose serial is at `serialAt`, adds it and the
  // further serials that follow; returns the token after them.
  std::size_t record(CableCitation& citation, std::size_t serialAt) {
    // "STATE 07 1234", "STATE 08-1234": a year between station and serial.
    std::size_t afterYear = serialAt + 1;
    if (afterYear + 1 < to_ && isPunctToken(tokens_[afterYear], '-') && tokens_[afterYear].begin == tokens_[serialAt].end)
      ++afterYear;
    if (citation.year < 0 && afterYear < to_ && tokens_[serialAt].text.size() == 2 && isSerial(tokens_[afterYear]) &&
        tokens_[afterYear].text.size() >= 3 && yearFromDigits(tokens_[serialAt].text) >= 0) {
      citation.year = yearFromDigits(tokens_[serialAt].text);
      serialAt = afterYear;
    }
    citation.serial = tokens_[serialAt].text;
    std::size_t last = serialAt;
    std::size_t headerEnd = 0;
    if ((tokens_[serialAt].text.size() >= 7 || oldPageHeaderFollows(serialAt + 1, headerEnd)) &&
        pageHeaderFollows(serialAt + 1, headerEnd)) {
      citation.page_header = true;
      citation.last = headerEnd;
      found_.push_back(std::move(citation));
      return headerEnd + 1;
    }
    int yearAfter = -1;
    if (readYearAfterSerial(tokens_, serialAt, to_, yearAfter, last)) citation.year = yearAfter;
    citation.last = last;
    int year = citation.year;
    std::string station = citation.station;
    previousStation_ = station;
    found_.push_back(std::move(citation));
    return recordFurtherSerials(last + 1, year, station);
  }

  // Further serials of the same station: "2799 AND 2764", "1104/1105", "19, 21".
  std::size_t recordFurtherSerials(std::size_t j, int year, const std::string& station) {
    for (;;) {
      std::size_t next = isMarkerInParentheses(tokens_, j, to_) ? j + 3 : j;
      if (next + 1 >= to_ || !isSerialSeparator(tokens_[next])) break;
      j = next;
      std::size_t k = j + 1;
      if (k < to_ && tokenIs(tokens_[k], "AND") && isPunctToken(tokens_[j], ',')) ++k;  // ", and"
      if (k >= to_ || !isSerial(tokens_[k])) break;
      // A number that starts the next citation ("07 ABUJA 12", "07 BsAs 1892") is its year.
      if (yearFromDigits(tokens_[k].text) >= 0 && (matchStation(k + 1).serialAt != 0 || startsUnknownCitation(k)))
        break;
      // "8/25/08", "11/15" and "CAIRO 1234, 12 MAY 2009" hold dates, not serials.
      if (k + 1 < to_ && isPunctToken(tokens_[k + 1], '/') && !isPunctToken(tokens_[j], '/')) break;
      if (k + 1 < to_ && tokens_[k].text.size() <= 2 && isWordToken(tokens_[k + 1]) && isMonthWord(tokens_[k + 1].text))
        break;
      CableCitation more;
      more.first = more.last = k;
      more.year = year;
      more.station = station;
      more.serial = tokens_[k].text;
      more.continuation = true;
      int yearAfter = -1;
      if (readYearAfterSerial(tokens_, k, to_, yearAfter, more.last)) more.year = yearAfter;
      j = more.last + 1;
      found_.push_back(std::move(more));
    }
    return j;
  }

  // "A. 09 MOSCOW 12 (MOSCOW 2008 ELECTIONS)", '("ROME 2009: A YEAR OF
  // CHANGE")': a station and a year inside the title of a citation before
  // them, no citation of their own.
  bool isYearInTitle(std::size_t from, std::size_t stationAt, std::size_t serialAt) const {
    if (found_.empty() || tokens_[serialAt].text.size() != 4 || yearFromDigits(tokens_[serialAt].text) < 0)
      return false;
    std::size_t next = serialAt + 1;
    if (next >= to_ || !(isPunctToken(tokens_[next], ':') ||
                         (isWordToken(tokens_[next]) && !isSerialSeparator(tokens_[next]) && !tokenIs(tokens_[next], "OF"))))
      return false;
    int depth = 0;
    bool quoted = false;
    for (std::size_t k = from; k < stationAt; ++k) {
      if (isPunctToken(tokens_[k], '(')) ++depth;
      if (isPunctToken(tokens_[k], ')') && depth > 0) --depth;
      if (isPunctToken(tokens_[k], '"')) quoted = !quoted;
    }
    return depth > 0 || quoted;
  }

  // "07 BsAs 1892": two digits, a word no table knows, a serial.
  bool startsUnknownCitation(std::size_t k) const {
    if (tokens_[k].text.size() != 2 || k + 2 >= to_ || !isWordToken(tokens_[k + 1]) ||
        tokens_[k + 1].text.size() < 2 || tokenIs(tokens_[k + 1], "AND") || tokenIs(tokens_[k + 1], "OR") ||
        isMonthWord(tokens_[k + 1].text))
      return false;
    return isSerial(tokens_[k + 2]) && tokens_[k + 2].text.size() >= 2;
  }

  // The serial after a station name: right after it, or after one "-"
  // ("10-OTTAWA-57"), ":" ("STATE: 73097"), or "," when the station repeats
  // the one just cited ("PRAGUE 849, PRAGUE, 1228").
  std::size_t serialAfter(std::size_t lastWord, std::string_view station) const {
    std::size_t next = lastWord + 1;
    if (next >= to_) return 0;
    if (isSerial(tokens_[next])) return next;
    std::size_t filler = next;
    while (filler < to_ && filler - next < 4 && isSerialFiller(tokens_[filler])) ++filler;
    if (filler > next && filler < to_ && isSerial(tokens_[filler]) && !isPunctToken(tokens_[next], '.'))
      return filler;
    if (next + 1 >= to_ || !isSerial(tokens_[next + 1])) return 0;
    if (isPunctToken(tokens_[next], '-')) return next + 1;
    if (isPunctToken(tokens_[next], ':') && tokens_[next + 1].text.size() >= 3) return next + 1;
    if (isPunctToken(tokens_[next], ',') && station == previousStation_) return next + 1;
    return 0;
  }

  // "CAIRO 12 MAY", "DEPT 12/10/08": a date, not a serial.
  bool isPartOfDate(std::size_t serialAt) const {
    std::size_t next = serialAt + 1;
    if (tokens_[serialAt].text.size() <= 2 && next < to_ && isWordToken(tokens_[next]) &&
        isMonthWord(tokens_[next].text))
      return true;
    return tokens_[serialAt].text.size() <= 2 && next + 2 < to_ && isPunctToken(tokens_[next], '/') &&
           isNumberToken(tokens_[next + 1]) && isPunctToken(tokens_[next + 2], '/');
  }

  bool isOwnTelegramWord(const RefToken& token) const {
    static constexpr std::string_view kWords[] = {"EMBTEL", "OURTEL", "CONTEL", "MYTEL",
                                                  "EMBTELS", "OURTELS", "CONTELS", "MYTELS"};
    if (ownStation_.empty()) return false;
    for (std::string_view word : kWords)
      if (tokenIs(token, word)) return true;
    return false;
  }

  // The word at `last` adds nothing to the station the words up to
  // `previous` name: a country code after it.
  bool isCountryCodeOf(std::size_t at, std::size_t previous, std::size_t last, const std::string& station) const {
    return tokens_[last].text.size() == 2 &&
           canonicalStation(source_.substr(tokens_[at].begin, tokens_[previous].end - tokens_[at].begin)) == station;
  }

  // Longest station name starting at token `at` that is followed by a serial.
  StationMatch matchStation(std::size_t at) const {
    StationMatch match;
    if (at >= to_ || !isStationWord(tokens_[at])) return match;
    if (at + 1 < to_ && isSerial(tokens_[at + 1]) && isOwnTelegramWord(tokens_[at])) {
      match.station = std::string(ownStation_);
      match.serialAt = at + 1;
      return match;
    }
    // Collect up to five words joined by spaces or joiner punctuation.
    std::size_t wordEnds[5];
    std::size_t words = 0;
    for (std::size_t i = at; i < to_ && words < 5;) {
      if (!isStationWord(tokens_[i])) break;
      wordEnds[words++] = i;
      std::size_t next = i + 1;
      while (next < to_ && isStationJoiner(tokens_[next])) ++next;
      if (next - i > 3) break;  // a run of punctuation ends the name
      i = next;
    }
    for (std::size_t n = words; n > 0; --n) {
      std::size_t last = wordEnds[n - 1];
      std::string candidate =
          canonicalStation(source_.substr(tokens_[at].begin, tokens_[last].end - tokens_[at].begin));
      if (candidate.empty()) continue;
      std::size_t serial = serialAfter(last, candidate);
      // "ROME IT 1234": a country code takes its serial right after it;
      // "STATE CA-3400" is a circular airgram, not STATE 3400.
      if (n > 1 && serial != last + 1 && isCountryCodeOf(at, wordEnds[n - 2], last, candidate)) continue;
      if (serial == 0 || isPartOfDate(serial)) continue;
      match.station = std::move(candidate);
      match.serialAt = serial;
      return match;
    }
    return match;
  }

  // "NN OF NN DDHHMMZ" after a serial: an old page header without "PAGE"
  // ("ROME 01196 01 OF 02 082030Z").
  bool oldPageHeaderFollows(std::size_t at, std::size_t& last) const {
    if (at + 3 >= to_ || !isNumberToken(tokens_[at]) || tokens_[at].text.size() != 2 || !tokenIs(tokens_[at + 1], "OF") ||
        !isNumberToken(tokens_[at + 2]))
      return false;
    std::string_view dtg = tokens_[at + 3].text;
    if (dtg.size() != 7 || (dtg.back() != 'Z' && dtg.back() != 'z')) return false;
    for (std::size_t i = 0; i < 6; ++i)
      if (!isAsciiDigit(dtg[i])) return false;
    last = at + 3;
    return true;
  }

  // "NNN.N OF NNN" or "NNN OF NNN" right after a padded serial: a page header.
  bool pageHeaderFollows(std::size_t at, std::size_t& last) const {
    if (oldPageHeaderFollows(at, last)) return true;
    if (at >= to_ || !isNumberToken(tokens_[at]) || tokens_[at].text.size() != 3) return false;
    std::size_t i = at + 1;
    if (i + 1 < to_ && isPunctToken(tokens_[i], '.') && isNumberToken(tokens_[i + 1])) i += 2;
    if (i + 1 < to_ && tokenIs(tokens_[i], "OF") && isNumberToken(tokens_[i + 1])) {
      last = i + 1;
      return true;
    }
    return false;
  }

  const std::vector<RefToken>& tokens_;
  std::size_t to_;
  std::string_view ownStation_;
  std::string_view source_;  // all tokens view this text
  std::string previousStation_;
  std::vector<CableCitation> found_;
};

}  // namespace

std::vector<CableCitation> findCableCitations(const std::vector<RefToken>& tokens, std::size_t from,
                                              std::size_t to, std::string_view ownStation) {
  if (tokens.empty() || from >= to) return {};
  return CitationScanner(tokens, to, ownStation).scan(from);
}

}  // namespace cablecat
