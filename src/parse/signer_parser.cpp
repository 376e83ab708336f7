// Signers: the surname(s) on the last line(s) of the text, under the
// transmission trailers, page footers and dump debris that can follow them.
#include "signer_parser.h"

#include <vector>

#include "field_text.h"
#include "text_lines.h"

namespace cablecat {

using namespace field_text;

namespace {

bool isNameParticle(std::string_view word) {
  for (std::string_view particle : {"van", "von", "de", "del", "da", "der", "la", "le", "di", "du"})
    if (word == particle) return true;
  return false;
}

// Words that close a cable but are not names.
bool isClosingWord(std::string_view upperLine) {
  for (std::string_view word :
       {"END", "COMMENT", "END COMMENT", "END TEXT", "END CABLE TEXT", "END OF TEXT", "TEXT", "QUOTE",
        "UNQUOTE", "END QUOTE", "THANKS", "REGARDS", "THANK YOU", "BT", "NNNN", "SIPDIS", "NOFORN",
        "SENSITIVE", "EXDIS", "LIMDIS", "NODIS", "EXEMPT", "UNCLAS", "UNCLASSIFIED", "CONFIDENTIAL",
        "SECRET", "MINIMIZE CONSIDERED", "WIKILEAKS", "DECLASSIFIED", "NOTE", "ACTION", "INFO",
        "FYI", "TEXT ENDS", "END NOTE", "AMEN", "ENDS"})
    if (upperLine == word) return true;
  return false;
}

// Plain loops for the tail-line tests below: find_first_of and friends call
// memchr once per byte of the line, and these run on every line the signer
// search walks back over.
bool hasDigit(std::string_view text) {
  for (char c : text)
    if (isAsciiDigit(c)) return true;
  return false;
}

// Only dots, stars, quotes, backslashes, commas and spaces (or nothing).
bool isOnlyPunctuation(std::string_view text) {
  for (char c : text)
    if (c != '.' && c != '*' && c != '"' && c != '\\' && c != ',' && c != ' ') return false;
  return true;
}

// " @ " (a mail footer), found by its rare '@'.
bool hasSpacedAt(std::string_view text) {
  for (std::size_t at = text.find('@', 1); at != std::string_view::npos; at = text.find('@', at + 1))
    if (at + 1 < text.size() && text[at - 1] == ' ' && text[at + 1] == ' ') return true;
  return false;
}

// How much of the last line(s) the signer search reads.
constexpr std::size_t kMaxTailLine = 2000;

// Lines after the signer that are transmission layout, never the signer.
// `text` without spaces and ignoring case starts with `word`, and has no
// digit: "C O N F I D E N T I A L", "SECRET//NOFORN".
bool isClassificationLine(std::string_view text) {
  if (hasDigit(text)) return false;
  for (std::string_view classification :
       {"UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "TOPSECRET", "LIMITEDOFFICIALUSE"}) {
    std::size_t matched = 0;
    for (std::size_t i = 0; i < text.size() && matched < classification.size(); ++i) {
      if (text[i] == ' ') continue;
      char c = isAsciiLower(text[i]) ? static_cast<char>(text[i] - 'a' + 'A') : text[i];
      if (c != classification[matched]) break;
      ++matched;
    }
    if (matched == classification.size()) return true;
  }
  return false;
}

bool isTrailerLine(std::string_view line) {
  std::string_view text = trim(line);
  if (text.empty() || isRuleLine(text) || isLayoutLine(line)) return true;
  if (text.size() > 100) return false;  // running text (trailers are short)
  if (isOnlyPunctuation(text)) return true;
  for (std::string_view whole : {"NNNN", "NNN", "BT", "END OF TEXT", "WIKILEAKS"})
    if (equalsNoCase(text, whole)) return true;
  for (std::string_view start : {"DECLASSIFIED/RELEASED", "SYSTEMATIC REVIEW"})
    if (startsWithNoCase(text, start)) return true;
  if (startsWithNoCase(text, "REVIEW ") && hasDigit(text))
    return true;  // "Review 30 JUN 2006", the stamp's second line
  if (findNoCase(text, "CABLE ENDS") != std::string_view::npos ||
      findNoCase(text, "MISSING SECTION") != std::string_view::npos ||
      hasSpacedAt(text))
    return true;
  if (text.front() == '#') return true;  // "#2327"
  return isClassificationLine(text);
}

// Drops what dumps glued after the text: CSV quotes and backslashes, and the
// " 0 11/30/2007" of a raw database row.
std::string_view cleanTailLine(std::string_view line) {
  std::string_view text = trim(line);
  while (!text.empty() && (text.back() == '"' || text.back() == '\\' || text.back() == ',' ||
                           isAsciiSpace(text.back())))
    text.remove_suffix(1);
  // " 0 MM/DD/YYYY"
  if (text.size() > 14) {
    std::string_view suffix = text.substr(text.size() - 13);
    bool dbSuffix = suffix.substr(0, 3) == " 0 " && isAsciiDigit(suffix.back());
    if (dbSuffix && suffix.find('/') != std::string_view::npos) text = trim(text.substr(0, text.size() - 13));
    else if (text.size() > 13 && text.substr(text.size() - 12, 3) == " 0 " && isAsciiDigit(text.back()) &&
             text.substr(text.size() - 12).find('/') != std::string_view::npos)
      text = trim(text.substr(0, text.size() - 12));
  }
  return text;
}

// Trailing dots after a surname: "SUSMAN.", "Susman..", "CRETZ .".
std::string_view dropSignerDots(std::string_view text) {
  std::string_view word = text;
  std::size_t dots = 0;
  while (!word.empty() && (word.back() == '.' || word.back() == ' ')) {
    if (word.back() == '.') ++dots;
    word.remove_suffix(1);
  }
  if (dots == 0 || word.empty()) return text;
  bool upper = true;
  for (char c : word) upper = upper && !isAsciiLower(c);
  bool spacedDot = text.size() > word.size() && text[word.size()] == ' ';
  return (upper || dots >= 2 || spacedDot) ? word : text;
}

bool isNameParticleOrSuffix(std::string_view word) {
  return isNameParticle(word) || word == "jr" || word == "jr.";
}

// "ORDWAY", "VAN VOORST", "van Voorst", "Thompson-Jones", "TIMKEN JR".
bool isSignerLine(std::string_view line, bool requireUpper) {
  std::string_view text = trim(line);
  if (text.size() < 2 || text.size() > 40) return false;
  std::size_t words = 0;
  bool allUpper = true;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos >= text.size()) break;
    std::size_t end = pos;
    while (end < text.size() && text[end] != ' ') ++end;
    std::string_view word = text.substr(pos, end - pos);
    pos = end;
    ++words;
    for (char c : word)
      if (!isAsciiLetter(c) && c != '\'' && c != '-' && c != '.' && c != '/') return false;
    if (!isAsciiLetter(word.front())) return false;
    for (char c : word)
      if (isAsciiLower(c)) allUpper = false;
    if (!isAsciiUpper(word.front()) && !isNameParticleOrSuffix(word)) return false;
    // "COMMENT. KELLY": a full stop ends a sentence, except after an initial or JR.
    if (word.back() == '.' && word.size() > 2 && !equalsNoCase(word, "JR.")) return false;
  }
  if (words == 0 || words > 3) return false;
  if (requireUpper && !allUpper) return false;
  if (text.back() == '.' && !(text.size() >= 3 && equalsNoCase(text.substr(text.size() - 3), "JR.")))
    return false;
  std::string upper = toUpper(text);
  if (isClosingWord(upper)) return false;
  if (upper.find_first_not_of("X") == std::string::npos) return false;  // redaction
  return upper.size() >= 2;
}

void addSigners(std::string_view text, Cable& cable) {
  std::string upper = collapseAsciiSpaces(toUpper(trim(text)));
  // "CRETZ  CRETZ": the same surname typed twice.
  std::size_t half = upper.size() / 2;
  if (upper.size() % 2 == 1 && upper[half] == ' ' && upper.compare(0, half, upper, half + 1) == 0)
    upper.resize(half);
  std::size_t start = 0;
  while (start <= upper.size()) {
    std::size_t slash = upper.find('/', start);
    if (slash == std::string::npos) slash = upper.size();
    std::string name(trim(std::string_view(upper).substr(start, slash - start)));
    bool duplicate = false;
    for (const std::string& signer : cable.signers) duplicate = duplicate || signer == name;
    if (!name.empty() && !duplicate) cable.signers.push_back(name);
    start = slash + 1;
  }
}

// What may stand right before a surname glued onto the last text line: the
// end of a sentence, a redaction, a page header's digits, a web address.
bool endsBeforeGluedSigner(std::string_view before) {
  if (before.empty()) return false;
  char end = before.back();
  if (end == '.' || end == '!' || end == '?' || end == '"' || end == ')' || end == ']' ||
      end == '\'' || end == '*' || isAsciiDigit(end))
    return true;
  std::size_t space = before.rfind(' ');
  std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
  std::size_t redacted = 0;
  while (redacted < word.size() && (word[word.size() - 1 - redacted] == 'X' || word[word.size() - 1 - redacted] == 'x'))
    ++redacted;
  if (redacted >= 6) return true;  // "Website: XXXXXXXXXXXX" and "Website:XXXXXXXXXXXX"
  if (word == "cfm" || word == "htm" || word == "html" || word.find('/') != std::string_view::npos)
    return true;
  return equalsNoCase(word, "COMMENT");
}

// "...in Helmand. End comment. CRETZ": a surname glued after the last sentence.
bool takeGluedSigner(std::string_view line, Cable& cable) {
  std::string_view text = dropSignerDots(trim(line));
  std::size_t space = text.rfind(' ');
  std::string_view word = space == std::string_view::npos ? text : text.substr(space + 1);
  std::string_view before = space == std::string_view::npos ? std::string_view() : trim(text.substr(0, space));
  // "XXXXXXXXXXXXTUTTLE": the surname glued to a redaction.
  std::size_t xs = 0;
  while (xs < word.size() && word[xs] == 'X') ++xs;
  if (xs >= 6 && xs < word.size()) {
    before = word.substr(0, xs);
    word = word.substr(xs);
  }
  // Two-letter surnames ("LU") only right after a full stop.
  bool shortAfterStop = word.size() == 2 && !before.empty() && before.back() == '.' &&
                        isAsciiUpper(word[0]) && isAsciiUpper(word[1]);
  if ((word.size() < 3 && !shortAfterStop) || !endsBeforeGluedSigner(before)) return false;
  if (!isSignerLine(word, false)) return false;
  // A mixed-case word glued to text is a surname only when capitalized.
  bool upper = true;
  for (char c : word) upper = upper && !isAsciiLower(c);
  if (!upper && !(isAsciiUpper(word[0]) && word.size() >= 4)) return false;
  addSigners(word, cable);
  return true;
}

}  // namespace

void parseSigners(std::string_view body, Cable& cable) {
  // The last lines, from the end, skipping transmission trailers.
  std::vector<std::string_view> tail;
  std::size_t end = body.size();
  for (std::size_t scanned = 0; end > 0 && tail.size() < 4 && scanned < 40; ++scanned) {
    // Only the end of a very long line matters (bodies without line breaks).
    std::size_t windowStart = end > kMaxTailLine ? end - kMaxTailLine : 0;
    std::size_t newline = findLast(body.substr(windowStart, end - windowStart), '\n');
    std::size_t begin = newline == std::string_view::npos ? windowStart : windowStart + newline + 1;
    bool truncated = newline == std::string_view::npos && windowStart > 0;
    std::string_view line = cleanTailLine(body.substr(begin, end - begin));
    std::string_view lineEnd = line.substr(line.size() > 100 ? line.size() - 100 : 0);
    if (tail.empty() && findNoCase(lineEnd, "MISSING SECTION") != std::string_view::npos)
      return;  // the end of the cable is lost, and its signer with it
    if (equalsNoCase(line, "END CABLE TEXT")) {
      tail.clear();  // what follows is a mail program's footer
    } else if (!isTrailerLine(line)) {
      tail.push_back(line);
    } else if (!tail.empty() && line.empty()) {
      tail.push_back({});  // a blank line separates the signer block
    }
    if (begin == 0 || truncated) break;
    end = begin - 1;
  }
  if (tail.empty()) return;
  std::string_view last = dropSignerDots(tail[0]);
  if (isSignerLine(last, false)) {
    // A second signer above, alone in an upper-case block ("RICE" / "KHALILZAD").
    bool secondAbove = tail.size() >= 2 && isSignerLine(tail[1], true) && isSignerLine(last, true) &&
                       (tail.size() == 2 || tail[2].empty());
    if (secondAbove) addSigners(tail[1], cable);
    addSigners(last, cable);
    return;
  }
  takeGluedSigner(tail[0], cable);
}

}  // namespace cablecat
