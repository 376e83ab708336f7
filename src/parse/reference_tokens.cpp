// Tokenizes REF text and finds cable citations ("05 ALMATY 4353") in it.
#include "reference_tokens.h"

#include "reference_ids.h"

namespace cablecat {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool isWord(const RefToken& token) { return token.kind == RefTokenKind::word; }
bool isNumber(const RefToken& token) { return token.kind == RefTokenKind::number; }
bool isPunct(const RefToken& token, char c) {
  return token.kind == RefTokenKind::punct && token.text.size() == 1 && token.text[0] == c;
}

bool equalsUpper(std::string_view text, std::string_view upper) {
  if (text.size() != upper.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != upper[i]) return false;
  }
  return true;
}

int numberValue(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// A written year as the release uses it: two digits 00-12 or 66-99, or four
// digits 1966-2012. Returns 0..99, or -1 when the number is no such year.
int yearFromNumber(std::string_view digits) {
  if (digits.size() == 2) {
    int value = numberValue(digits);
    return (value <= 12 || value >= 66) ? value : -1;
  }
  if (digits.size() == 4) {
    int value = numberValue(digits);
    return (value >= 1966 && value <= 2012) ? value % 100 : -1;
  }
  return -1;
}

bool isSerial(const RefToken& token) { return isNumber(token) && token.text.size() <= 8; }

// Bytes that may sit inside a station name without ending it: hyphens,
// dots, apostrophes (also the UTF-8 bytes of a curly one).
bool isStationJoiner(const RefToken& token) {
  if (token.kind != RefTokenKind::punct) return false;
  unsigned char c = static_cast<unsigned char>(token.text[0]);
  return c == '-' || c == '.' || c == '\'' || c >= 0x80;
}

// A letter run that may be a station word; zeros typed for O count ("BOG0TA").
bool isStationWord(const RefToken& token) {
  if (isWord(token)) return true;
  if (token.kind != RefTokenKind::mixed || !isLetter(token.text[0])) return false;
  for (char c : token.text)
    if (isDigit(c) && c != '0') return false;
  return true;
}

// Longest station name starting at token `at` that is followed by a serial.
// Returns the index of the serial token, or 0 when none; sets `station`.
std::size_t matchStation(const std::vector<RefToken>& tokens, std::string_view source, std::size_t at,
                         std::size_t to, std::string& station, std::string_view ownStation = {}) {
  if (at >= to || !isStationWord(tokens[at])) return 0;
  if (!ownStation.empty() && at + 1 < to && isSerial(tokens[at + 1]) &&
      (equalsUpper(tokens[at].text, "EMBTEL") || equalsUpper(tokens[at].text, "OURTEL") ||
       equalsUpper(tokens[at].text, "CONTEL") || equalsUpper(tokens[at].text, "MYTEL"))) {
    station = std::string(ownStation);
    return at + 1;
  }
  // Collect up to five words joined by spaces or joiner punctuation.
  std::size_t wordEnds[5];
  std::size_t words = 0;
  std::size_t i = at;
  while (i < to && words < 5) {
    if (!isStationWord(tokens[i])) break;
    wordEnds[words++] = i;
    std::size_t next = i + 1;
    while (next < to && isStationJoiner(tokens[next])) ++next;
    if (next - i > 3) break;  // a run of punctuation ends the name
    i = next;
  }
  for (std::size_t n = words; n > 0; --n) {
    std::size_t last = wordEnds[n - 1];
    std::size_t serial = last + 1;
    if (serial >= to || !isSerial(tokens[serial])) continue;
    std::string candidate = canonicalStation(
        source.substr(tokens[at].begin, tokens[last].end - tokens[at].begin));
    if (!candidate.empty()) {
      station = std::move(candidate);
      return serial;
    }
  }
  return 0;
}

// "NNN.N OF NNN" or "NNN OF NNN" right after a padded serial: a page header.
bool pageHeaderFollows(const std::vector<RefToken>& tokens, std::size_t at, std::size_t to,
                       std::size_t& last) {
  if (at >= to || !isNumber(tokens[at]) || tokens[at].text.size() != 3) return false;
  std::size_t i = at + 1;
  if (i + 1 < to && isPunct(tokens[i], '.') && isNumber(tokens[i + 1])) i += 2;
  if (i + 1 < to && equalsUpper(tokens[i].text, "OF") && isNumber(tokens[i + 1])) {
    last = i + 1;
    return true;
  }
  return false;
}

bool isSerialSeparator(const RefToken& token) {
  return isPunct(token, ',') || isPunct(token, '&') || isPunct(token, '/') ||
         equalsUpper(token.text, "AND");
}

// Glued ID such as "09BOGOTA1506".
bool matchGluedId(const RefToken& token, CableCitation& citation) {
  std::string_view text = token.text;
  if (text.size() < 5 || !isDigit(text[0]) || !isDigit(text[1])) return false;
  std::size_t i = 2;
  while (i < text.size() && isLetter(text[i])) ++i;
  if (i == 2 || i == text.size()) return false;
  for (std::size_t j = i; j < text.size(); ++j)
    if (!isDigit(text[j])) return false;
  int year = yearFromNumber(text.substr(0, 2));
  std::string station = canonicalStation(text.substr(2, i - 2));
  if (year < 0 || station.empty()) return false;
  citation.year = year;
  citation.station = std::move(station);
  citation.serial = text.substr(i);
  return true;
}

}  // namespace

std::vector<RefToken> tokenizeReferenceText(std::string_view text) {
  std::vector<RefToken> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (isSpace(c)) {
      ++i;
      continue;
    }
    // No-break space (C2 A0) and line separator (E2 80 A8) from web pages are spaces.
    if (text.substr(i, 2) == "\xC2\xA0") {
      i += 2;
      continue;
    }
    if (text.substr(i, 3) == "\xE2\x80\xA8") {
      i += 3;
      continue;
    }
    std::size_t start = i;
    if (isLetter(c) || isDigit(c)) {
      bool letters = false, digits = false;
      while (i < text.size() && (isLetter(text[i]) || isDigit(text[i]))) {
        (isLetter(text[i]) ? letters : digits) = true;
        ++i;
      }
      RefTokenKind kind = letters && digits ? RefTokenKind::mixed
                                            : (letters ? RefTokenKind::word : RefTokenKind::number);
      tokens.push_back({kind, start, i, text.substr(start, i - start)});
    } else {
      ++i;
      tokens.push_back({RefTokenKind::punct, start, i, text.substr(start, 1)});
    }
  }
  return tokens;
}

std::vector<CableCitation> findCableCitations(const std::vector<RefToken>& tokens, std::size_t from,
                                              std::size_t to, std::string_view ownStation) {
  std::vector<CableCitation> found;
  if (tokens.empty()) return found;
  // All tokens view the same source text; recover it from the first token.
  std::string_view source(tokens.front().text.data() - tokens.front().begin,
                          tokens.back().end);
  std::size_t i = from;
  while (i < to) {
    CableCitation citation;
    std::size_t start = i;
    // Year before the station: "05", "2006", "'08", "(06)".
    std::size_t stationAt = i;
    int yearBefore = -1;
    bool afterOf = i > from && equalsUpper(tokens[i - 1].text, "OF");  // "SECTION 01 OF 02 MOSCOW"
    if (isNumber(tokens[i]) && !afterOf) {
      yearBefore = yearFromNumber(tokens[i].text);
      stationAt = i + 1;
    } else if (isPunct(tokens[i], '(') && i + 2 < to && isNumber(tokens[i + 1]) &&
               isPunct(tokens[i + 2], ')')) {
      yearBefore = yearFromNumber(tokens[i + 1].text);
      stationAt = i + 3;
    }
    std::string station;
    std::size_t serialAt = 0;
    if (yearBefore >= 0) serialAt = matchStation(tokens, source, stationAt, to, station, ownStation);
    if (serialAt == 0) {
      yearBefore = -1;
      stationAt = i;
      serialAt = matchStation(tokens, source, i, to, station, ownStation);
    }
    if (serialAt == 0) {
      if (tokens[i].kind == RefTokenKind::mixed && matchGluedId(tokens[i], citation)) {
        citation.first = citation.last = i;
        found.push_back(std::move(citation));
      }
      ++i;
      continue;
    }
    citation.first = start;
    citation.station = station;
    citation.serial = tokens[serialAt].text;
    citation.year = yearBefore;
    std::size_t last = serialAt;
    std::size_t headerEnd = 0;
    if (tokens[serialAt].text.size() >= 7 && pageHeaderFollows(tokens, serialAt + 1, to, headerEnd)) {
      citation.page_header = true;
      citation.last = headerEnd;
      found.push_back(std::move(citation));
      i = headerEnd + 1;
      continue;
    }
    // Year after the serial: "(06)", "(2008)", "OF 2006".
    if (last + 3 < to && isPunct(tokens[last + 1], '(') && isNumber(tokens[last + 2]) &&
        isPunct(tokens[last + 3], ')') && yearFromNumber(tokens[last + 2].text) >= 0) {
      citation.year = yearFromNumber(tokens[last + 2].text);
      last += 3;
    } else if (last + 2 < to && equalsUpper(tokens[last + 1].text, "OF") && isNumber(tokens[last + 2]) &&
               tokens[last + 2].text.size() == 4 && yearFromNumber(tokens[last + 2].text) >= 0) {
      citation.year = yearFromNumber(tokens[last + 2].text);
      last += 2;
    }
    citation.last = last;
    int year = citation.year;
    std::string continuedStation = citation.station;
    found.push_back(std::move(citation));
    // Further serials of the same station: "2799 AND 2764", "1104/1105", "19, 21".
    std::size_t j = last + 1;
    while (j + 1 < to && isSerialSeparator(tokens[j])) {
      std::size_t k = j + 1;
      if (k < to && equalsUpper(tokens[k].text, "AND") && isPunct(tokens[j], ',')) ++k;  // ", and"
      if (k >= to || !isSerial(tokens[k])) break;
      // A number that starts the next citation ("07 ABUJA 12") is its year.
      std::string ignored;
      if (yearFromNumber(tokens[k].text) >= 0 && matchStation(tokens, source, k + 1, to, ignored) != 0)
        break;
      // "8/25/08" and "11/15" are dates, not serials.
      if (k + 1 < to && isPunct(tokens[k + 1], '/') && !isPunct(tokens[j], '/')) break;
      CableCitation more;
      more.first = k;
      more.last = k;
      more.year = year;
      more.station = continuedStation;
      more.serial = tokens[k].text;
      more.continuation = true;
      found.push_back(std::move(more));
      j = k + 1;
    }
    i = j;
  }
  return found;
}

bool startsWithCableCitation(std::string_view text) {
  auto tokens = tokenizeReferenceText(text);
  std::size_t i = 0;
  // Skip a bullet: "A.", "A)", "(A)", "[A]", "A:".
  if (tokens.size() > 2 && (isPunct(tokens[0], '(') || isPunct(tokens[0], '[')) &&
      isWord(tokens[1]) && tokens[1].text.size() == 1)
    i = 3;
  else if (tokens.size() > 1 && isWord(tokens[0]) && tokens[0].text.size() == 1 &&
           (isPunct(tokens[1], '.') || isPunct(tokens[1], ')') || isPunct(tokens[1], ':')))
    i = 2;
  std::size_t to = std::min(tokens.size(), i + 10);
  auto citations = findCableCitations(tokens, i, to);
  return !citations.empty() && citations.front().first == i && !citations.front().page_header;
}

bool endsWithStationName(std::string_view text) {
  auto tokens = tokenizeReferenceText(text);
  std::size_t words = 0;
  for (std::size_t n = tokens.size(); n > 0 && words < 3; --n) {
    if (!isWord(tokens[n - 1])) {
      if (isStationJoiner(tokens[n - 1])) continue;
      break;
    }
    ++words;
    std::string_view tail = text.substr(tokens[n - 1].begin);
    if (!canonicalStation(tail).empty()) return true;
  }
  return false;
}

}  // namespace cablecat
