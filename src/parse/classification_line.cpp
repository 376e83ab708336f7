// Classification line recognition, by word shape rather than regex.
#include "classification_line.h"

#include <array>
#include <charconv>
#include <utility>
#include <vector>

#include "text_lines.h"

namespace cablecat {

namespace {

// Handling and distribution captions that may follow the level on the line.
constexpr std::array<std::string_view, 16> kCaptions = {
    "NOFORN", "SIPDIS", "SENSITIVE", "EFTO",  "EXDIS", "LIMDIS",  "NODIS", "STADIS",
    "ORCON",  "NOCONTRACT", "PROPIN", "REL", "FOUO", "CORRECTED", "COPY", "CXSIPDIS"};

bool isCaption(std::string_view word) {
  for (std::string_view caption : kCaptions)
    if (word == caption) return true;
  return false;
}

int toNumber(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

bool isAlphaWord(std::string_view word) {
  for (char c : word)
    if (!isAsciiLetter(c)) return false;
  return !word.empty();
}

bool hasLowerCase(std::string_view word) {
  for (char c : word)
    if (isAsciiLower(c)) return true;
  return false;
}

// How much of a line the classification is looked for in: flattened bodies
// put the whole cable on one line, and the classification, station and
// serial stand in its first characters.
constexpr std::size_t kHeadLength = 240;

// Words split on whitespace and slashes ("CONFIDENTIAL//NOFORN").
std::vector<std::string_view> wordsOf(std::string_view text) {
  std::vector<std::string_view> words;
  words.reserve(kHeadLength / 5);  // a head rarely has more: no regrowth
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (isAsciiSpace(text[i]) || text[i] == '/')) ++i;
    std::size_t start = i;
    while (i < text.size() && !isAsciiSpace(text[i]) && text[i] != '/') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

// The level an upper-cased (glued) word names. Spaced-out levels may carry
// a doubled first letter ("C C O N F I D E N T I A L", "SS E C R E T").
std::string_view levelOf(std::string_view word, bool spaced) {
  constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kLevels = {{
      {"UNCLASSIFIED", "UNCLASSIFIED"},
      {"UNCLAS", "UNCLASSIFIED"},
      {"CONFIDENTIAL", "CONFIDENTIAL"},
      {"TOPSECRET", "TOP SECRET"},
      {"SECRET", "SECRET"},
      {"LIMITEDOFFICIALUSE", "LIMITED OFFICIAL USE"},
  }};
  for (const auto& [written, level] : kLevels) {
    if (word == written) return level;
    if (spaced && word.size() > written.size() && word.size() <= written.size() + 2 &&
        word.substr(word.size() - written.size()) == written)
      return level;
  }
  return {};
}

// Flattened pages glue a record stamp before the line:
// "Cable dated:2006-02-15T15:18:00S E C R E T TEL AVIV 000687".
std::string_view skipRecordStamp(std::string_view line) {
  constexpr std::string_view kStamp = "Cable dated:";
  constexpr std::size_t kStampWithin = 24;  // a quote or two may come first
  constexpr std::size_t kDateTimeLength = 19;  // "YYYY-MM-DDTHH:MM:SS"
  std::size_t stamp = line.substr(0, kStampWithin).find(kStamp);
  if (stamp == std::string_view::npos) return line;
  std::size_t after = stamp + kStamp.size() + kDateTimeLength;
  return after < line.size() ? trim(line.substr(after)) : std::string_view();
}

}  // namespace

int findSectionCount(std::string_view text) {
  std::size_t pos = 0;
  while ((pos = text.find("SECTION", pos)) != std::string_view::npos) {
    std::vector<std::string_view> words = splitWords(text.substr(pos, 40));
    pos += 7;
    if (words.size() >= 4 && words[0] == "SECTION" && isAllDigits(words[1]) && words[2] == "OF") {
      // "04" or "04ASTANA" when the station was glued to the count.
      std::string_view count = words[3];
      std::size_t digits = 0;
      while (digits < count.size() && isAsciiDigit(count[digits])) ++digits;
      if (digits > 0 && digits <= 3) return toNumber(count.substr(0, digits));
    }
  }
  return 0;
}

namespace {

// The first words of a line in upper case, and each word as written
// (upper-casing keeps every byte in place).
struct LineWords {
  std::string_view head;
  std::string upper;
  std::vector<std::string_view> words;
  std::string_view raw(std::size_t i) const {
    return head.substr(static_cast<std::size_t>(words[i].data() - upper.data()), words[i].size());
  }
};

// The classification level that opens the line, and how many words it
// takes (`used`); empty when there is none. `spaced` tells whether it was
// written spaced out ("C O N F I D E N T I A L").
std::string_view matchLevel(const LineWords& line, std::size_t& used, bool& spaced) {
  const std::vector<std::string_view>& words = line.words;
  // Glue spaced-out letters: "C O N F I D E N T I A L" -> "CONFIDENTIAL".
  std::string glued;
  used = 0;
  // Only the first piece may be longer than a letter ("CO N F ...",
  // "SS E C R E T"): station words such as "THE HAGUE" must stay apart.
  while (used < words.size() && isAlphaWord(words[used]) && words[used].size() <= (used == 0 ? 3u : 1u) &&
         glued.size() < 24)
    glued += words[used++];
  spaced = used >= 3;
  if (!spaced) {
    // Running text ("Secret talks began") is mixed case; the line is not.
    if (hasLowerCase(line.raw(0))) return {};
    glued = std::string(words[0]);
    used = 1;
  }
  std::string_view level = levelOf(glued, spaced);
  if (spaced || !level.empty() || words.size() < 2) return level;
  if (words[0] == "TOP" && words[1] == "SECRET") {
    used = 2;
    return "TOP SECRET";
  }
  if (words[0] == "LIMITED" && words.size() > 2 && words[1] == "OFFICIAL" && words[2] == "USE") {
    used = 3;
    return "LIMITED OFFICIAL USE";
  }
  return {};
}

// After the level: captions, "SECTION n OF m", the station, the serial. A
// sentence starting "SECRET" has too many words or no serial. Sets
// `noforn` when a NOFORN caption is among them.
bool matchAfterLevel(const LineWords& line, std::size_t used, bool spaced, bool& noforn) {
  const std::vector<std::string_view>& words = line.words;
  bool sawSerial = false;
  bool onlyCaptions = true;
  std::size_t stationWords = 0;
  std::size_t i = used;
  for (; i < words.size() && !sawSerial; ++i) {
    std::string_view word = words[i];
    std::string_view previous = words[i - 1];
    if (word == "NOFORN") noforn = true;
    if (isCaption(word) || (word.size() == 1 && isAsciiUpper(word[0]))) continue;
    onlyCaptions = false;
    if (word == "SECTION" || word == "OF") continue;
    std::size_t digits = 0;
    while (digits < word.size() && isAsciiDigit(word[digits])) ++digits;
    if (digits == word.size()) {
      // Section numbers, and a year before the station ("75 LIBREVILLE").
      if (previous == "SECTION" || previous == "OF" || stationWords == 0) continue;
      sawSerial = true;
      continue;
    }
    if (digits >= 3 && stationWords > 0) {
      sawSerial = true;  // "000941SIPDISE.O.": the serial glued to what follows
      continue;
    }
    // A station word: upper case, except on the lower-cased page build.
    if (!spaced && hasLowerCase(line.raw(i))) return false;
    for (char c : word)
      if (!isAsciiUpper(c) && c != '.' && c != '-' && c != '\'' && c != ',' && c != '(' && c != ')') return false;
    if (++stationWords > 4) return false;
  }
  if (!onlyCaptions && !sawSerial) return false;
  // Captions can also follow the serial ("... USNATO 000123 NOFORN").
  for (std::size_t end = i + 3; i < words.size() && i < end && isCaption(words[i]); ++i)
    if (words[i] == "NOFORN") noforn = true;
  return true;
}

}  // namespace

bool parseClassificationLine(std::string_view line, ClassificationLine& out) {
  line = trim(line);
  while (!line.empty() && line.front() == '"') line.remove_prefix(1);
  line = skipRecordStamp(line);
  if (line.empty()) return false;
  // Flattened bodies put the whole cable on this line: look at its start.
  LineWords words;
  words.head = line.substr(0, kHeadLength);
  words.upper = toUpper(words.head);
  words.words = wordsOf(words.upper);
  if (words.words.empty()) return false;
  std::size_t used = 0;
  bool spaced = false;
  std::string_view level = matchLevel(words, used, spaced);
  bool noforn = false;
  if (level.empty() || !matchAfterLevel(words, used, spaced, noforn)) return false;
  out.classification = std::string(level);
  if (noforn) out.classification += "//NOFORN";
  out.section_count = findSectionCount(words.upper);
  return true;
}

}  // namespace cablecat
