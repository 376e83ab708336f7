// Collects a TAGS list across wrapped lines and strips page furniture.
#include "tag_list_text.h"

#include <array>

#include "field_text.h"
#include "tag_dictionary.h"
#include "tag_vocabulary.h"
#include "text_lines.h"

namespace cablecat {

using namespace field_text;

namespace {

constexpr std::size_t kMaxListLength = 1000;

// Where a SUBJECT, REF or other field glued onto the TAGS line begins.
std::size_t gluedFieldStart(std::string_view text) {
  std::size_t cut = text.size();
  for (std::string_view field : {"SUBJECT", "SUBJ:", "REF:", "REFS:", "Classified By", "CLASSIFIED BY",
                                 "Subject:", "Ref:"}) {
    std::size_t at = text.find(field);
    if (at != std::string_view::npos && at < cut) cut = at;
  }
  return cut;
}

bool isCodeShaped(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return false;
  for (char c : word)
    if (!isAsciiUpper(c) && c != '-') return false;
  return true;
}

// Words that open routing lines and prose, never a line of codes: "PASS TO
// USTR", "USEU FOR ECON", "IN THE ABSENCE OF", "AS OF TODAY".
bool isProseWord(std::string_view word) {
  for (std::string_view prose : {"FOR", "THE", "OF", "AND", "WITH", "ON", "AT", "PASS", "FROM"})
    if (word == prose) return true;
  return false;
}

// "(RICE, CONDOLEEZZA)" or "(KPAO)" on a continuation line; "(U)" is a
// paragraph marking.
bool isTagInParentheses(std::string_view inner) {
  inner = trim(inner);
  return inner.find(',') != std::string_view::npos || inner.find(' ') != std::string_view::npos ||
         findKnownTag(inner) != nullptr;
}

// A wrapped continuation of the TAGS list: only codes, mostly known ones.
bool isTagContinuation(std::string_view line) {
  line = trim(line);
  std::size_t words = 0;
  std::size_t known = 0;
  std::size_t pos = 0;
  auto isGap = [](char c) { return c == ' ' || c == ',' || c == '\t' || c == ';' || c == '\\'; };
  while (pos < line.size()) {
    while (pos < line.size() && isGap(line[pos])) ++pos;
    if (pos >= line.size()) break;
    if (line[pos] == '(') {
      std::size_t close = line.find(')', pos);
      if (close == std::string_view::npos || !isTagInParentheses(line.substr(pos + 1, close - pos - 1)))
        return false;
      ++words;
      ++known;
      pos = close + 1;
      continue;
    }
    std::size_t end = pos;
    while (end < line.size() && !isGap(line[end])) ++end;
    std::string_view word = line.substr(pos, end - pos);
    if (!isCodeShaped(word) || isProseWord(word)) return false;
    ++words;
    // Two capitals are a country code even when our sample never saw it.
    if (word.size() == 2 || findKnownTag(word) != nullptr) ++known;
    pos = end;
  }
  return words > 0 && known * 2 >= words;
}

// A classification banner alone on a line, which older cables print above
// each page header: "                       CONFIDENTIAL".
bool isClassificationBanner(std::string_view line) {
  line = trim(line);
  static constexpr std::array<std::string_view, 7> banners = {
      "UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "LIMITED OFFICIAL USE",
      "C O N F I D E N T I A L", "S E C R E T"};
  for (std::string_view banner : banners)
    if (line == banner) return true;
  return false;
}

// The list so far ends inside a keyword phrase: its last word is free text
// ("... ITALY NATIONAL"), not a code.
bool endsInFreeText(std::string_view list) {
  list = trim(list);
  std::size_t begin = list.size();
  while (begin > 0 && isAsciiUpper(list[begin - 1])) --begin;
  std::string_view last = list.substr(begin);
  return last.size() >= 5 && (begin == 0 || list[begin - 1] == ' ') && findKnownTag(last) == nullptr;
}

// "ELECTIONS ITALIAN POLITICS" below "... IT ITALY NATIONAL": the phrase goes
// on. Only capitals and spaces, a few words, and no field label.
bool isPhraseContinuation(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > 60) return false;
  for (char c : line)
    if (!isAsciiUpper(c) && c != ' ') return false;
  return splitWords(line).size() <= 6 && line.rfind("SUBJ", 0) != 0 && line.rfind("REF", 0) != 0;
}

bool insideParentheses(const std::string& list) {
  std::size_t open = list.rfind('(');
  std::size_t close = list.rfind(')');
  return open != std::string::npos && (close == std::string::npos || close < open);
}

// The older page header inside a list: "PAGE 02   ROME 01059 01 OF 04 281501Z",
// with the classification banner before it. Returns [begin, end) or false.
bool findOlderPageHeader(std::string_view list, std::size_t& begin, std::size_t& end) {
  for (std::size_t at = list.find("PAGE "); at != std::string_view::npos; at = list.find("PAGE ", at + 1)) {
    if (at > 0 && list[at - 1] != ' ') continue;
    std::size_t of = findSpacedOf(list, at);
    if (of == std::string_view::npos || of - at > 60) continue;
    bool stationAndSerial = true;
    for (std::size_t i = at + 5; i < of; ++i)
      stationAndSerial = stationAndSerial && (isAsciiUpper(list[i]) || isAsciiDigit(list[i]) || list[i] == ' ');
    std::size_t stop = of + 4;
    while (stop < list.size() && isAsciiDigit(list[stop])) ++stop;
    if (!stationAndSerial || stop == of + 4) continue;
    // The time group "281501Z" after the page count.
    std::size_t time = stop;
    while (time < list.size() && list[time] == ' ') ++time;
    std::size_t digits = time;
    while (digits < list.size() && isAsciiDigit(list[digits])) ++digits;
    if (digits - time == 6 && digits < list.size() && list[digits] == 'Z') stop = digits + 1;
    begin = at;
    std::string_view before = list.substr(0, at);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    for (std::string_view banner : {"UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "LIMITED OFFICIAL USE"})
      if (before.size() >= banner.size() && before.substr(before.size() - banner.size()) == banner)
        begin = before.size() - banner.size();
    end = stop;
    return true;
  }
  return false;
}

// A line that opens with a field label ends a list even inside an unclosed
// parenthesis: "OVIP (GATES, ROBERT M" above "SUBJECT: ...".
bool opensWithField(std::string_view line) { return gluedFieldStart(trim(line)) == 0; }

// Appends a continuation line, cut where a glued field starts. True when the
// line went on into a field, which ends the list.
bool appendContinuation(std::string& list, std::string_view line) {
  std::size_t cut = gluedFieldStart(line);
  list.push_back(' ');
  list.append(line.substr(0, cut));
  return cut < line.size();
}

}  // namespace

void eraseGluedPageFurniture(std::string& list, std::string_view station) {
  std::size_t begin = 0;
  std::size_t end = 0;
  while (findOlderPageHeader(list, begin, end)) list.replace(begin, end - begin, " ");
  erasePageBreakText(list, station);
}

std::string tagsListText(std::string_view body, const TagsLabel& label, std::string_view station) {
  std::size_t pos = label.listStart;
  std::string_view first;
  nextLine(body, pos, first);
  first = first.substr(0, kMaxListLength);  // bodies without line breaks
  std::string list(first.substr(0, gluedFieldStart(first)));
  bool gluedField = list.size() < first.size();
  std::string_view line;
  while (!gluedField && list.size() < kMaxListLength && nextLine(body, pos, line)) {
    if (isLayoutLine(line) || isClassificationBanner(line)) continue;
    // "KDEM," then a blank line, then "KPAO, IZ": the comma says more follows.
    if (trim(line).empty() && !trim(list).empty() && trim(list).back() == ',') continue;
    if (opensWithField(line)) break;
    // "(RICE," at the end of a line: the person continues below.
    std::string_view beforeField = line.substr(0, gluedFieldStart(line));
    bool continues = (insideParentheses(list) && !trim(line).empty()) || isTagContinuation(beforeField) ||
                     (endsInFreeText(list) && isPhraseContinuation(beforeField)) ||
                     isVocabularyPhrase(trim(beforeField));
    if (!continues) break;
    gluedField = appendContinuation(list, line);
  }
  eraseGluedPageFurniture(list, station);
  return list;
}

}  // namespace cablecat
