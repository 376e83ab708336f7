// Splits a TAGS list into words and tells codes from free text.
#include "tag_words.h"

#include <algorithm>
#include <array>

#include "field_text.h"
#include "tag_repairs.h"
#include "tag_vocabulary.h"
#include "text_lines.h"

namespace cablecat {

namespace {

constexpr std::array<std::string_view, 11> kConnectors = {"IN", "OF",   "AND", "THE", "FOR", "ON",
                                                          "TO", "AT", "WITH", "BY",  "&"};

bool isKnown(std::string_view code) { return findKnownTag(code) != nullptr; }

// "ECINECONCS" -> ECIN ECON CS. Every piece must be a known code; two-letter
// pieces (countries) only at the start or the end, so ordinary words such as
// "BRUSSELS" are never cut into country codes. After two or more codes of
// four letters a run of countries may close the word ("EINVECONSENVCSJA" ->
// EINV ECON SENV CS JA), and the last two letters may be a country the
// dictionary lacks ("KWMNPHUMPRELKPAOZW" -> KWMN PHUM PREL KPAO ZW).
// generate_tag_vocabulary.py mirrors this rule for the plain-word table.
bool splitGlued(std::string_view word, std::vector<std::string>& pieces) {
  if (word.size() < 5 || isPlainWord(word)) return false;
  std::vector<std::string> found;
  auto longPieces = [&] {
    return std::count_if(found.begin(), found.end(), [](const std::string& piece) { return piece.size() >= 4; });
  };
  auto inTail = [&](std::size_t pos) {
    for (std::size_t k = 1; k < found.size(); ++k)
      if (found[k].size() == 2) return true;
    return !found.empty() && found[0].size() == 2 && pos > 2;
  };
  auto twoLettersFit = [&](std::size_t pos) {
    if (pos == 0 || pos + 2 == word.size()) return true;
    return (word.size() - pos) % 2 == 0 && longPieces() >= 2;
  };
  auto closingCountry = [&](std::size_t pos) {
    return pos + 2 == word.size() && found.size() >= 2 && longPieces() == static_cast<long>(found.size()) &&
           isAsciiUpper(word[pos]) && isAsciiUpper(word[pos + 1]);
  };
  // Depth-first over piece lengths, four-letter subject codes first.
  auto tryFrom = [&](auto& self, std::size_t pos) -> bool {
    if (pos == word.size()) return found.size() >= 2 && longPieces() >= 1;
    bool tail = inTail(pos);
    for (std::size_t length : {4u, 5u, 3u, 6u, 2u}) {
      if (pos + length > word.size() || (tail && length != 2)) continue;
      if (length == 2 && !twoLettersFit(pos)) continue;
      std::string_view piece = word.substr(pos, length);
      if (!isKnown(piece) && !(length == 2 && closingCountry(pos))) continue;
      found.emplace_back(piece);
      if (self(self, pos + length)) return true;
      found.pop_back();
    }
    return false;
  };
  if (!tryFrom(tryFrom, 0)) return false;
  pieces = std::move(found);
  return true;
}

// Words on a TAGS line that are no tag: handling markers, a classification
// glued from a page header ("PHUM  UNCLASSIFIED"), a repeated label, and the
// "N/A" or "NONE" of a cable without tags.
bool isNoTag(std::string_view text) {
  for (std::string_view marker : {"SIPDIS", "CXSIPDIS", "N/A", "NONE", "TAGS", "UNCLASSIFIED", "UNCLAS",
                                  "CONFIDENTIAL", "SECRET", "NOFORN", "SBU"})
    if (text == marker) return true;
  return false;
}

bool isAllLetters(std::string_view word) {
  for (char c : word)
    if (!isAsciiUpper(c)) return false;
  return true;
}

void classify(TagWord& word) {
  const std::string& text = word.text;
  if (isAllDigits(text)) {
    word.kind = TagWordClass::number;
  } else if (isNoTag(text) || text.size() == 1) {
    word.kind = TagWordClass::skipped;
  } else if ((word.known = findKnownTag(text)) != nullptr) {
    word.kind = TagWordClass::code;
  } else if (std::string_view meant = repairedTagCode(text); !meant.empty()) {
    word.kind = TagWordClass::repaired;
    word.codes.emplace_back(meant);
  } else if (splitGlued(text, word.codes)) {
    word.kind = TagWordClass::glued;
  } else if (text.size() <= 4 || !isAllLetters(text)) {
    // "KNPP", "GOI", "AU-I", "G8": shaped like codes the dictionary lacks.
    word.kind = TagWordClass::shaped;
  } else {
    word.kind = TagWordClass::word;
  }
}

bool isSeparator(char c) {
  return isAsciiSpace(c) || c == ',' || c == ';' || c == '\\' || c == '.' || c == ':' || c == '/';
}

// "CLINTON,HILLARY" and "CLINTON , HILLARY" -> "CLINTON, HILLARY".
std::string withCommaSpacing(const std::string& inner) {
  std::string spaced;
  for (char c : inner) {
    if (c == ',') {
      while (!spaced.empty() && spaced.back() == ' ') spaced.pop_back();
      spaced += ", ";
    } else if (c != ' ' || (!spaced.empty() && spaced.back() != ' ')) {
      spaced.push_back(c);
    }
  }
  return spaced;
}

// A person as "SURNAME, GIVEN": "(RICE CONDOLEEZZA)" gets its comma when the
// second word is a given name, "(ROBERT GATES)" is turned round when only the
// first is, and a closing initial gets its period ("STEINBERG, JAMES B" ->
// "STEINBERG, JAMES B."). Two given names ("(JAMES MICHAEL)") keep their order.
std::string personInParentheses(const std::string& inner) {
  std::vector<std::string_view> parts = splitWords(inner);
  bool lastIsInitial = parts.size() >= 2 && parts.back().size() == 1 && isAsciiUpper(parts.back()[0]);
  bool hasComma = inner.find(',') != std::string::npos;
  bool surnameFirst = parts.size() >= 2 && isGivenName(parts[1]) && !isGivenName(parts[0]);
  bool givenFirst = parts.size() == 2 && isGivenName(parts[0]) && !isGivenName(parts[1]);
  std::string person = withCommaSpacing(inner);
  if (!hasComma && surnameFirst) {
    std::size_t surname = parts[0].size();
    person = inner.substr(0, surname) + "," + inner.substr(surname);
  } else if (!hasComma && givenFirst) {
    person = std::string(parts[1]) + ", " + std::string(parts[0]);
  }
  if (lastIsInitial) person += ".";
  return person;
}

// "(CLINTON, HILLARY)" or "(KPAO)" starting at `pos`; moves `pos` past it.
void readParenthesized(std::string_view list, std::size_t& pos, std::vector<TagWord>& words) {
  std::size_t close = list.find(')', pos);
  if (close == std::string_view::npos) close = list.size();
  std::string inner = toUpper(collapseSpaces(list.substr(pos + 1, close - pos - 1)));
  while (!inner.empty() && (inner.back() == ',' || inner.back() == ' ')) inner.pop_back();
  pos = close + 1;
  if (inner.empty()) return;
  TagWord word;
  word.text = personInParentheses(inner);
  if (inner.find(',') != std::string::npos || inner.find(' ') != std::string::npos)
    word.kind = TagWordClass::person;
  else
    classify(word);
  words.push_back(std::move(word));
}

// Quotes and dashes around a word are no part of it: "\"PGOV\"", "--".
std::string_view withoutPunctuation(std::string_view text) {
  auto isPunctuation = [](char c) { return c == '.' || c == ':' || c == ')' || c == '"' || c == '\'' || c == '-'; };
  while (!text.empty() && isPunctuation(text.back())) text.remove_suffix(1);
  while (!text.empty() && (text.front() == '"' || text.front() == '\'' || text.front() == '-')) text.remove_prefix(1);
  return text;
}

// "PREL/PGOV/IR": known codes joined by slashes are separate tags; "US/EU"
// stays as written unless every piece is a code.
bool splitSlashed(std::string_view text, std::vector<std::string>& pieces) {
  if (text.find('/') == std::string_view::npos || text == "N/A") return false;
  std::vector<std::string> found;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t slash = std::min(text.find('/', begin), text.size());
    std::string_view piece = text.substr(begin, slash - begin);
    if (!isKnown(piece)) return false;
    found.emplace_back(piece);
    begin = slash + 1;
  }
  pieces = std::move(found);
  return pieces.size() >= 2;
}

void addWord(std::vector<TagWord>& words, std::string text) {
  TagWord word;
  word.text = std::move(text);
  classify(word);
  words.push_back(std::move(word));
}

}  // namespace

bool isPhraseConnector(std::string_view word) {
  for (std::string_view connector : kConnectors)
    if (connector == word) return true;
  return false;
}

std::vector<TagWord> readTagWords(std::string_view list) {
  std::vector<TagWord> words;
  std::size_t pos = 0;
  while (pos < list.size()) {
    char c = list[pos];
    if (c == ',' && !words.empty()) words.back().commaAfter = true;
    if (isSeparator(c)) {
      ++pos;
      continue;
    }
    if (c == '(') {
      readParenthesized(list, pos, words);
      continue;
    }
    std::size_t end = pos;
    while (end < list.size() && !isAsciiSpace(list[end]) && list[end] != ',' && list[end] != ';' &&
           list[end] != '(' && list[end] != '\\')
      ++end;
    std::string text = toUpper(withoutPunctuation(list.substr(pos, end - pos)));
    pos = end;
    if (std::none_of(text.begin(), text.end(), [](char ch) { return isAsciiLetter(ch) || isAsciiDigit(ch); }))
      continue;
    std::vector<std::string> pieces;
    if (!splitSlashed(text, pieces)) pieces.push_back(std::move(text));
    for (std::string& piece : pieces) addWord(words, std::move(piece));
  }
  return words;
}

}  // namespace cablecat
