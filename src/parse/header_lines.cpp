// Header line shapes, recognized from their first words.
#include "header_lines.h"

#include <vector>

#include "classification_line.h"
#include "dtg.h"
#include "precedence.h"
#include "recipient_parser.h"
#include "text_lines.h"

namespace cablecat {

namespace {

// "RUEHAST", "RHMFISS": a routing indicator on its own.
bool isRoutingIndicator(std::string_view word) {
  if (word.size() < 4 || word.size() > 8 || word.front() != 'R') return false;
  for (char c : word)
    if (!isAsciiUpper(c)) return false;
  return true;
}

bool isPrecedencePair(std::string_view word) {
  auto isLetter = [](char c) { return c == 'R' || c == 'P' || c == 'O' || c == 'Z'; };
  return word.size() == 2 && isLetter(word[0]) && isLetter(word[1]);
}

// "LOG-00", "LAB-01", "/001W": office distribution codes, not recipients.
bool isDistributionCode(std::string_view word) {
  if (word.size() >= 3 && word.front() == '/') return isAsciiDigit(word[1]);
  std::size_t dash = word.rfind('-');
  if (dash == std::string_view::npos || dash == 0 || !isAllDigits(word.substr(dash + 1)))
    return false;
  for (char c : word.substr(0, dash))
    if (!isAsciiUpper(c) && c != '-') return false;
  return true;
}

bool isDistributionLine(std::string_view trimmed, const std::vector<std::string_view>& words) {
  if (trimmed.substr(0, 6) == "------") return true;
  // "TED3146": the distribution copy's own message number.
  if (words.size() == 1 && trimmed.substr(0, 3) == "TED" && isAllDigits(trimmed.substr(3)))
    return true;
  std::size_t start = 0;
  if (words[0] == "INFO" || words[0] == "ACTION" || words[0] == "ORIGIN") start = 1;
  if (start >= words.size()) return false;
  for (std::size_t i = start; i < words.size(); ++i)
    if (!isDistributionCode(words[i])) return false;
  return true;
}

bool isListKeyword(std::string_view line, std::string_view keyword) {
  if (line.substr(0, keyword.size()) != keyword) return false;
  return line.size() == keyword.size() || line[keyword.size()] == ' ' ||
         line[keyword.size()] == '\t';
}

}  // namespace

HeaderLineKind classifyHeaderLine(std::string_view line) {
  std::string_view trimmed = trim(line);
  if (trimmed.empty()) return HeaderLineKind::blank;
  // Most header lines are routed recipient entries: settle them first.
  if (routingIndicatorPrefix(trimmed) > 0) return HeaderLineKind::other;
  if (trimmed.substr(0, 5) == "VZCZC") return HeaderLineKind::transmission_id;
  if (trimmed.front() == 'T' &&
      trimmed.find("partial extract of the original cable") != std::string_view::npos)
    return HeaderLineKind::partial_extract;
  if (trimmed == "BT" || trimmed == "NNNN" || isPageBreakLine(trimmed) ||
      isHandlingMarkerLine(trimmed))
    return HeaderLineKind::layout;

  std::string_view first = trimmed.substr(0, findSpaceOrTab(trimmed));
  std::string_view rest = trim(trimmed.substr(first.size()));
  std::string_view second = rest.substr(0, findSpaceOrTab(rest));
  bool maybeDistribution = first == "INFO" || first.substr(0, 3) == "TED" || first == "ACTION" || first == "ORIGIN" ||
                           first.front() == '-' || first.front() == '/' || first.find('-') != std::string_view::npos;
  if (maybeDistribution && isDistributionLine(trimmed, splitWords(trimmed)))
    return HeaderLineKind::distribution;
  if (isListKeyword(trimmed, "TO")) return HeaderLineKind::to_list;
  if (isListKeyword(trimmed, "INFO")) return HeaderLineKind::info_list;
  if (isListKeyword(trimmed, "XMT")) return HeaderLineKind::xmt_list;
  if (first == "FM" && !second.empty()) return HeaderLineKind::from;
  if (first == "DE" && isRoutingIndicator(second)) return HeaderLineKind::station_line;
  if ((first == "ZNR" || first == "ZNY") && !second.empty()) return HeaderLineKind::security;
  // "RR RUEHAST RUEHBI", or a continuation line of indicators only.
  if (isRoutingIndicator(first) || (isPrecedencePair(first) && !second.empty())) {
    bool allIndicators = true;
    std::string_view words = isPrecedencePair(first) ? rest : trimmed;
    while (!words.empty() && allIndicators) {
      std::string_view word = words.substr(0, findSpaceOrTab(words));
      allIndicators = isRoutingIndicator(word);
      words = trim(words.substr(word.size()));
    }
    if (allIndicators) return HeaderLineKind::routing;
  }
  char c = trimmed.front();
  DateTimeGroup dtg;
  if ((isAsciiDigit(c) || c == 'R' || c == 'P' || c == 'O' || c == 'Z') &&
      parseDateTimeGroup(trimmed, dtg))
    return HeaderLineKind::dtg;
  ClassificationLine classification;
  if ((c == 'U' || c == 'C' || c == 'S' || c == 'T' || c == 'L' || c == '"') &&
      parseClassificationLine(trimmed, classification))
    return HeaderLineKind::classification;
  return HeaderLineKind::other;
}

namespace {

// Offset of ` keyword ` (a whole word, followed by text) in `line` at or
// after `from`, or npos.
std::size_t findKeyword(std::string_view line, std::string_view keyword, std::size_t from = 0) {
  for (std::size_t at = line.find(keyword, from); at != std::string_view::npos; at = line.find(keyword, at + 1)) {
    std::size_t end = at + keyword.size();
    if (at > 0 && line[at - 1] == ' ' && end + 1 < line.size() && line[end] == ' ') return at;
  }
  return std::string_view::npos;
}

// Offset of a DTG ("R 271001Z AUG 07", "O R 160654Z FEB 10") inside a
// transmission, routing or station line, or npos.
std::size_t findDtgInside(std::string_view line) {
  for (std::size_t at = line.find('Z'); at != std::string_view::npos; at = line.find('Z', at + 1)) {
    if (at < 7 || line[at - 7] != ' ' || !isAllDigits(line.substr(at - 6, 6))) continue;
    std::size_t start = at - 6;
    // Up to two precedence letters before the day-time group.
    for (int letters = 0; letters < 2 && start >= 3 && line[start - 3] == ' ' &&
                          !precedenceFromLetter(line[start - 2]).empty();
         ++letters)
      start -= 2;
    DateTimeGroup dtg;
    if (parseDateTimeGroup(line.substr(start), dtg)) return start;
  }
  return std::string_view::npos;
}

}  // namespace

std::size_t runTogetherLineEnd(std::string_view line, HeaderLineKind kind) {
  std::size_t next = std::string_view::npos;
  auto earliest = [&](std::size_t at) {
    if (at != std::string_view::npos && (next == std::string_view::npos || at < next)) next = at;
  };
  switch (kind) {
    case HeaderLineKind::transmission_id:
    case HeaderLineKind::routing:
    case HeaderLineKind::station_line:
    case HeaderLineKind::security:
      earliest(findKeyword(line, "DE"));
      earliest(findKeyword(line, "ZNR"));
      earliest(findKeyword(line, "ZNY"));
      earliest(findDtgInside(line));
      earliest(findKeyword(line, "FM"));
      break;
    case HeaderLineKind::dtg:
      earliest(findKeyword(line, "FM"));
      break;
    case HeaderLineKind::from: {
      // "FM USDEL TO THE CD" would be a station; TO opens a list only
      // before a routed entry or an addressee ("TO SECSTATE WASHDC").
      std::size_t to = findKeyword(line, "TO");
      std::string_view entry = to == std::string_view::npos ? std::string_view() : line.substr(to + 3);
      std::string_view first = entry.substr(0, findSpaceOrTab(entry));
      if (routingIndicatorPrefix(entry) > 0 || isAddressHead(first) || first == "ALL") earliest(to);
      earliest(findKeyword(line, "INFO"));
      break;
    }
    case HeaderLineKind::to_list:
      earliest(findKeyword(line, "INFO"));
      earliest(findKeyword(line, "XMT"));
      break;
    case HeaderLineKind::info_list:
      earliest(findKeyword(line, "XMT"));
      break;
    default:
      break;
  }
  return next;
}

HeaderLineKind lastRunTogetherKind(std::string_view line, HeaderLineKind kind) {
  for (std::size_t next = runTogetherLineEnd(line, kind); next != std::string_view::npos;
       next = runTogetherLineEnd(line, kind)) {
    line = line.substr(next);
    kind = classifyHeaderLine(line);
  }
  return kind;
}

std::string_view listLineRest(std::string_view line) {
  line = trim(line);
  std::size_t space = findSpaceOrTab(line);
  if (space == std::string_view::npos) return {};
  return trim(line.substr(space));
}

}  // namespace cablecat
