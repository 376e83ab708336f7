// Tag stripping and entity decoding for WikiLeaks page fragments, one pass.
#include "html_text.h"

#include "byte_scan.h"
#include "parse/ascii.h"
#include "parse/text_encoding.h"

#include <array>
#include <cstdint>

namespace cablecat {

namespace {

bool equalsLower(std::string_view text, std::string_view lowerWord) {
  if (text.size() != lowerWord.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (asciiLower(text[i]) != lowerWord[i]) return false;
  return true;
}

// Tags the WikiLeaks site wrote into cable text. Anything else after '<'
// (`<Israel>`, `<<220571>>`, `< /a>`) is cable text and stays.
bool isKnownTagName(std::string_view name) {
  static constexpr std::array<std::string_view, 26> kNames = {
      "a",   "b",    "i",   "u",   "em",    "strong", "br",         "p",     "span",
      "div", "font", "td",  "tr",  "th",    "table",  "tbody",      "thead", "code",
      "pre", "hr",   "sup", "sub", "small", "center", "blockquote", "tt"};
  for (std::string_view known : kNames)
    if (equalsLower(name, known)) return true;
  return false;
}

struct ParsedTag {
  std::size_t length = 0;  // bytes from '<' to '>' inclusive; 0 when not a tag
  bool closing = false;
  std::string_view name;
  std::string_view attributes;
};

ParsedTag parseTag(std::string_view html, std::size_t at) {
  ParsedTag tag;
  std::size_t pos = at + 1;
  if (pos < html.size() && html[pos] == '/') {
    tag.closing = true;
    ++pos;
  }
  std::size_t nameStart = pos;
  while (pos < html.size() && isAsciiLetter(html[pos])) ++pos;
  if (pos == nameStart || pos >= html.size()) return tag;
  tag.name = html.substr(nameStart, pos - nameStart);
  if (!isKnownTagName(tag.name)) return tag;
  char next = html[pos];
  if (next != '>' && next != ' ' && next != '/' && next != '\t') return tag;
  // Attributes end at '>' outside quotes; give up on newlines or long runs.
  constexpr std::size_t kMaxTagLength = 2048;
  char quote = 0;
  std::size_t attributesStart = pos;
  for (; pos < html.size() && pos - at < kMaxTagLength; ++pos) {
    char c = html[pos];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '>') {
      tag.attributes = html.substr(attributesStart, pos - attributesStart);
      tag.length = pos + 1 - at;
      return tag;
    } else if (c == '<' || c == '\n') {
      return tag;
    }
  }
  return tag;
}

// Decodes the entity at `at` (an '&') into `out`; returns its length, or 0
// when it is not an entity (a bare '&', "R&D;").
std::size_t decodeEntity(std::string_view html, std::size_t at, std::string& out) {
  constexpr std::size_t kMaxEntity = 12;
  std::size_t semicolon = html.find(';', at + 1);
  if (semicolon == std::string_view::npos || semicolon - at > kMaxEntity) return 0;
  std::string_view body = html.substr(at + 1, semicolon - at - 1);
  if (body.size() >= 2 && body[0] == '#') {
    std::uint32_t code = numericCharacterReference(body);
    if (code == 0) return 0;
    appendUtf8(out, code);
    return semicolon - at + 1;
  }
  // The XML five, and the non-breaking space of the page builds' layout.
  std::string_view text = body == "nbsp" ? std::string_view("\xC2\xA0") : xmlNamedReference(body);
  if (text.empty()) return 0;
  out += text;
  return semicolon - at + 1;
}

bool isTagLink(std::string_view attributes) {
  return attributes.find("href='/tag/") != std::string_view::npos ||
         attributes.find("href=\"/tag/") != std::string_view::npos;
}

}  // namespace

void appendHtmlText(std::string_view html, std::string& text, std::vector<std::string>* tagLinks) {
  text.reserve(text.size() + html.size());
  std::size_t tagLinkStart = std::string::npos;
  std::size_t pos = 0;
  while (pos < html.size()) {
    // Copy the plain run up to the next character that may need work.
    const char* special = findAnyOf4(html.data() + pos, html.data() + html.size(), '<', '&',
                                     '\r', '\xC2');
    auto runEnd = static_cast<std::size_t>(special - html.data());
    text.append(html.data() + pos, runEnd - pos);
    pos = runEnd;
    if (pos >= html.size()) break;
    char c = html[pos];
    if (c == '<') {
      ParsedTag tag = parseTag(html, pos);
      if (tag.length == 0) {
        text += '<';
        ++pos;
        continue;
      }
      if (equalsLower(tag.name, "a")) {
        if (!tag.closing && isTagLink(tag.attributes)) {
          tagLinkStart = text.size();
        } else if (tag.closing && tagLinkStart != std::string::npos) {
          if (tagLinks) tagLinks->push_back(text.substr(tagLinkStart));
          tagLinkStart = std::string::npos;
        }
      }
      pos += tag.length;
    } else if (c == '&') {
      std::size_t length = decodeEntity(html, pos, text);
      if (length == 0) {
        text += '&';
        ++pos;
      } else {
        pos += length;
      }
    } else if (c == '\r') {
      ++pos;
      if (pos < html.size() && html[pos] == '\n') continue;
      text += '\r';
    } else {  // 0xC2: "¶" (C2 B6) is the site's paragraph mark, not text
      if (pos + 1 < html.size() && html[pos + 1] == '\xB6') {
        pos += 2;
      } else {
        text += c;
        ++pos;
      }
    }
  }
  // Entities can produce CR too (&#x000D;&#x000A;).
  dropCarriageReturnsBeforeLineFeeds(text);
}

}  // namespace cablecat
