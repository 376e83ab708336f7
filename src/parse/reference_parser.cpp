// REF lists: splits the list into lettered items and turns each into references.
#include "reference_parser.h"

#include "ascii.h"
#include "reference_block.h"
#include "reference_bullets.h"
#include "reference_id.h"
#include "reference_kind.h"
#include "reference_tokens.h"
#include "station_table.h"
#include "text_lines.h"

namespace cablecat {

namespace {

bool isPunct(const RefToken& token, char c) { return isPunctToken(token, c); }

// Four-digit year at the start of an ISO date, or anywhere as 19xx/20xx:
// a year of the release's span, with a margin for typed dates.
constexpr int kFirstCitingYear = 1960;
constexpr int kLastCitingYear = 2015;
int yearInText(std::string_view text) {
  for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
    if (i > 0 && isAsciiDigit(text[i - 1])) continue;
    if (!isAsciiDigit(text[i]) || !isAsciiDigit(text[i + 1]) || !isAsciiDigit(text[i + 2]) || !isAsciiDigit(text[i + 3]))
      continue;
    if (i + 4 < text.size() && isAsciiDigit(text[i + 4])) continue;
    int year = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
    if (year >= kFirstCitingYear && year <= kLastCitingYear) return year;
  }
  return 0;
}

// The year a reference without one belongs to: the citing cable's, also
// from an ID that is not well formed ("7575LIBREVILLE1895").
int citingYear(const Cable& cable) {
  if (int year = ReferenceId(cable.ref_id).year()) return year;
  if (int year = yearInText(cable.created)) return year;
  return yearInText(cable.dtg);
}

// "ASTANA" from "07ASTANA2327", empty when the ID has another shape.
std::string_view stationOfWellFormed(const ReferenceId& id) { return id.isWellFormed() ? id.station() : ""; }

std::string spanText(std::string_view text, const std::vector<RefToken>& tokens, std::size_t first,
                     std::size_t end) {
  if (first >= end) return "";
  std::string raw = collapseSpaces(text.substr(tokens[first].begin, tokens[end - 1].end - tokens[first].begin));
  // Separators and joining words between items belong to neither.
  for (;;) {
    while (!raw.empty() && (raw.back() == ',' || raw.back() == ';' || raw.back() == ':' || raw.back() == ' ' ||
                            raw.back() == '-' || (raw.back() == '.' && raw.size() > 1 && isAsciiDigit(raw[raw.size() - 2]))))
      raw.pop_back();
    if (raw.size() > 4 && equalsNoCase(std::string_view(raw).substr(raw.size() - 4), " AND")) {
      raw.resize(raw.size() - 4);
      continue;
    }
    break;
  }
  return raw;
}

class ListParser {
 public:
  ListParser(std::string_view text, const Cable& cable, int year)
      : text_(text), tokens_(tokenizeReferenceText(text)), cable_(cable), citingYear_(year),
        ownStation_(stationOfWellFormed(ReferenceId(cable.ref_id))) {}

  std::vector<Reference> parse() {
    std::vector<Bullet> bullets = findBullets(text_, tokens_);
    std::size_t firstBullet = bullets.empty() ? tokens_.size() : bullets.front().first;
    parseItem(0, firstBullet, "", bullets.empty());
    for (std::size_t i = 0; i < bullets.size(); ++i) {
      std::size_t end = i + 1 < bullets.size() ? bullets[i + 1].first : tokens_.size();
      std::string label = bullets[i].number.empty() ? std::string(1, bullets[i].letter) : std::string(bullets[i].number);
      parseItem(bullets[i].end, end, label, false);
    }
    return std::move(references_);
  }

 private:
  void parseItem(std::size_t from, std::size_t to, const std::string& letter, bool unbulleted) {
    // "A. ) STATE 064404", "REF (A): STATE 1234": bullet leftovers.
    while (from < to && (isPunct(tokens_[from], ')') || isPunct(tokens_[from], ':'))) ++from;
    if (from >= to) return;
    auto citations = findCableCitations(tokens_, from, to, ownStation_);
    if (citations.empty()) {
      addNonCable(from, to, letter);
      return;
    }
    // A bulleted item is one reference, or several citations found by
    // scanning; its title may hold ':' and ';' ("07 TRIPOLI 370 - QADHAFI:
    // ..."). Without bullets, ';' and ':' separate references
    // ("TEHRAN 1091: TEHRAN 263", "STATE 106206 CIRCULAR; STATE CA-3400").
    if (!unbulleted) {
      parseSegment(from, to, letter, true);
      return;
    }
    std::size_t segmentStart = from;
    int depth = 0;
    bool quoted = false;
    std::size_t citation = 0;
    for (std::size_t k = from; k < to; ++k) {
      if (isPunct(tokens_[k], '(')) ++depth;
      if (isPunct(tokens_[k], ')') && depth > 0) --depth;
      if (isPunct(tokens_[k], '"')) quoted = !quoted;
      // A ':' inside a citation ("STATE: 73097") separates nothing.
      while (citation < citations.size() && citations[citation].last < k) ++citation;
      bool insideCitation = citation < citations.size() && citations[citation].first <= k;
      if (depth == 0 && !quoted && !insideCitation && (isPunct(tokens_[k], ';') || isPunct(tokens_[k], ':'))) {
        if (segmentStart < k) parseSegment(segmentStart, k, letter, false);
        segmentStart = k + 1;
      }
    }
    if (segmentStart < to) parseSegment(segmentStart, to, letter, false);
  }

  void parseSegment(std::size_t from, std::size_t to, const std::string& letter, bool wholeItem) {
    auto citations = findCableCitations(tokens_, from, to, ownStation_);
    std::size_t real = 0;
    for (const auto& citation : citations) real += citation.page_header ? 0 : 1;
    if (real == 0) {
      std::size_t end = citations.empty() ? to : citations.front().first;
      addNonCable(from, end, letter);
      return;
    }
    // Words before the first citation that name something else ("Hodgson
    // emails to ... and USNATO 00184") are a reference of their own.
    if (citations.front().first > from) {
      std::string lead = spanText(text_, tokens_, from, citations.front().first);
      if (!isEmptyReference(lead) && classifyNonCableReference(lead) != ReferenceKind::other) {
        addNonCable(from, citations.front().first, letter);
        wholeItem = false;
      }
    }
    for (std::size_t m = 0; m < citations.size(); ++m) {
      const CableCitation& citation = citations[m];
      if (citation.page_header || cutShort(citation)) continue;
      std::size_t rawEnd = m + 1 < citations.size() ? citations[m + 1].first : to;
      std::size_t rawStart = citation.first;
      if (wholeItem && real == 1) {
        rawStart = from;
        rawEnd = to;
        if (m + 1 < citations.size()) rawEnd = citations[m + 1].first;  // page header after it
      }
      Reference reference;
      reference.letter = letter;
      reference.raw = spanText(text_, tokens_, rawStart, rawEnd);
      reference.kind = ReferenceKind::cable;
      // No year written: the citing cable's year, as WikiLeaks' own lists do
      // (even where the post's serials show the cited cable is older).
      int year = citation.year >= 0 ? citation.year : citingYear_;
      if (year > 0 || citation.year == 0)
        reference.ref_id = canonicalRefId(year, citation.station, citation.serial);
      // A cable's own page header or classification line is no reference.
      if (!reference.ref_id.empty() && reference.ref_id == cable_.ref_id) continue;
      if (citation.serial.size() >= 6 && citation.serial[0] == '0' && isOwnStationAndSerial(citation)) continue;
      references_.push_back(std::move(reference));
    }
  }

  // "MOSCOW 002428" in the cable's own classification line, whatever year
  // a stray number before it suggests.
  bool isOwnStationAndSerial(const CableCitation& citation) const {
    std::string own = canonicalRefId(2000, citation.station, citation.serial);
    return own.size() > 2 && cable_.ref_id.size() > 2 && own.substr(2) == cable_.ref_id.substr(2);
  }

  // "QUITO 97..." : the page cut the serial short.
  bool cutShort(const CableCitation& citation) const {
    std::size_t next = citation.last + 1;
    return next + 2 < tokens_.size() + 0 && tokens_[next].begin == tokens_[citation.last].end &&
           isPunct(tokens_[next], '.') && isPunct(tokens_[next + 1], '.') && isPunct(tokens_[next + 2], '.');
  }

  // "[YY] WORDS SERIAL" whose words are a station within one typo
  // ("SAN JSE 1955", "ASHBABAT 817"): a cable after all.
  bool addTypoCitation(std::size_t from, std::size_t to, const std::string& letter) {
    std::size_t k = from;
    int year = -1;
    if (k < to && tokens_[k].kind == RefTokenKind::number && tokens_[k].text.size() == 2) {
      year = (tokens_[k].text[0] - '0') * 10 + (tokens_[k].text[1] - '0');
      ++k;
    }
    std::size_t wordsStart = k;
    std::string normalized;
    while (k < to && tokens_[k].kind == RefTokenKind::word && k - wordsStart < 3) {
      for (char c : tokens_[k].text) normalized.push_back(asciiUpper(c));
      ++k;
    }
    if (k == wordsStart || k >= to || tokens_[k].kind != RefTokenKind::number) return false;
    std::string_view station = nearestStation(normalized);
    if (station.empty()) return false;
    Reference reference;
    reference.letter = letter;
    reference.raw = spanText(text_, tokens_, from, to);
    reference.kind = ReferenceKind::cable;
    int useYear = year >= 0 ? year : citingYear_;
    reference.ref_id = canonicalRefId(useYear, station, tokens_[k].text);
    references_.push_back(std::move(reference));
    return true;
  }

  // "USDEL 00007", "SECDEF 71743", "SECTO 003": a telegram from an
  // originator outside the release, so it has no WikiLeaks ID.
  bool looksLikeUnknownTelegram(std::size_t from, std::size_t to) const {
    std::size_t k = from;
    if (k < to && tokens_[k].kind == RefTokenKind::number && tokens_[k].text.size() <= 4) ++k;
    std::size_t words = 0;
    while (k < to && tokens_[k].kind == RefTokenKind::word && words < 2) {
      const auto& word = tokens_[k].text;
      if (word.size() < 3 || isMonthWord(word)) return false;
      for (char c : word)
        if (!isAsciiUpper(c)) return false;  // all capitals, as originators are written
      ++words;
      ++k;
    }
    if (words == 0 || k >= to || tokens_[k].kind != RefTokenKind::number || tokens_[k].text.size() < 2) return false;
    // "8/25", "12 MAY": a date, not a serial.
    return k + 1 >= to || !(isPunct(tokens_[k + 1], '/') || isMonthWord(tokens_[k + 1].text));
  }

  // "A) CALCUTTA 00354 B) 00357": an item that is only a serial continues
  // the station (and year) of the cable cited just before it.
  bool addSerialOfPreviousStation(std::size_t from, std::size_t to, const std::string& letter,
                                  const std::string& raw) {
    if (to != from + 1 || !isNumberToken(tokens_[from]) || tokens_[from].text.size() < 3 ||
        references_.empty() || references_.back().ref_id.empty())
      return false;
    ReferenceId previous(references_.back().ref_id);
    std::string_view station = stationOfWellFormed(previous);
    if (station.empty()) return false;
    Reference reference;
    reference.letter = letter;
    reference.raw = raw;
    reference.kind = ReferenceKind::cable;
    reference.ref_id = canonicalRefId(previous.year(), station, tokens_[from].text);
    references_.push_back(std::move(reference));
    return true;
  }

  void addNonCable(std::size_t from, std::size_t to, const std::string& letter) {
    std::string raw = spanText(text_, tokens_, from, to);
    if (isEmptyReference(raw)) return;
    // "07 QUITO..." / "BRATIS...": the page cut the list short; nothing to cite.
    if (raw.size() >= 3 && raw.compare(raw.size() - 3, 3, "...") == 0) return;
    if (addTypoCitation(from, to, letter) || addSerialOfPreviousStation(from, to, letter, raw)) return;
    Reference reference;
    reference.letter = letter;
    reference.kind = classifyNonCableReference(raw);
    if (reference.kind == ReferenceKind::other && (looksLikeUnknownTelegram(from, to) || namesUnnumberedTelegram(raw)))
      reference.kind = ReferenceKind::cable;  // a telegram, but not one the release can name
    reference.raw = std::move(raw);
    references_.push_back(std::move(reference));
  }

  std::string_view text_;
  std::vector<RefToken> tokens_;
  const Cable& cable_;
  int citingYear_;
  std::string_view ownStation_;  // of cable_.ref_id
  std::vector<Reference> references_;
};

// "B. 08 BOGOTA 003359 ... D. 08 BOGOTA 3359" (09BOGOTA688): a list that
// names a cable twice cites it once, as a reader (and cablemap) counts it;
// the first mention keeps its letter.
void dropRepeatedCitations(std::vector<Reference>& references) {
  std::vector<Reference> kept;
  kept.reserve(references.size());
  for (Reference& reference : references) {
    bool seen = false;
    for (const Reference& earlier : kept) seen = seen || (!reference.ref_id.empty() && earlier.ref_id == reference.ref_id);
    if (!seen) kept.push_back(std::move(reference));
  }
  references = std::move(kept);
}

}  // namespace

void parseReferences(std::string_view body, Cable& cable) {
  std::vector<ReferenceBlock> blocks = findReferenceBlocks(body);
  if (blocks.empty()) return;
  int year = citingYear(cable);
  // Pages that cut the text short ("C. THE H...") may repeat the list in
  // full further down; the fullest reading wins, the first on a tie.
  std::vector<Reference> best;
  for (const ReferenceBlock& block : blocks) {
    std::vector<Reference> references = ListParser(block.text, cable, year).parse();
    if (references.size() > best.size()) best = std::move(references);
  }
  if (!best.empty()) {
    dropRepeatedCitations(best);
    cable.references = std::move(best);
    return;
  }
  if (!isEmptyReference(blocks.front().text))
    cable.diagnostics.push_back(
        {Severity::note, "REF line at body line " + std::to_string(blocks.front().line) +
                             " names no reference that could be read"});
}

}  // namespace cablecat
