// Detects "..." cuts in page text and removes another cable's glued row.
#include "cut_short_page.h"

#include "parse/ascii.h"
#include "parse/reference_id.h"

namespace cablecat {

namespace {

// "50133  2006-01-19  06THEHAGUE131  ..." (a database row): the ID it names.
std::string rowRefId(std::string_view line) {
  std::size_t pos = 0;
  while (pos < line.size() && isAsciiDigit(line[pos])) ++pos;
  if (pos == 0) return "";
  for (int field = 0; field < 2; ++field) {  // skip separators, then the date
    std::size_t separators = pos;
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t' || line[pos] == '|' ||
                                 line[pos] == ','))
      ++pos;
    if (pos == separators) return "";
    if (field == 0)
      while (pos < line.size() && (isAsciiDigit(line[pos]) || line[pos] == '-' || line[pos] == '/' ||
                                   line[pos] == ':' || (line[pos] == ' ' && pos + 1 < line.size() && isAsciiDigit(line[pos + 1]))))
        ++pos;
  }
  std::size_t length = ReferenceId::wellFormedLength(line.substr(pos));
  return length == 0 ? "" : std::string(line.substr(pos, length));
}

}  // namespace

CutShortPage inspectCutShort(std::string& body, std::string_view ownRefId) {
  CutShortPage result;
  std::size_t cut = body.find("...\n\n\n");
  if (cut != std::string::npos) {
    std::size_t next = body.find_first_not_of(" \n", cut + 3);
    if (next != std::string::npos) {
      std::size_t lineEnd = body.find('\n', next);
      std::string_view line = std::string_view(body).substr(
          next, (lineEnd == std::string::npos ? body.size() : lineEnd) - next);
      std::string refId = rowRefId(line);
      if (!refId.empty() && refId != ownRefId) {
        result.cut_short = true;
        result.other_ref_id = refId;
        body.erase(cut + 3);
        return result;
      }
    }
  }
  // The text ends inside a word: "...FROM THE F...".
  std::size_t end = body.find_last_not_of(" \n\r\t");
  if (end != std::string::npos && end >= 3 && body.compare(end - 2, 3, "...") == 0 &&
      isAsciiLetter(body[end - 3]))
    result.cut_short = true;
  return result;
}

}  // namespace cablecat
