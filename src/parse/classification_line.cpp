// Classification line recognition, by word shape rather than regex.
#include "classification_line.h"

#include <array>
#include <charconv>
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

// Words of the upper-cased line with "//" and "/" as separators and
// spaced-out letters glued back: "C O N F I D E N T I A L" -> "CONFIDENTIAL".
std::vector<std::string> normalizedWords(std::string_view upper) {
  std::vector<std::string> words;
  std::string spaced;
  auto flushSpaced = [&] {
    if (!spaced.empty()) words.push_back(spaced);
    spaced.clear();
  };
  std::size_t i = 0;
  while (i < upper.size()) {
    while (i < upper.size() && (isAsciiSpace(upper[i]) || upper[i] == '/')) ++i;
    std::size_t start = i;
    while (i < upper.size() && !isAsciiSpace(upper[i]) && upper[i] != '/') ++i;
    if (i == start) break;
    std::string_view word = upper.substr(start, i - start);
    if (word.size() == 1 && isAsciiUpper(word[0])) {
      spaced += word;
      continue;
    }
    flushSpaced();
    words.emplace_back(word);
  }
  flushSpaced();
  return words;
}

int toNumber(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

// The level the line starts with and how many words it took; empty when none.
std::string_view readLevel(const std::vector<std::string>& words, std::size_t& used) {
  used = 1;
  const std::string& first = words[0];
  if (first == "UNCLAS" || first == "UNCLASSIFIED") return "UNCLASSIFIED";
  if (first == "CONFIDENTIAL") return "CONFIDENTIAL";
  if (first == "SECRET") return "SECRET";
  if (first == "TOPSECRET") return "TOP SECRET";
  if (first == "LIMITEDOFFICIALUSE") return "LIMITED OFFICIAL USE";
  if (first == "TOP" && words.size() > 1 && words[1] == "SECRET") {
    used = 2;
    return "TOP SECRET";
  }
  if (first == "LIMITED" && words.size() > 2 && words[1] == "OFFICIAL" && words[2] == "USE") {
    used = 3;
    return "LIMITED OFFICIAL USE";
  }
  return {};
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

bool parseClassificationLine(std::string_view line, ClassificationLine& out) {
  line = trim(line);
  if (line.empty() || line.size() > 160) return false;
  // Running text has lower-case letters; classification lines never do.
  for (char c : line)
    if (c >= 'a' && c <= 'z') return false;
  std::string upper(line);
  std::vector<std::string> words = normalizedWords(upper);
  if (words.empty()) return false;
  std::size_t used = 0;
  std::string_view level = readLevel(words, used);
  if (level.empty()) return false;

  // What follows the level must look like captions, "SECTION n OF m",
  // a station name and a serial; a sentence starting "SECRET" must not pass.
  bool noforn = false;
  bool endsWithSerial = false;
  bool onlyCaptions = true;
  for (std::size_t i = used; i < words.size(); ++i) {
    const std::string& word = words[i];
    if (word == "NOFORN") noforn = true;
    if (isCaption(word)) continue;
    endsWithSerial = false;
    onlyCaptions = false;
    if (isAllDigits(word)) {
      endsWithSerial = true;
      continue;
    }
    for (char c : word)
      if (!isAsciiUpper(c) && !isAsciiDigit(c) && c != '.' && c != '-' && c != '\'' && c != ',' &&
          c != '(' && c != ')')
        return false;
  }
  if (!onlyCaptions && !endsWithSerial) return false;

  out.classification = std::string(level);
  if (noforn) out.classification += "//NOFORN";
  out.section_count = findSectionCount(line);
  return true;
}

}  // namespace cablecat
