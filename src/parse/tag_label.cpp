// The TAGS label: exact spellings first, then misspellings that a known code
// confirms.
#include "tag_label.h"

#include <algorithm>
#include <string>

#include "field_text.h"
#include "tag_dictionary.h"
#include "text_lines.h"

namespace cablecat {

using namespace field_text;

namespace {

// How far into the body the TAGS label may sit: it belongs to the opening
// block, before the first numbered paragraph.
constexpr std::size_t kMaxHeadLines = 90;

bool precededByNonLetter(std::string_view line, std::size_t at) {
  if (at == 0) return true;
  if (!isAsciiLetter(line[at - 1])) return true;
  // "E.O. 12958: N/ATAGS:" — the label glued after N/A.
  return at >= 3 && line.substr(at - 3, 3) == "N/A";
}

std::size_t skipSpaces(std::string_view line, std::size_t pos) {
  while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
  return pos;
}

bool opensLine(std::string_view line, std::size_t at) {
  return line.substr(0, at).find_first_not_of(" \t") == std::string_view::npos;
}

// The label follows the DECL date or N/A: "DECL: 10/09/2019 TAGS PREL AF".
bool followsDeclaration(std::string_view line, std::size_t at) {
  std::string_view before = trim(line.substr(0, at));
  return !before.empty() && (isAsciiDigit(before.back()) ||
                             (before.size() >= 3 && before.substr(before.size() - 3) == "N/A"));
}

// The first word of `text` (letters only), upper-cased.
std::string firstWord(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size() && !isAsciiLetter(text[pos])) {
    if (text[pos] != ' ' && text[pos] != '\t' && text[pos] != ',' && text[pos] != '(') return {};
    ++pos;
  }
  std::size_t end = pos;
  while (end < text.size() && isAsciiLetter(text[end])) ++end;
  return toUpper(text.substr(pos, end - pos));
}

// Length of the label starting at `at` ("TAGS:", "TAGS -", "TAGS,", "Tags:",
// "TAG:", "TAGES:", "TAGS EINV", "tags PREL"), or 0.
std::size_t labelLengthAt(std::string_view line, std::size_t at) {
  std::string_view rest = line.substr(at);
  std::size_t word = 0;
  if (startsWithNoCase(rest, "TAGES")) word = 5;
  else if (startsWithNoCase(rest, "TAGS")) word = 4;
  else if (startsWithNoCase(rest, "TAG")) word = 3;
  else return 0;
  if (!precededByNonLetter(line, at)) return 0;
  std::size_t pos = skipSpaces(rest, word);
  if (pos < rest.size() && (rest[pos] == ':' || rest[pos] == ';')) return pos + 1;
  if (word == 4 && pos < rest.size() && rest[pos] == '-') return pos + 1;
  // "TAGS. PREL PGOV": a period, opening its line and before a known code.
  if (word == 4 && pos < rest.size() && rest[pos] == '.' && opensLine(line, at) &&
      findKnownTag(firstWord(rest.substr(pos + 1))) != nullptr)
    return pos + 1;
  // "TAGS, ASEC, APER" opens its line; "ADDED E.O., TAGS, AND CLASS BY" is prose.
  if (word == 4 && pos < rest.size() && rest[pos] == ',' && (opensLine(line, at) || followsDeclaration(line, at)))
    return pos + 1;
  if (word != 4 || pos == 4 || pos >= rest.size() || !isAsciiLetter(rest[pos])) {
    // "TAG MASS, PREL, BR": the singular without punctuation, only at the
    // start of a line and before a known code ("Tag TY 73 HK" is a licence plate).
    bool singular = word == 3 && rest.substr(0, 3) == "TAG" && pos == 4 && opensLine(line, at);
    return singular && findKnownTag(firstWord(rest.substr(pos))) != nullptr ? pos : 0;
  }
  // "TAGS EINV, ENRG, KZ" and "tags PREL ECON": no punctuation. Opening its
  // line in any case; after the DECL date or N/A only in capitals before a
  // capital ("LUGGAGE TAGS FOR" in a subject is prose, so is "price tags on").
  if (opensLine(line, at)) return pos;
  if (rest.substr(0, 4) == "TAGS" && isAsciiUpper(rest[pos]) && followsDeclaration(line, at)) return pos;
  return 0;
}

// Damerau distance at most one from "TAGS": TAS, TGS, AGS, TABS, TAGSS, TGAS.
bool isMisspelledTags(std::string_view word) {
  static constexpr std::string_view tags = "TAGS";
  if (word == tags || word.size() < 3 || word.size() > 5) return false;
  std::size_t prefix = 0;
  while (prefix < word.size() && prefix < tags.size() && word[prefix] == tags[prefix]) ++prefix;
  auto same = [](std::string_view a, std::string_view b) { return a == b; };
  if (word.size() == tags.size()) {
    if (same(word.substr(prefix + 1), tags.substr(prefix + 1))) return true;  // substitution
    return prefix + 1 < tags.size() && word[prefix] == tags[prefix + 1] &&
           word[prefix + 1] == tags[prefix] && same(word.substr(prefix + 2), tags.substr(prefix + 2));
  }
  if (word.size() + 1 == tags.size()) return same(word.substr(prefix), tags.substr(prefix + 1));
  return same(word.substr(prefix + 1), tags.substr(prefix));  // insertion
}

// "TAS: PREL", "TGS: ECON": a misspelled label before a colon, opening its
// line or after the DECL date or N/A, confirmed by a known code after it.
std::size_t misspelledLabelLengthAt(std::string_view line, std::size_t at) {
  if (at > 0 && isAsciiLetter(line[at - 1])) return 0;
  if (!opensLine(line, at) && !followsDeclaration(line, at)) return 0;
  std::size_t end = at;
  while (end < line.size() && isAsciiUpper(line[end])) ++end;
  if (end >= line.size() || line[end] != ':' || !isMisspelledTags(line.substr(at, end - at))) return 0;
  return findKnownTag(firstWord(line.substr(end + 1))) != nullptr ? end + 1 - at : 0;
}

template <typename LengthAt>
bool findLabelWith(std::string_view block, std::string_view needle, LengthAt lengthAt, TagsLabel& label) {
  for (std::size_t at = findNoCase(block, needle); at != std::string_view::npos;
       at = findNoCase(block, needle, at + 1)) {
    std::size_t lineStart = 0;
    std::string_view line = lineAround(block, at, lineStart);
    std::size_t length = lengthAt(line, at - lineStart);
    if (length == 0) continue;
    label.lineStart = lineStart;
    label.listStart = at + length;
    return true;
  }
  return false;
}

// Every line start and every word after a digit or N/A, for misspelled labels.
bool findMisspelledLabel(std::string_view block, TagsLabel& label) {
  std::size_t pos = 0;
  std::string_view line;
  while (true) {
    std::size_t lineStart = pos;
    if (!nextLine(block, pos, line)) return false;
    for (std::size_t at = 0; at < line.size(); ++at) {
      if (!isAsciiUpper(line[at]) || (at > 0 && line[at - 1] != ' ' && line[at - 1] != '\t')) continue;
      std::size_t length = misspelledLabelLengthAt(line, at);
      if (length == 0) continue;
      label.lineStart = lineStart;
      label.listStart = lineStart + at + length;
      return true;
    }
  }
}

}  // namespace

bool findTagsLabel(std::string_view body, TagsLabel& label) {
  std::string_view block = openingBlock(body, kMaxHeadLines);
  if (findLabelWith(block, "TAG", labelLengthAt, label)) return true;
  return findMisspelledLabel(block, label);
}

}  // namespace cablecat
