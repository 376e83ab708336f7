// Independent extraction of a page's own facts, for agreement measurements.
#include "page_facts.h"

#include <cctype>
#include <cstring>
#include <fstream>
#include <regex>
#include <algorithm>
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

// Upper case, one space, no quotes or tags, no leading "(U)" marking and no
// trailing backslash (raw database rows end lines with one).
std::string normalized(const std::string& text) {
  static const std::regex marking(R"(^\s*\(?(U|C|S|SBU|TS)(//?[A-Z ]+)?\)\s*)");
  std::string cleaned = std::regex_replace(stripTags(decodeEntities(text)), marking, "");
  std::string out;
  bool space = false;
  for (char c : cleaned) {
    if (c == '"' || c == '\\' || c == '[' || c == ']') continue;
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

// The TAGS line of the cable text as the page shows it: the linked codes and
// the unlinked words of wrapped continuation lines, in order, deduplicated.
std::vector<std::string> tagsLineWords(const std::string& cableHtml) {
  std::string text = decodeEntities(stripTags(cableHtml));
  std::istringstream lines(text);
  std::string line, region;
  bool inTags = false;
  // A continuation line holds codes only: upper-case words, commas, parens.
  auto looksLikeCodes = [](const std::string& text) {
    static const std::regex codes(R"(^[A-Z0-9 ,().\-]+$)");
    return std::regex_match(text, codes) && text.find(" OF ") == std::string::npos &&
           text.rfind("UNCLAS", 0) != 0 && text.rfind("CONFIDENTIAL", 0) != 0 &&
           text.rfind("SECRET", 0) != 0 && text.rfind("C O N", 0) != 0 &&
           text.rfind("S E C", 0) != 0 && text.rfind("SUBJ", 0) != 0 && text.rfind("REF", 0) != 0;
  };
  while (std::getline(lines, line)) {
    std::string stripped = trimmed(line);
    if (!inTags) {
      // "TAGS" opens a line, or follows "E.O. 12958 ..." or SIPDIS glued before it.
      std::size_t at = stripped.find("TAGS");
      if (at != std::string::npos && (at == 0 || stripped.find("12958") < at ||
                                      stripped.find("13526") < at)) {
        inTags = true;
        region = stripped.substr(at + 4);
      }
      continue;
    }
    if (stripped.empty() || !looksLikeCodes(stripped)) break;
    region += " " + stripped;
  }
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && std::find(words.begin(), words.end(), word) == words.end())
      words.push_back(word);
    word.clear();
  };
  for (char c : region) {
    if (c == ',' || c == ':' || c == ';' || std::isspace(static_cast<unsigned char>(c))) flush();
    else word.push_back(c);
  }
  flush();
  return words;
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
  facts.tags = tagsLineWords(cableText);
  return facts;
}

bool subjectsAgree(const std::string& parsed, const std::string& heading) {
  std::string a = normalized(parsed), b = normalized(heading);
  if (a == b || b.empty()) return true;  // an empty heading says nothing
  // The heading is cut short...
  if (!b.empty() && a.size() > b.size() && a.compare(0, b.size(), b) == 0) return true;
  // ...or carries what followed the subject line (REF, Classified By, page breaks).
  return a.size() >= 15 && b.size() > a.size() && b.compare(0, a.size(), a) == 0;
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) out += (out.empty() ? "" : " ") + value;
  return out;
}

std::vector<std::string> tagWords(const std::vector<std::string>& tags) {
  std::vector<std::string> words;
  for (const std::string& tag : tags) {
    std::string word;
    auto flush = [&] {
      while (!word.empty() && word.back() == '.') word.pop_back();
      if (!word.empty() && std::find(words.begin(), words.end(), word) == words.end())
        words.push_back(word);
      word.clear();
    };
    for (char c : tag) {
      if (c == '(' || c == ')' || c == ',' || std::isspace(static_cast<unsigned char>(c))) flush();
      else word.push_back(c);
    }
    flush();
  }
  return words;
}
