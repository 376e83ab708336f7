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

// "19285,7/30/2004 12:31,04THEHAGUE1916,"Embassy The Hague",...": a row of
// cables.csv as the dump writes it (row number, comma, date, comma, ID,
// comma, quoted origin) at the start of `line`; the ID it names, or empty.
std::string csvRowRefId(std::string_view line) {
  std::size_t digits = 0;
  while (digits < line.size() && isAsciiDigit(line[digits])) ++digits;
  if (digits == 0 || digits >= line.size() || line[digits] != ',') return "";
  std::string refId = rowRefId(line);
  std::size_t at = refId.empty() ? std::string_view::npos : line.find("," + refId + ",\"", digits);
  return at == std::string_view::npos ? "" : refId;
}

// Where a row of cables.csv naming another cable than `ownRefId` starts in
// `body`, moved back over the `",` that closed the field before it and the
// blank lines between; npos when there is none. `otherRefId` gets its ID.
std::size_t otherCablesCsvRow(std::string_view body, std::string_view ownRefId, std::string& otherRefId) {
  if (ownRefId.empty()) return std::string_view::npos;  // no telling its rows from the others
  for (std::size_t line = 0; line < body.size();) {
    std::size_t end = body.find('\n', line);
    if (end == std::string_view::npos) end = body.size();
    std::string refId = csvRowRefId(body.substr(line, end - line));
    if (!refId.empty() && refId != ownRefId) {
      otherRefId = refId;
      std::size_t cut = line;
      while (cut > 0 && isAsciiSpace(body[cut - 1])) --cut;
      if (cut >= 2 && body.substr(cut - 2, 2) == "\",") cut -= 2;
      while (cut > 0 && isAsciiSpace(body[cut - 1])) --cut;
      return cut;
    }
    line = end + 1;
  }
  return std::string_view::npos;
}

}  // namespace

CutShortPage inspectCutShort(std::string& body, std::string_view ownRefId) {
  CutShortPage result;
  // 04THEHAGUE1915: the page's text runs on into the dump's rows, its own
  // and then the next cable's. The next cable's text is not this one's.
  if (std::size_t row = otherCablesCsvRow(body, ownRefId, result.other_ref_id); row != std::string::npos)
    body.erase(row);
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
