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

// Another cable's database row in a page's text, and where the page's own
// text ends before it.
struct GluedRow {
  std::size_t text_end = std::string_view::npos;  // npos: there is none
  std::string ref_id;
  bool after_cut = false;  // it follows a "..." that cut the page's text short
};

// The first row in `body` that names another cable than `ownRefId`: a row of
// any shape as the first line after the page's "..." cut (73TEHRAN2077), or
// a cables.csv row anywhere, whose shape no prose has (04THEHAGUE1915 runs on
// into the dump's rows: its own, then the next cable's). Without an ID of
// its own, a page's rows cannot be told from others' but after a cut.
GluedRow otherCablesRow(std::string_view body, std::string_view ownRefId) {
  std::size_t cut = body.find("...\n\n\n");
  std::size_t afterCut = cut == std::string_view::npos ? cut : body.find_first_not_of(" \n", cut + 3);
  for (std::size_t line = 0; line < body.size();) {
    std::size_t end = body.find('\n', line);
    if (end == std::string_view::npos) end = body.size();
    bool isAfterCut = afterCut >= line && afterCut < end;
    std::string refId = isAfterCut ? rowRefId(body.substr(afterCut, end - afterCut))
                                   : csvRowRefId(body.substr(line, end - line));
    if (!refId.empty() && refId != ownRefId && (isAfterCut || !ownRefId.empty())) {
      if (isAfterCut) return {cut + 3, refId, true};
      // Back over blank lines and the `",` that closed the dump's field before the row.
      std::size_t textEnd = line;
      while (textEnd > 0 && isAsciiSpace(body[textEnd - 1])) --textEnd;
      if (textEnd >= 2 && body.substr(textEnd - 2, 2) == "\",") textEnd -= 2;
      while (textEnd > 0 && isAsciiSpace(body[textEnd - 1])) --textEnd;
      return {textEnd, refId, false};
    }
    line = end + 1;
  }
  return {};
}

}  // namespace

CutShortPage inspectCutShort(std::string& body, std::string_view ownRefId) {
  CutShortPage result;
  GluedRow row = otherCablesRow(body, ownRefId);
  if (row.text_end != std::string_view::npos) {
    body.erase(row.text_end);
    result.other_ref_id = row.ref_id;
    result.cut_short = row.after_cut;
    if (row.after_cut) return result;
  }
  // The text ends inside a word: "...FROM THE F...".
  std::size_t end = body.find_last_not_of(" \n\r\t");
  if (end != std::string::npos && end >= 3 && body.compare(end - 2, 3, "...") == 0 &&
      isAsciiLetter(body[end - 3]))
    result.cut_short = true;
  return result;
}

}  // namespace cablecat
