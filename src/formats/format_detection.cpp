// Content sniffing: each container has a telltale near its start.
#include "format_detection.h"

#include <algorithm>

#include "parse/ascii.h"

namespace cablecat {

namespace {

// ASCII only: no locale lookup per byte of the 64 KB sniffed from every file.

bool containsNoCase(std::string_view text, std::string_view lowerNeedle) {
  auto found = std::search(text.begin(), text.end(), lowerNeedle.begin(), lowerNeedle.end(),
                           [](char a, char b) { return asciiLower(a) == b; });
  return found != text.end();
}

bool isCsvRecordStart(std::string_view line) {
  if (line.size() < 5 || line[0] != '"') return false;
  std::size_t pos = 1;
  while (pos < line.size() && isAsciiDigit(line[pos])) ++pos;
  return pos > 1 && line.substr(pos, 3) == "\",\"";
}

// A cable's own text: transmission ID, FM/TO lines, SUBJECT, TAGS.
bool looksLikeCableText(std::string_view head) {
  if (head.find("VZCZC") != std::string_view::npos) return true;
  std::size_t pos = 0;
  while (pos < head.size()) {
    std::size_t end = head.find('\n', pos);
    std::string_view line = head.substr(pos, end == std::string_view::npos ? end : end - pos);
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.starts_with("FM ") || line.starts_with("TO ") || line.starts_with("SUBJECT:") ||
        line.starts_with("SUBJ:") || line.starts_with("TAGS"))
      return true;
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return false;
}

}  // namespace

std::optional<InputFormat> detectFormat(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  std::size_t first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return std::nullopt;
  std::string_view text = head.substr(first);
  if (isCsvRecordStart(text)) return InputFormat::csv;
  if (text.front() == '<' && (containsNoCase(text, "<html") || containsNoCase(text, "<!doctype")))
    return InputFormat::html;
  if (text.find("<table class='cable'>") != std::string_view::npos ||
      text.find("<table class=\"cable\">") != std::string_view::npos)
    return InputFormat::html;
  if (text.find("Reference ID Created Released Classification Origin") != std::string_view::npos)
    return InputFormat::archive;
  if (looksLikeCableText(text)) return InputFormat::text;
  return std::nullopt;
}

}  // namespace cablecat
