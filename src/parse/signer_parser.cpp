// Signers: the surname(s) on the last line(s) of the text, under the
// transmission trailers, page footers and dump debris that can follow them.
#include "signer_parser.h"

#include <vector>

#include "field_text.h"
#include "precedence.h"
#include "recipient_parser.h"
#include "signer_tail.h"
#include "text_lines.h"

namespace cablecat {

using namespace field_text;

namespace {

bool isNameParticle(std::string_view word) {
  for (std::string_view particle : {"VAN", "VON", "DE", "DEL", "DA", "DER", "LA", "LE", "DI", "DU"})
    if (equalsNoCase(word, particle)) return true;
  return false;
}

// Words that close a cable but are not names.
bool isClosingWord(std::string_view upperLine) {
  for (std::string_view word :
       {"END", "COMMENT", "END COMMENT", "END TEXT", "END CABLE TEXT", "END OF TEXT", "TEXT", "QUOTE",
        "UNQUOTE", "END QUOTE", "THANKS", "REGARDS", "THANK YOU", "BT", "NNNN", "SIPDIS", "NOFORN",
        "SENSITIVE", "EXDIS", "LIMDIS", "NODIS", "EXEMPT", "UNCLAS", "UNCLASSIFIED", "CONFIDENTIAL",
        "SECRET", "MINIMIZE CONSIDERED", "WIKILEAKS", "DECLASSIFIED", "NOTE", "ACTION", "INFO",
        "FYI", "TEXT ENDS", "END NOTE", "AMEN", "ENDS", "NONE", "N/A", "DONE", "NOTED", "AGREED",
        "APPROVED", "CLEARED", "CONCUR", "UNDERSTOOD", "CORRECT", "YES", "OKAY", "REPEAT", "OVER"})
    if (upperLine == word) return true;
  return false;
}

// Capitalized one-word sentences that close a text: "Thanks.", "Regards."
bool isCommonClosingWord(std::string_view word) {
  for (std::string_view common : {"Thanks", "Regards", "Cheers", "Done", "Agreed", "Noted", "Understood",
                                  "Correct", "Right", "Fine", "Good", "Indeed", "Exactly", "Welcome",
                                  "Approved", "Cleared", "Concur", "Absolutely", "Certainly", "Again",
                                  "Too", "Also", "Yet", "Still", "Here", "There", "Now", "Then", "Later",
                                  "Today", "Tomorrow", "Yesterday", "Soon", "Period", "Finished"})
    if (word == common) return true;
  return false;
}

// How much of the last line(s) the signer search reads.
constexpr std::size_t kMaxTailLine = 2000;

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

// "...made a decision. STEVENS.": the dots after an upper-case last word
// go, whatever the case of the text before it.
std::string_view withoutUpperCaseNameDots(std::string_view text) {
  std::string_view stripped = text;
  while (!stripped.empty() && (stripped.back() == '.' || stripped.back() == ' ')) stripped.remove_suffix(1);
  std::size_t space = stripped.rfind(' ');
  std::string_view word = space == std::string_view::npos ? stripped : stripped.substr(space + 1);
  if (word.size() < 2) return dropSignerDots(text);
  for (char c : word)
    if (!isAsciiUpper(c)) return dropSignerDots(text);
  return stripped;
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
    // "AMEMBASSY TUNIS IMMEDIATE": a recipient line repeated at the end.
    // ("WHITE", of "WHITE HOUSE", is also a surname.)
    if ((isAddressHead(word) && word.size() >= 6) || !normalizePrecedenceWord(word).empty()) return false;
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

// "UNQUOTE RICE", "END QUOTE RICE", "Ambassador RICCIARDONE", "RICE SENDS":
// a closing word or a title typed before the surname on its line, or SENDS
// after it. The surname alone,
// or the line as it was.
std::string_view withoutLeadingCloserOrTitle(std::string_view line) {
  std::string_view text = trim(line);
  for (std::string_view lead : {"END QUOTE.", "END QUOTE", "UNQUOTE.", "UNQUOTE", "END TEXT.", "END TEXT",
                                "QUOTE.", "AMBASSADOR", "AMB.", "AMB", "CHARGE", "CDA"}) {
    if (!startsWithNoCase(text, lead) || text.size() <= lead.size() + 1 || text[lead.size()] != ' ') continue;
    std::string_view rest = trim(text.substr(lead.size()));
    // Titles are capitalized words, the surname after them upper case.
    bool upper = true;
    for (char c : rest) upper = upper && !isAsciiLower(c);
    if (upper) return rest;
  }
  // "RICE SENDS", "CLINTON SENDS": the signer sends the text.
  if (text.size() > 6 && text.substr(text.size() - 6) == " SENDS") return trim(text.substr(0, text.size() - 6));
  return text;
}

void addSigners(std::string_view text, Cable& cable) {
  std::string upper = collapseSpaces(toUpper(trim(text)));
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

// "Visit London's Classified Website: http://.../Portal:Unit ed_Kingdom":
// a web footer ends the text, whatever its last word looks like.
bool endsWithWebFooter(std::string_view before) {
  std::string_view end = before.substr(before.size() > 160 ? before.size() - 160 : 0);
  for (std::string_view mark : {"HTTP", "WWW.", "WEBSITE", "WEB SITE", ".GOV"})
    if (findNoCase(end, mark) != std::string_view::npos) return true;
  return false;
}

// What may stand right before a surname glued onto the last text line: the
// end of a sentence, a redaction, a page header's digits, a web address.
bool endsBeforeGluedSigner(std::string_view before) {
  if (before.empty()) return false;
  if (endsWithWebFooter(before)) return true;
  char end = before.back();
  if (end == '.' || end == '!' || end == '?' || end == '"' || end == ')' || end == ']' ||
      end == '\'' || end == '*' || isAsciiDigit(end))
    return true;
  std::size_t space = before.rfind(' ');
  std::string_view word = space == std::string_view::npos ? before : before.substr(space + 1);
  std::size_t redacted = 0;
  while (redacted < word.size() && (word[word.size() - 1 - redacted] == 'X' || word[word.size() - 1 - redacted] == 'x'))
    ++redacted;
  if (redacted >= kShortestRedaction) return true;  // "Website: XXXXXXXXXXXX" and "Website:XXXXXXXXXXXX"
  if (word == "cfm" || word == "htm" || word == "html" || word.find('/') != std::string_view::npos)
    return true;
  // "End comment CRETZ", "END TEXT SCOBEY", "END QUOTE. RICE".
  for (std::string_view closer : {"COMMENT", "TEXT", "QUOTE", "UNQUOTE", "NOTE", "SUMMARY"})
    if (equalsNoCase(word, closer)) return true;
  return false;
}

// "TIMKEN JR", "LA LIME", "VAN VOORST": the last two words of `text` when
// they make one upper-case surname (a particle first, or JR last); else empty.
std::string_view twoWordSurnameAtEnd(std::string_view text) {
  std::size_t lastSpace = text.rfind(' ');
  if (lastSpace == std::string_view::npos || lastSpace == 0) return {};
  std::size_t firstSpace = text.rfind(' ', lastSpace - 1);
  std::size_t start = firstSpace == std::string_view::npos ? 0 : firstSpace + 1;
  std::string_view first = text.substr(start, lastSpace - start);
  std::string_view second = text.substr(lastSpace + 1);
  if (first.empty() || second.size() < 2) return {};
  if (!isNameParticle(first) && !equalsNoCase(second, "JR") && !equalsNoCase(second, "JR.")) return {};
  for (char c : text.substr(start))
    if (isAsciiLower(c)) return {};
  return text.substr(start);
}

// Surnames glued to the last line in ways a sentence never ends: "...Ahmed
// Megahed SCOBEY" (09CAIRO1220, an upper-case word after mixed-case text
// and no full stop), "...ARSO PENNINGTON PENNINGTON" (07YEREVAN1420, typed
// twice), "...tired but satisfied. Scobey." (09CAIRO205, capitalized after
// a full stop and closed by one).
std::string_view gluedSurnameWithoutSentenceEnd(std::string_view text) {
  std::size_t space = text.rfind(' ');
  if (space == std::string_view::npos || space == 0) return {};
  std::string_view word = text.substr(space + 1);
  std::string_view before = trim(text.substr(0, space));
  std::string_view previous = before.substr(before.rfind(' ') + 1);
  auto lettersOnly = [](std::string_view w) {
    for (char c : w)
      if (!isAsciiLetter(c)) return false;
    return !w.empty();
  };
  auto upperOnly = [](std::string_view w) {
    for (char c : w)
      if (!isAsciiUpper(c)) return false;
    return !w.empty();
  };
  bool redacted = word.find_first_not_of('X') == std::string_view::npos;
  if (word.size() >= 4 && upperOnly(word) && !redacted && !isClosingWord(std::string(word))) {
    if (previous == word) return word;
    if (!previous.empty() && isAsciiLower(previous.back()) && lettersOnly(previous)) return word;
    return {};
  }
  if (word.size() >= 5 && word.back() == '.' && !before.empty() && before.back() == '.') {
    std::string_view name = word.substr(0, word.size() - 1);
    bool capitalized = isAsciiUpper(name.front()) && lettersOnly(name);
    for (char c : name.substr(1)) capitalized = capitalized && isAsciiLower(c);
    if (capitalized && !isClosingWord(toUpper(name)) && !isCommonClosingWord(name)) return name;
  }
  return {};
}

// "...in Helmand. End comment. CRETZ": a surname glued after the last sentence.
bool takeGluedSigner(std::string_view line, Cable& cable) {
  if (std::string_view name = gluedSurnameWithoutSentenceEnd(trim(line)); !name.empty()) {
    addSigners(name, cable);
    return true;
  }
  std::string_view text = withoutUpperCaseNameDots(trim(line));
  std::size_t space = text.rfind(' ');
  std::string_view word = space == std::string_view::npos ? text : text.substr(space + 1);
  std::string_view pair = twoWordSurnameAtEnd(text);
  if (!pair.empty()) {
    word = pair;
    space = text.size() - pair.size() - 1;
  }
  std::string_view before = space == std::string_view::npos ? std::string_view() : trim(text.substr(0, space));
  // "XXXXXXXXXXXXTUTTLE": the surname glued to a redaction.
  std::size_t xs = 0;
  while (xs < word.size() && word[xs] == 'X') ++xs;
  if (xs >= kShortestRedaction && xs < word.size()) {
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

// Where the line that ends at `end` begins: after a newline or a U+2028
// line separator (some page builds use it instead of newlines), looking
// back at most kMaxTailLine bytes. `separator` is the separator's length, 0
// when the line starts at the window's start.
std::size_t tailLineStart(std::string_view body, std::size_t end, std::size_t& separator) {
  std::size_t windowStart = end > kMaxTailLine ? end - kMaxTailLine : 0;
  std::string_view window = body.substr(windowStart, end - windowStart);
  std::size_t newline = findLast(window, '\n');
  // The separator is looked for after the newline only: rfind of a string
  // compares at every byte of the 2000, for each line walked back.
  std::size_t lineStart = newline == std::string_view::npos ? 0 : newline + 1;
  std::size_t lineSeparator = std::string_view::npos;
  for (std::size_t at = window.find("\xE2\x80\xA8", lineStart); at != std::string_view::npos;
       at = window.find("\xE2\x80\xA8", at + 1))
    lineSeparator = at;
  if (lineSeparator != std::string_view::npos) {
    separator = 3;
    return windowStart + lineSeparator + 3;
  }
  separator = newline == std::string_view::npos ? 0 : 1;
  return newline == std::string_view::npos ? windowStart : windowStart + newline + 1;
}

// "Sobel." alone under a closed sentence: a capitalized surname with a full
// stop (a wrapped sentence's last word has no closed sentence above it).
bool isSurnameWithStopUnderSentence(const std::vector<std::string_view>& tail) {
  if (tail.size() < 2) return false;
  std::string_view word = tail[0];
  if (word.size() < 4 || word.back() != '.' || !isAsciiUpper(word.front())) return false;
  word.remove_suffix(1);
  for (char c : word)
    if (!isAsciiLetter(c)) return false;
  if (tail[1].empty()) return isSignerLine(word, false);  // a blank line above: alone anyway
  char above = tail[1].back();
  return (above == '.' || above == '!' || above == '?' || above == '"') && isSignerLine(word, false);
}

// "Visit London's Classified Website:\nhttp://...index. cfm\ntuttle": a
// surname typed in lower case, alone under the embassy's web footer.
bool isLowerCaseSurnameUnderWebFooter(const std::vector<std::string_view>& tail) {
  if (tail.size() < 2 || tail[1].empty() || tail[0].size() < 3 || tail[0].size() > 20) return false;
  for (char c : tail[0])
    if (!isAsciiLower(c)) return false;
  return endsWithWebFooter(tail[1]) && !isClosingWord(toUpper(tail[0]));
}

// How many lines of text (not blank) the signer search walks back over,
// and how many lines of any kind.
constexpr std::size_t kMaxTextLines = 40;
constexpr std::size_t kMaxLines = 5000;
// The lines kept for the signer tests: the last line with text and the
// three above it (a second signer, a sentence, a web footer).
constexpr std::size_t kTailLines = 4;
// A "MISSING SECTION" note stands at the end of its line: only the last
// characters of a long line are searched (bodies without line breaks).
constexpr std::size_t kMissingSectionWindow = 100;

}  // namespace

void parseSigners(std::string_view body, Cable& cable) {
  // The last lines, from the end, skipping transmission trailers; blank
  // lines, however many, do not count.
  std::vector<std::string_view> tail;
  std::size_t end = body.size();
  std::size_t textLines = 0;
  for (std::size_t lines = 0; end > 0 && tail.size() < kTailLines && textLines < kMaxTextLines && lines < kMaxLines;
       ++lines) {
    // Only the end of a very long line matters (bodies without line breaks).
    std::size_t separator = 0;
    std::size_t begin = tailLineStart(body, end, separator);
    bool truncated = separator == 0 && begin > 0;
    std::string_view raw = body.substr(begin, end - begin);
    std::string_view line = cleanTailLine(raw);
    if (!trim(raw).empty()) ++textLines;
    std::string_view lineEnd =
        line.substr(line.size() > kMissingSectionWindow ? line.size() - kMissingSectionWindow : 0);
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
    end = begin - separator;
  }
  if (tail.empty()) return;
  // "CROCKER / PETRAEUS": two signers with a spaced slash (not a web
  // address with a signer glued after it: ".../manama/  HENZEL").
  std::string joined;
  bool lettersAndSlash = tail[0].size() <= 40;
  for (char c : tail[0]) lettersAndSlash = lettersAndSlash && (isAsciiLetter(c) || c == ' ' || c == '/' || c == '-');
  if (lettersAndSlash &&
      (tail[0].find(" /") != std::string_view::npos || tail[0].find("/ ") != std::string_view::npos)) {
    joined = collapseSpaces(tail[0]);
    for (std::size_t at = joined.find(" /"); at != std::string::npos; at = joined.find(" /")) joined.erase(at, 1);
    for (std::size_t at = joined.find("/ "); at != std::string::npos; at = joined.find("/ ")) joined.erase(at + 1, 1);
    tail[0] = joined;
  }
  std::string_view last = withoutLeadingCloserOrTitle(dropSignerDots(tail[0]));
  if (isSignerLine(last, false)) {
    // A second signer above, alone in an upper-case block ("RICE" / "KHALILZAD").
    bool secondAbove = tail.size() >= 2 && isSignerLine(tail[1], true) && isSignerLine(last, true) &&
                       (tail.size() == 2 || tail[2].empty());
    if (secondAbove) addSigners(tail[1], cable);
    addSigners(last, cable);
    return;
  }
  if (isSurnameWithStopUnderSentence(tail)) {
    addSigners(tail[0].substr(0, tail[0].size() - 1), cable);
    return;
  }
  if (isLowerCaseSurnameUnderWebFooter(tail)) {
    addSigners(tail[0], cable);
    return;
  }
  takeGluedSigner(tail[0], cable);
}

}  // namespace cablecat
