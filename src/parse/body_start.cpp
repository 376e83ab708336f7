// Where the header of a whole cable text ends and its body begins.
#include <string_view>

#include "header_lines.h"
#include "header_parser.h"
#include "recipient_parser.h"
#include "text_lines.h"

namespace cablecat {

namespace {

// Body fields that can follow the lists without a blank line between.
bool looksLikeBodyField(std::string_view line) {
  for (std::string_view field : {"SUBJECT", "SUBJ:", "TAGS", "E.O.", "E. O.", "EO 1", "REF:",
                                 "CLASSIFIED BY", "\xC2\xB6"})
    if (startsWithNoCase(line, field)) return true;
  return false;
}

// Offset just past the line that starts at `offset`.
std::size_t nextLine(std::string_view text, std::size_t offset) {
  std::size_t end = text.find('\n', offset);
  return end == std::string_view::npos ? text.size() : end + 1;
}

// Whether the first non-blank line at or after `offset` opens a TO/INFO list.
bool fromLineStartsLists(std::string_view text, std::size_t offset) {
  while (offset < text.size()) {
    std::size_t next = nextLine(text, offset);
    HeaderLineKind kind = classifyHeaderLine(text.substr(offset, next - offset));
    if (kind != HeaderLineKind::blank)
      return kind == HeaderLineKind::to_list || kind == HeaderLineKind::info_list;
    offset = next;
  }
  return false;
}

// Looks ahead up to `maxLines` lines for where the routing header really
// starts (a VZCZC, DE, DTG or FM line) behind an e-mail or print wrapper;
// npos when a body field or a recipient list comes first.
std::size_t findHeaderAhead(std::string_view text, std::size_t offset, std::size_t maxLines) {
  for (std::size_t count = 0; offset < text.size() && count < maxLines; ++count) {
    std::size_t start = offset;
    std::size_t next = nextLine(text, offset);
    std::string_view line = trim(text.substr(offset, next - offset));
    offset = next;
    if (looksLikeBodyField(line) && !startsWithNoCase(line, "SUBJ")) return std::string_view::npos;
    // Only lines that can open a routing header are worth classifying.
    char first = line.empty() ? ' ' : line.front();
    if (first != 'V' && first != 'D' && first != 'F' && first != 'T' && first != 'I' &&
        first != 'R' && first != 'P' && first != 'O' && first != 'Z' && !isAsciiDigit(first))
      continue;
    switch (classifyHeaderLine(line)) {
      case HeaderLineKind::transmission_id:
      case HeaderLineKind::station_line:
      case HeaderLineKind::dtg:
        return start;
      case HeaderLineKind::from:
        // "FM Lavrov said" in running text: only an FM line with a list
        // after it is the header's.
        if (fromLineStartsLists(text, next)) return start;
        break;
      case HeaderLineKind::to_list:
      case HeaderLineKind::info_list:
      case HeaderLineKind::xmt_list:
        return std::string_view::npos;
      default:
        break;
    }
  }
  return std::string_view::npos;
}

bool isHeaderStartKind(HeaderLineKind kind) {
  switch (kind) {
    case HeaderLineKind::transmission_id:
    case HeaderLineKind::routing:
    case HeaderLineKind::station_line:
    case HeaderLineKind::security:
    case HeaderLineKind::dtg:
    case HeaderLineKind::from:
    case HeaderLineKind::to_list:
    case HeaderLineKind::info_list:
    case HeaderLineKind::xmt_list:
    case HeaderLineKind::partial_extract:
    case HeaderLineKind::distribution:
      return true;
    default:
      return false;
  }
}

// How far ahead a print or e-mail wrapper may hide the routing header.
constexpr std::size_t kWrapperLines = 40;

}  // namespace

std::size_t findBodyStart(std::string_view text) {
  std::size_t offset = 0;
  while (offset < text.size() && trim(text.substr(offset, nextLine(text, offset) - offset)).empty())
    offset = nextLine(text, offset);
  if (offset >= text.size()) return 0;
  HeaderLineKind firstKind =
      classifyHeaderLine(text.substr(offset, nextLine(text, offset) - offset));
  if (firstKind == HeaderLineKind::from && !fromLineStartsLists(text, nextLine(text, offset)))
    return 0;
  if (!isHeaderStartKind(firstKind)) {
    // A body fragment, unless a wrapper ("From: ... Sent: ...", a print
    // banner, a classification stamp) sits before the routing header.
    // A classification stamp is followed by the header at once; the body
    // fragment that opens with its classification line is the common case.
    std::size_t lookahead = firstKind == HeaderLineKind::classification ? 3 : kWrapperLines;
    offset = findHeaderAhead(text, offset, lookahead);
    if (offset == std::string_view::npos) return 0;
  }

  bool inLists = false;
  bool blankSinceEntry = false;
  bool sawDistribution = false;
  while (offset < text.size()) {
    std::size_t next = nextLine(text, offset);
    std::string_view line = text.substr(offset, next - offset);
    std::string_view trimmed = trim(line);
    HeaderLineKind kind = classifyHeaderLine(line);
    // "O 121530Z JAN 73 FM ... TO ... INFO AMEMBASSY LONDON": a line that
    // runs the header together ends in a list.
    if (kind == HeaderLineKind::dtg || kind == HeaderLineKind::from || kind == HeaderLineKind::transmission_id)
      kind = lastRunTogetherKind(trimmed, kind);
    switch (kind) {
      case HeaderLineKind::blank:
        if (inLists) blankSinceEntry = true;
        break;
      case HeaderLineKind::classification:
        return offset;
      case HeaderLineKind::layout:
        // "SIPDIS" after the lists and a blank line opens the body; page
        // breaks can fall anywhere.
        if (inLists && blankSinceEntry && !isPageBreakLine(trimmed)) return offset;
        break;
      case HeaderLineKind::distribution:
        sawDistribution = true;
        break;
      case HeaderLineKind::to_list:
      case HeaderLineKind::info_list:
      case HeaderLineKind::xmt_list:
        inLists = true;
        blankSinceEntry = false;
        break;
      case HeaderLineKind::routing:
      case HeaderLineKind::security:
      case HeaderLineKind::other:
        if (inLists) {
          // After a blank line only a routed entry continues the lists.
          if (looksLikeBodyField(trimmed)) return offset;
          if (blankSinceEntry && routingIndicatorPrefix(trimmed) == 0) return offset;
          blankSinceEntry = false;
          break;
        }
        // An unknown line before the lists is still header when the
        // routing header goes on right after it; after an internal
        // distribution block ("INFO LOG-00 ..."), the State copy's message
        // number, SOURCE and DRAFTED BY/APPROVED BY/clearance lines can
        // come first (09STATE29700).
        if (kind == HeaderLineKind::other &&
            findHeaderAhead(text, next, sawDistribution ? kWrapperLines : 3) == std::string_view::npos)
          return offset;
        break;
      default:  // VZCZC, DE, DTG, FM, partial extract
        break;
    }
    offset = next;
  }
  return text.size();
}

}  // namespace cablecat
