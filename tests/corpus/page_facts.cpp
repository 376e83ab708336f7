// Independent extraction of a page's own facts, for agreement measurements.
#include "page_facts.h"

#include <cctype>
#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>

namespace {

std::string decodeEntities(std::string text) {
  static const std::pair<const char*, const char*> entities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
      {"&#x27;", "'"}, {"&#x000A;", "\n"}};
  for (const auto& [entity, replacement] : entities) {
    std::size_t at = 0;
    while ((at = text.find(entity, at)) != std::string::npos) {
      text.replace(at, std::strlen(entity), replacement);
      at += std::strlen(replacement);
    }
  }
  return text;
}

std::string stripTags(const std::string& html) {
  static const std::regex tag("<[^>]*>");
  return std::regex_replace(html, tag, "");
}

std::string trimmed(const std::string& text) {
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string normalized(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : decodeEntities(text)) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  return out;
}

}  // namespace

PageFacts readPageFacts(const std::filesystem::path& page) {
  std::ifstream in(page, std::ios::binary);
  std::string html((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  PageFacts facts;
  std::size_t table = html.find("<table class='cable'>");
  std::size_t tableEnd = html.find("</table>", table);
  if (table != std::string::npos && tableEnd != std::string::npos) {
    std::string rows = html.substr(table, tableEnd - table);
    static const std::regex cell(R"(<td>([\s\S]*?)</td>)");
    std::vector<std::string> cells;
    for (auto it = std::sregex_iterator(rows.begin(), rows.end(), cell); it != std::sregex_iterator(); ++it)
      cells.push_back(trimmed(decodeEntities(stripTags((*it)[1].str()))));
    if (cells.size() >= 5) {
      facts.ref_id = cells[0];
      facts.created = cells[1];
      facts.classification = cells[3];
      facts.origin = cells[4];
    }
  }
  static const std::regex heading(R"(<h3>Viewing cable ([^,<]+), ([\s\S]*?)</h3>)");
  std::smatch match;
  if (std::regex_search(html, match, heading)) facts.heading_subject = trimmed(decodeEntities(match[2].str()));
  std::size_t pre = html.find("<pre", tableEnd == std::string::npos ? 0 : tableEnd);
  std::string cableText = pre == std::string::npos ? "" : html.substr(pre);
  static const std::regex tagLink(R"(<a href='/tag/[^']*'>([^<]*)</a>)");
  for (auto it = std::sregex_iterator(cableText.begin(), cableText.end(), tagLink);
       it != std::sregex_iterator(); ++it)
    facts.tags.push_back(trimmed(decodeEntities((*it)[1].str())));
  return facts;
}

bool subjectsAgree(const std::string& parsed, const std::string& heading) {
  std::string a = normalized(parsed), b = normalized(heading);
  if (a == b) return true;
  return !b.empty() && a.size() > b.size() && a.compare(0, b.size(), b) == 0;
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) out += (out.empty() ? "" : " ") + value;
  return out;
}
