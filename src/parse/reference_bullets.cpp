// Finds the lettered bullets of a REF list among its tokens.
#include "reference_bullets.h"

#include <algorithm>
#include <optional>
#include <string>

#include "ascii.h"

namespace cablecat {

namespace {

bool isSingleLetter(const RefToken& token) { return isWordToken(token) && token.text.size() == 1; }

bool startsLine(std::string_view text, const std::vector<RefToken>& tokens, std::size_t k) {
  if (k == 0) return true;
  std::string_view gap = text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end);
  return gap.find('\n') != std::string_view::npos;
}

// A cable citation starts right at token k ("WELLINGTON 721", "09 CAIRO 074").
bool citationStartsAt(const std::vector<RefToken>& tokens, std::size_t k) {
  if (k >= tokens.size()) return false;
  auto citations = findCableCitations(tokens, k, std::min(tokens.size(), k + 12));
  return !citations.empty() && citations.front().first == k && !citations.front().page_header;
}

// What may come before a bullet written without punctuation: the start of
// the list, the end of the previous item's serial or note, or a separator.
// "PORT A 76" (Port-au-Prince) has a word there, and is no bullet.
bool mayPrecedeBareBullet(const std::vector<RefToken>& tokens, std::size_t k) {
  if (k == 0) return true;
  const RefToken& before = tokens[k - 1];
  return isNumberToken(before) || before.kind == RefTokenKind::mixed || isPunctToken(before, ')') ||
         isPunctToken(before, ',') || isPunctToken(before, ';') || isPunctToken(before, '.');
}

// "U.S." and initials glued to a dot are not bullets.
bool isInitials(const std::vector<RefToken>& tokens, std::size_t j) {
  return j + 3 < tokens.size() && isSingleLetter(tokens[j + 2]) && isPunctToken(tokens[j + 3], '.') &&
         tokens[j + 2].begin == tokens[j + 1].end;
}

// "A -" at the start of a line with a blank on one side of the dash.
bool isDashBullet(std::string_view text, const std::vector<RefToken>& tokens, std::size_t k, std::size_t j) {
  const RefToken& dash = tokens[j + 1];
  return startsLine(text, tokens, k) &&
         (dash.begin > tokens[j].end || (j + 2 < tokens.size() && tokens[j + 2].begin > dash.end));
}

// "A.", "A)", "(A)", "[A]", "A:", "A -", "REF A:", and bare "A" / "REF A" /
// "A-" before a citation, at token k.
std::optional<Bullet> bulletAt(std::string_view text, const std::vector<RefToken>& tokens, std::size_t k) {
  std::size_t n = tokens.size();
  std::size_t j = k;
  bool refPrefix = false;
  if ((tokenIs(tokens[j], "REF") || tokenIs(tokens[j], "REFTEL")) && j + 1 < n) {
    ++j;
    if (isPunctToken(tokens[j], ':') && j + 1 < n) ++j;  // "A. REF: A) ..."
    refPrefix = true;
  }
  if (j + 2 < n && (isPunctToken(tokens[j], '(') || isPunctToken(tokens[j], '[')) && isSingleLetter(tokens[j + 1]) &&
      (isPunctToken(tokens[j + 2], ')') || isPunctToken(tokens[j + 2], ']')))
    return Bullet{k, j + 3, asciiUpper(tokens[j + 1].text[0])};
  if (j >= n || !isSingleLetter(tokens[j])) return std::nullopt;
  char letter = asciiUpper(tokens[j].text[0]);
  bool bareAllowed = refPrefix || mayPrecedeBareBullet(tokens, k);
  if (j + 1 >= n) return std::nullopt;
  const RefToken& mark = tokens[j + 1];
  if (isPunctToken(mark, ')') || isPunctToken(mark, ':')) return Bullet{k, j + 2, letter};
  if (isPunctToken(mark, '.')) {
    if (isInitials(tokens, j)) return std::nullopt;
    return Bullet{k, j + 2, letter};
  }
  if (isPunctToken(mark, '-')) {
    if (!refPrefix && isDashBullet(text, tokens, k, j)) return Bullet{k, j + 2, letter};
    if (bareAllowed && citationStartsAt(tokens, j + 2)) return Bullet{k, j + 2, letter};  // "A- STATE 12"
    return std::nullopt;
  }
  if (bareAllowed && citationStartsAt(tokens, j + 1)) return Bullet{k, j + 1, letter};
  return std::nullopt;
}

// "1. STATE 1234 2. ROME 5", "(1) ... (2) ...", "1) ...": numbers in
// sequence from 1, each right before a citation, so that serials and the
// paragraph numbers after the list are no bullets.
std::vector<Bullet> findNumberedBullets(std::string_view text, const std::vector<RefToken>& tokens) {
  std::vector<Bullet> bullets;
  int next = 1;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    bool parenthesized = isPunctToken(tokens[k], '(');
    std::size_t j = parenthesized ? k + 1 : k;
    if (j + 1 >= tokens.size() || !isNumberToken(tokens[j]) || tokens[j].text != std::to_string(next)) continue;
    const RefToken& mark = tokens[j + 1];
    bool closed = parenthesized ? isPunctToken(mark, ')') : (isPunctToken(mark, '.') || isPunctToken(mark, ')'));
    if (!closed || (next == 1 && !startsLine(text, tokens, k)) || !citationStartsAt(tokens, j + 2)) continue;
    bullets.push_back(Bullet{k, j + 2, 0, tokens[j].text});
    ++next;
    k = j + 1;
  }
  return bullets;
}

}  // namespace

std::vector<Bullet> findBullets(std::string_view text, const std::vector<RefToken>& tokens) {
  std::vector<Bullet> bullets;
  char next = 'A';
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    auto bullet = bulletAt(text, tokens, k);
    if (!bullet) continue;
    // Doubled bullets ("A. (A)", "A. A)", "A. REF A:") mark one item.
    if (!bullets.empty() && bullet->letter == bullets.back().letter && k == bullets.back().end) {
      bullets.back().end = bullet->end;
      k = bullet->end - 1;
      continue;
    }
    // A repeated "(B)" / "E)" is the writer's slip for the next item.
    bool repeated = !bullets.empty() && bullet->letter == bullets.back().letter &&
                    !isPunctToken(tokens[bullet->end - 1], '.') && !isPunctToken(tokens[bullet->end - 1], ':');
    if (bullet->letter != next && !repeated) continue;
    // The list's first bullet opens the list or a line; later ones may be inline.
    if (next == 'A' && k != 0 && !startsLine(text, tokens, k)) continue;
    bullets.push_back(*bullet);
    if (!repeated) ++next;
    k = bullet->end - 1;
  }
  if (bullets.empty()) return findNumberedBullets(text, tokens);
  return bullets;
}

}  // namespace cablecat
