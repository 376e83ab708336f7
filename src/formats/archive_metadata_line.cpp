// Splits the archive metadata line: ID, two date-times, classification, origin.
#include "archive_metadata_line.h"

#include <array>

#include "parse/ascii.h"
#include "reader_support.h"

namespace cablecat {

namespace {

std::string_view nextToken(std::string_view& rest) {
  rest = trimSpaces(rest);
  std::size_t end = rest.find_first_of(" \t");
  std::string_view token = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
  return token;
}

bool hasShape(std::string_view text, std::string_view shape) {  // '9' = any digit
  if (text.size() != shape.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (shape[i] == '9' ? !isAsciiDigit(text[i]) : text[i] != shape[i]) return false;
  return true;
}

bool readDateTime(std::string_view& rest, std::string& out) {
  std::string_view date = nextToken(rest);
  std::string_view time = nextToken(rest);
  if (!hasShape(date, "9999-99-99") || !(hasShape(time, "99:99") || hasShape(time, "99:99:99")))
    return false;
  out.assign(date);
  out += ' ';
  out += time;
  return true;
}

bool startsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// Classification levels and caveats as WikiLeaks wrote them; what follows is
// the origin, which has spaces of its own ("US Interests Section Havana").
std::size_t classificationLength(std::string_view rest) {
  static constexpr std::array<std::string_view, 5> kLevels = {
      "TOP SECRET", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "RESTRICTED"};
  std::size_t length = 0;
  for (std::string_view level : kLevels) {
    if (startsWith(rest, level) &&
        (rest.size() == level.size() || rest[level.size()] == ' ' || rest[level.size()] == '/')) {
      length = level.size();
      break;
    }
  }
  if (length == 0) return rest.find(' ') == std::string_view::npos ? rest.size() : rest.find(' ');
  while (startsWith(rest.substr(length), "//")) {
    std::string_view caveat = rest.substr(length + 2);
    if (startsWith(caveat, "FOR OFFICIAL USE ONLY")) {
      length += 2 + 21;
    } else {
      std::size_t end = caveat.find_first_of(" /");
      length += 2 + (end == std::string_view::npos ? caveat.size() : end);
    }
  }
  return length;
}

}  // namespace

bool parseArchiveMetadataLine(std::string_view line, RawMetadata& metadata) {
  std::string_view rest = line;
  std::string_view id = nextToken(rest);
  std::string created, released;
  if (id.empty() || !readDateTime(rest, created) || !readDateTime(rest, released)) return false;
  rest = trimSpaces(rest);
  if (rest.empty()) return false;
  std::size_t length = classificationLength(rest);
  metadata.ref_id.assign(id);
  metadata.created = std::move(created);
  metadata.released = std::move(released);
  metadata.classification.assign(rest.substr(0, length));
  metadata.origin.assign(trimSpaces(rest.substr(length)));
  return true;
}

}  // namespace cablecat
