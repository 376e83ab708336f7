// Line splitting and layout-line detection shared by the field parsers.
#include "text_lines.h"

#include <cctype>
#include <regex>

namespace cablecat {

std::vector<TextLine> splitLines(std::string_view text) {
  std::vector<TextLine> lines;
  std::size_t start = 0;
  std::size_t number = 1;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::size_t stop = end;
    if (stop > start && text[stop - 1] == '\r') --stop;
    lines.push_back({text.substr(start, stop - start), number++});
    start = end + 1;
  }
  return lines;
}

static bool isSpace(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
  return text;
}

std::string toUpper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string collapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pendingSpace = false;
  for (char c : text) {
    if (isSpace(c)) {
      pendingSpace = !out.empty();
      continue;
    }
    if (pendingSpace) out.push_back(' ');
    pendingSpace = false;
    out.push_back(c);
  }
  return out;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && equalsNoCase(text.substr(0, prefix.size()), prefix);
}

bool equalsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(a[i])) !=
        std::toupper(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

bool isPageBreakLine(std::string_view line) {
  // Modern: "<STATION WORDS> <serial of 5+ digits> <page>.<n> OF <pages>".
  static const std::regex modern(R"(^\s*[A-Z][A-Z .'-]*\s+\d{5,}\s+\d{3}(\.\d+)?\s+OF\s+\d{3}\s*$)");
  // Older: "PAGE 02 ROME 01196 01 OF 02 082030Z".
  static const std::regex older(R"(^\s*PAGE\s+\d+\s+[A-Z][A-Z .'-]*\s+\d+\s+\d+\s+OF\s+\d+\s+\d{6}Z\s*$)");
  // Cheap filter first: this runs on every line of every cable.
  if (line.size() > 120 || line.find(" OF ") == std::string_view::npos) return false;
  std::string text(line);
  return std::regex_match(text, modern) || std::regex_match(text, older);
}

bool isHandlingMarkerLine(std::string_view line) {
  std::string upper = collapseSpaces(toUpper(line));
  if (upper.size() > 40) return false;
  static const std::regex markers(R"(^((SIPDIS|SENSITIVE|NOFORN|CXSIPDIS)\s*)+$)");
  return !upper.empty() && std::regex_match(upper, markers);
}

std::string removeInlineMarkers(std::string_view text) {
  if (text.find("SIPDIS") == std::string_view::npos) return std::string(text);
  static const std::regex glued(R"(\s*\b(SIPDIS|CXSIPDIS)\b\s*)");
  return std::regex_replace(std::string(text), glued, " ");
}

}  // namespace cablecat
