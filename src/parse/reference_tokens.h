// Tokens of a REF list and the matcher that finds cable citations among them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cablecat {

enum class RefTokenKind { word, number, mixed, punct };

// A run of letters, of digits, of letters and digits ("09BOGOTA1506"), or a
// single other byte. Offsets index the text the tokens came from.
struct RefToken {
  RefTokenKind kind;
  std::size_t begin;
  std::size_t end;
  std::string_view text;
};

// Digits glued to a bullet letter ("STATE 021770B. STATE 039585") are split
// into the serial and the letter.
std::vector<RefToken> tokenizeReferenceText(std::string_view text);

inline bool isWordToken(const RefToken& token) { return token.kind == RefTokenKind::word; }
inline bool isNumberToken(const RefToken& token) { return token.kind == RefTokenKind::number; }
inline bool isPunctToken(const RefToken& token, char c) {
  return token.kind == RefTokenKind::punct && token.text.size() == 1 && token.text[0] == c;
}
// Case-insensitive comparison of a token with an upper-case word.
bool tokenIs(const RefToken& token, std::string_view upperWord);
// "JAN", "MAY", "SEPTEMBER", ...: a serial before one is a day of a date.
bool isMonthWord(std::string_view word);

// One cited cable found in a token range. `first`/`last` are token indices
// (inclusive) of what was consumed, including any year written after the
// serial; `year` is -1 when the text gave none.
struct CableCitation {
  std::size_t first = 0;
  std::size_t last = 0;
  int year = -1;             // as written: 2 or 4 digits, normalized to 0..99
  std::string station;       // canonical station, e.g. "STATE"
  std::string_view serial;   // digits as written ("002318")
  bool continuation = false; // a further serial of the previous citation
  bool page_header = false;  // "ASTANA 00002327 001.4 OF 004": layout, not a citation
};

// Scans tokens [from, to) for citations: "[YY|YYYY|'YY|(YY)|O4|094][-]
// STATION[-|:] [YY] SERIAL [(YY)|OF YYYY|/YY|-YY] {(,|AND|&|/) SERIAL}" and
// glued IDs ("09BOGOTA1506", "2005PANAMA2342", "09DHAHRAN 201").
// Station names may span words and hyphens ("PORT-AU-PRINCE", "LA PAZ").
// `ownStation` (canonical, may be empty) is what "EMBTEL 1234" / "OURTEL"
// / "CONTEL" mean: the citing post's own earlier telegram.
std::vector<CableCitation> findCableCitations(const std::vector<RefToken>& tokens,
                                              std::size_t from, std::size_t to,
                                              std::string_view ownStation = {});

// True when the text starts (after an optional bullet) with a cable citation.
bool startsWithCableCitation(std::string_view text);

// Canonical station when the last one to three words of text name one.
bool endsWithStationName(std::string_view text);

}  // namespace cablecat
