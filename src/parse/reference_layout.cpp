// Removes layout (paragraph signs, page headers) from REF list text.
#include "reference_layout.h"

#include <array>
#include <utility>
#include <vector>

#include "ascii.h"
#include "reference_tokens.h"

namespace cablecat {

namespace {

constexpr std::string_view kPilcrow = "\xC2\xB6";  // the page's paragraph sign

bool isDateTimeGroup(const RefToken& token) {
  std::string_view text = token.text;
  if (text.size() != 7 || (text.back() != 'Z' && text.back() != 'z')) return false;
  for (std::size_t i = 0; i < 6; ++i)
    if (!isAsciiDigit(text[i])) return false;
  return true;
}

// "PAGE 02 ROME 01196 01 OF 02 082030Z" starting at token `at`; returns the
// token after it, or `at` when the tokens there are something else.
std::size_t pageHeaderEnd(const std::vector<RefToken>& tokens, std::size_t at) {
  std::size_t n = tokens.size();
  std::size_t i = at;
  if (i + 1 >= n || !tokenIs(tokens[i], "PAGE") || !isNumberToken(tokens[i + 1]) || tokens[i + 1].text.size() > 3)
    return at;
  i += 2;
  std::size_t words = 0;
  while (i < n && isWordToken(tokens[i]) && words < 4) {
    ++i;
    ++words;
  }
  if (words == 0 || i + 3 >= n || !isNumberToken(tokens[i]) || !isNumberToken(tokens[i + 1]) ||
      !tokenIs(tokens[i + 2], "OF") || !isNumberToken(tokens[i + 3]))
    return at;
  i += 4;
  if (i < n && isDateTimeGroup(tokens[i])) ++i;
  return i;
}

// The classification written before "PAGE": "CONFIDENTIAL", "LIMITED OFFICIAL USE",
// "S E C R E T".
std::size_t classificationStart(const std::vector<RefToken>& tokens, std::size_t page) {
  static constexpr std::array<std::string_view, 4> kSingleWords = {"CONFIDENTIAL", "SECRET", "UNCLASSIFIED",
                                                                   "UNCLAS"};
  if (page >= 3 && tokenIs(tokens[page - 3], "LIMITED") && tokenIs(tokens[page - 2], "OFFICIAL") &&
      tokenIs(tokens[page - 1], "USE"))
    return page - 3;
  if (page >= 1)
    for (std::string_view word : kSingleWords)
      if (tokenIs(tokens[page - 1], word)) return page - 1;
  // Spaced out: "C O N F I D E N T I A L PAGE 02 ...".
  std::string letters;
  std::size_t start = page;
  while (start > 0 && isWordToken(tokens[start - 1]) && tokens[start - 1].text.size() == 1 && letters.size() < 12) {
    --start;
    letters.insert(letters.begin(), tokens[start].text[0]);
  }
  for (std::string_view word : kSingleWords)
    for (std::size_t skip = 0; skip < letters.size(); ++skip)
      if (std::string_view(letters).substr(skip) == word) return start + skip;
  return page;
}

}  // namespace

std::string_view cleanReferenceLine(std::string_view line) {
  for (;;) {
    while (!line.empty() && isSpaceWithinLine(line.front())) line.remove_prefix(1);
    if (line.substr(0, kPilcrow.size()) != kPilcrow) break;
    line.remove_prefix(kPilcrow.size());
  }
  while (!line.empty() && (isSpaceWithinLine(line.back()) || line.back() == '\\')) line.remove_suffix(1);
  return line;
}

void appendWithoutPilcrows(std::string& out, std::string_view text) {
  for (std::size_t at = text.find(kPilcrow); at != std::string_view::npos; at = text.find(kPilcrow)) {
    out.append(text.substr(0, at));
    out.push_back(' ');
    text.remove_prefix(at + kPilcrow.size());
  }
  out.append(text);
}

void eraseInlinePageHeaders(std::string& text) {
  if (text.find("PAGE") == std::string::npos && text.find("Page") == std::string::npos) return;
  std::vector<RefToken> tokens = tokenizeReferenceText(text);
  std::string kept;
  std::size_t copied = 0;  // text before this offset is in `kept`
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    std::size_t end = pageHeaderEnd(tokens, k);
    if (end == k) continue;
    std::size_t from = tokens[classificationStart(tokens, k)].begin;
    if (from < copied) from = copied;
    kept.append(text, copied, from - copied);
    kept.push_back(' ');
    copied = tokens[end - 1].end;
    k = end - 1;
  }
  if (copied == 0) return;
  kept.append(text, copied, std::string::npos);
  text = std::move(kept);
}

}  // namespace cablecat
