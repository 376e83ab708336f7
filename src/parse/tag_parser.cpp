// TAGS line(s): finds the label, reads the codes across wrapped lines,
// repairs glued codes and known typos, and gives each tag its kind.
#include "tag_parser.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "field_text.h"
#include "tag_dictionary.h"
#include "text_lines.h"

namespace cablecat {

using namespace field_text;

namespace {

// Misspelled codes seen in real TAGS lines (WikiLeaks links them verbatim),
// with the code the author meant.
constexpr std::array<std::pair<std::string_view, std::string_view>, 15> typoFixes{{
    {"BTIO", "TBIO"},   {"ENGR", "ENRG"},  {"ENIV", "EINV"},
    {"KCRIM", "KCRM"},  {"KFTFN", "KTFN"}, {"MAR", "MARR"},  {"MPOS", "MOPS"},
    {"MRCRE", "MTCRE"}, {"OVP", "OVIP"},   {"PEL", "PREL"},  {"PGOF", "PGOV"},
    {"PRELP", "PREL"},  {"PTERE", "PTER"}, {"SEVN", "SENV"},  {"WTRO", "WTO"},
}};

// How far into the body the TAGS label may sit: it belongs to the opening
// block, before the first numbered paragraph.
constexpr std::size_t kMaxHeadLines = 90;
constexpr std::size_t kMaxListLength = 1000;

struct Label {
  std::size_t lineStart = 0;  // offset of the label's line in the body
  std::size_t listStart = 0;  // offset just after the label
};

bool precededByNonLetter(std::string_view line, std::size_t at) {
  if (at == 0) return true;
  if (!isAsciiLetter(line[at - 1])) return true;
  // "E.O. 12958: N/ATAGS:" — the label glued after N/A.
  return at >= 3 && line.substr(at - 3, 3) == "N/A";
}

std::size_t skipSpaces(std::string_view line, std::size_t pos) {
  while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
  return pos;
}

// Length of the label starting at `at` ("TAGS:", "TAGS -", "Tags:", "TAG:",
// "TAGES:", "TAGS EINV" without punctuation, the typo "AGS:"), or 0.
std::size_t labelLengthAt(std::string_view line, std::size_t at) {
  std::string_view rest = line.substr(at);
  std::size_t word = 0;
  if (startsWithNoCase(rest, "TAGES")) word = 5;
  else if (startsWithNoCase(rest, "TAGS")) word = 4;
  else if (startsWithNoCase(rest, "TAG")) word = 3;
  else if (rest.substr(0, 4) == "AGS:" && (at == 0 || line[at - 1] == ' ')) return 4;
  else return 0;
  if (!precededByNonLetter(line, at)) return 0;
  std::size_t pos = skipSpaces(rest, word);
  if (pos < rest.size() && (rest[pos] == ':' || rest[pos] == ';')) return pos + 1;
  if (pos < rest.size() && rest[pos] == '-' && word == 4) return pos + 1;
  // "TAGS EINV, ENRG, KZ": only the upper-case plural, followed by a code, and
  // opening its line or following the DECL date or N/A ("LUGGAGE TAGS FOR"
  // in a subject is prose).
  if (word == 4 && rest.substr(0, 4) == "TAGS" && pos > 4 && pos < rest.size() &&
      isAsciiUpper(rest[pos])) {
    std::string_view before = trim(line.substr(0, at));
    if (before.empty() || isAsciiDigit(before.back()) ||
        (before.size() >= 3 && before.substr(before.size() - 3) == "N/A"))
      return pos;
  }
  // "TAG MASS, PREL, BR": the singular without punctuation, only at the start
  // of a line and before a known code ("Tag TY 73 HK" is a licence plate).
  if (word == 3 && rest.substr(0, 3) == "TAG" && pos == 4 &&
      line.substr(0, at).find_first_not_of(" \t") == std::string_view::npos) {
    std::size_t end = pos;
    while (end < rest.size() && isAsciiUpper(rest[end])) ++end;
    if (findKnownTag(rest.substr(pos, end - pos)) != nullptr) return pos;
  }
  return 0;
}

bool findLabel(std::string_view body, Label& label) {
  std::string_view block = openingBlock(body, kMaxHeadLines);
  auto tryAt = [&](std::size_t at) {
    std::size_t lineStart = 0;
    std::string_view line = lineAround(block, at, lineStart);
    std::size_t length = labelLengthAt(line, at - lineStart);
    if (length == 0) return false;
    label.lineStart = lineStart;
    label.listStart = at + length;
    return true;
  };
  for (std::size_t at = findNoCase(block, "TAG"); at != std::string_view::npos;
       at = findNoCase(block, "TAG", at + 1))
    if (tryAt(at)) return true;
  for (std::size_t at = block.find("AGS:"); at != std::string_view::npos; at = block.find("AGS:", at + 1))
    if (tryAt(at)) return true;
  return false;
}

// Where a SUBJECT, REF or other field glued onto the TAGS line begins.
std::size_t gluedFieldStart(std::string_view text) {
  std::size_t cut = text.size();
  for (std::string_view field : {"SUBJECT", "SUBJ:", "REF:", "REFS:", "Classified By", "CLASSIFIED BY"}) {
    std::size_t at = text.find(field);
    if (at != std::string_view::npos && at < cut) cut = at;
  }
  for (std::string_view field : {"Subject:", "Ref:"}) {
    std::size_t at = text.find(field);
    if (at != std::string_view::npos && at < cut) cut = at;
  }
  return cut;
}

bool isCodeShaped(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return false;
  for (char c : word)
    if (!isAsciiUpper(c) && c != '-') return false;
  return true;
}

bool isKnown(std::string_view code) { return findKnownTag(code) != nullptr; }

// A wrapped continuation of the TAGS list: only codes, mostly known ones.
bool isTagContinuation(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  std::size_t words = 0;
  std::size_t known = 0;
  std::size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == ',' || line[pos] == '\t' ||
                                 line[pos] == ';' || line[pos] == '\\'))
      ++pos;
    if (pos >= line.size()) break;
    if (line[pos] == '(') {
      std::size_t close = line.find(')', pos);
      if (close == std::string_view::npos) return false;
      ++words;
      ++known;
      pos = close + 1;
      continue;
    }
    std::size_t end = pos;
    while (end < line.size() && line[end] != ' ' && line[end] != ',' && line[end] != '\t' &&
           line[end] != ';')
      ++end;
    std::string_view word = line.substr(pos, end - pos);
    if (!isCodeShaped(word)) return false;
    ++words;
    // Two capitals are a country code even when our sample never saw it.
    if (word.size() == 2 || isKnown(word)) ++known;
    pos = end;
  }
  return words > 0 && known * 2 >= words;
}

std::string_view fixTypo(std::string_view code) {
  for (const auto& [typo, fixed] : typoFixes)
    if (typo == code) return fixed;
  return {};
}

// "ECINECONCS" -> ECIN ECON CS. Every piece must be a known code; two-letter
// pieces (countries) only at either end, so ordinary words such as
// "BRUSSELS" are never cut into country codes.
bool splitGlued(std::string_view word, std::vector<std::string_view>& pieces) {
  if (word.size() < 5) return false;
  std::vector<std::string_view> found;
  // Depth-first over piece lengths, four-letter subject codes first.
  auto tryFrom = [&](auto& self, std::size_t pos) -> bool {
    if (pos == word.size()) return found.size() >= 2;
    for (std::size_t length : {4u, 5u, 3u, 6u, 2u}) {
      if (pos + length > word.size()) continue;
      if (length == 2 && pos != 0 && pos + 2 != word.size()) continue;
      std::string_view piece = word.substr(pos, length);
      if (!isKnown(piece)) continue;
      found.push_back(piece);
      if (self(self, pos + length)) return true;
      found.pop_back();
    }
    return false;
  };
  if (!tryFrom(tryFrom, 0)) return false;
  bool hasLongPiece = false;
  for (std::string_view piece : found) hasLongPiece = hasLongPiece || piece.size() >= 4;
  if (!hasLongPiece) return false;
  pieces = std::move(found);
  return true;
}

struct Token {
  std::string text;      // upper case
  bool person = false;   // from "(SURNAME, GIVEN)"
  bool commaAfter = false;
  const KnownTag* known = nullptr;
};

// A word that can be part of a person's name written without parentheses:
// not a known code, not a typo, and not shaped like an unknown code
// ("KGCC": four letters of a TAGS family; "CIA": three letters).
bool isNameWord(const Token& token) {
  const std::string& word = token.text;
  if (token.person || token.known || word.size() < 4) return false;
  for (char c : word)
    if (!isAsciiUpper(c) && c != '\'' && c != '-' && c != '.') return false;
  if (word.size() == 4 && std::string_view("KAOCEPMSTB").find(word[0]) != std::string_view::npos)
    return false;
  return fixTypo(word).empty();
}

void collectTokens(std::string_view list, std::vector<Token>& tokens) {
  std::size_t pos = 0;
  while (pos < list.size()) {
    char c = list[pos];
    if (c == ',' && !tokens.empty()) tokens.back().commaAfter = true;
    if (isAsciiSpace(c) || c == ',' || c == ';' || c == '\\' || c == '.' || c == ':' || c == '/') {
      ++pos;
      continue;
    }
    if (c == '(') {
      std::size_t close = list.find(')', pos);
      if (close == std::string_view::npos) close = list.size();
      std::string inner = collapseSpaces(list.substr(pos + 1, close - pos - 1));
      inner = toUpper(inner);
      while (!inner.empty() && (inner.back() == ',' || inner.back() == ' ')) inner.pop_back();
      if (!inner.empty()) {
        bool person = inner.find(',') != std::string::npos || inner.find(' ') != std::string::npos;
        tokens.push_back({inner, person, false});
      }
      pos = close + 1;
      continue;
    }
    std::size_t end = pos;
    while (end < list.size() && !isAsciiSpace(list[end]) && list[end] != ',' && list[end] != ';' &&
           list[end] != '(' && list[end] != '\\')
      ++end;
    std::string_view word = list.substr(pos, end - pos);
    while (!word.empty() && (word.back() == '.' || word.back() == ':')) word.remove_suffix(1);
    if (!word.empty()) tokens.push_back({toUpper(word), false, false});
    pos = end;
  }
}

// `written` is the text as it stood when a typo fix or a split changed it.
void addTag(Cable& cable, std::string code, const KnownTag* known = nullptr,
            std::string_view written = {}) {
  for (const Tag& tag : cable.tags)
    if (tag.code == code) return;
  std::string kind = known ? std::string(known->kind) : tagKind(code);
  cable.tags.push_back({std::move(code), std::move(kind), std::string(written)});
}

}  // namespace

void parseTags(std::string_view body, Cable& cable) {
  Label label;
  if (!findLabel(body, label)) return;

  // The label's line, then wrapped lines that hold only codes.
  std::size_t pos = label.listStart;
  std::string_view first;
  nextLine(body, pos, first);
  first = first.substr(0, kMaxListLength);  // bodies without line breaks
  std::string list(first.substr(0, gluedFieldStart(first)));
  bool gluedField = list.size() < first.size();
  std::string_view line;
  while (!gluedField && nextLine(body, pos, line)) {
    if (isLayoutLine(line)) continue;
    // "(RICE," at the end of a line: the person continues below.
    bool insideParentheses = list.rfind('(') != std::string::npos &&
                             (list.rfind(')') == std::string::npos || list.rfind(')') < list.rfind('('));
    if (!(insideParentheses && !trim(line).empty()) && !isTagContinuation(line)) break;
    list.push_back(' ');
    list.append(line);
  }

  std::vector<Token> tokens;
  collectTokens(list, tokens);
  for (Token& token : tokens)
    if (!token.person) token.known = findKnownTag(token.text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& token = tokens[i];
    if (token.person) {
      addTag(cable, token.text);
      continue;
    }
    if (token.text == "SIPDIS" || token.text == "CXSIPDIS") continue;
    // Person written without parentheses: "CLINTON, HILLARY", or after a
    // visit tag where the page dropped the comma ("OVIP CLINTON HILLARY").
    if (isNameWord(token) && i + 1 < tokens.size() && isNameWord(tokens[i + 1])) {
      bool afterVisit = i > 0 && (tokens[i - 1].text == "OVIP" || tokens[i - 1].text == "OREP");
      if (token.commaAfter || afterVisit) {
        std::string person = token.text + ", " + tokens[i + 1].text;
        std::size_t next = i + 2;
        // A trailing initial: "STEINBERG, JAMES B".
        if (next < tokens.size() && tokens[next].text.size() == 1) person += " " + tokens[next++].text + ".";
        addTag(cable, person);
        i = next - 1;
        continue;
      }
    }
    if (token.known) {
      addTag(cable, token.text, token.known);
      continue;
    }
    if (std::string_view fixed = fixTypo(token.text); !fixed.empty()) {
      cable.diagnostics.push_back({Severity::note, "tag " + token.text + " read as " + std::string(fixed)});
      addTag(cable, std::string(fixed), nullptr, token.text);
      continue;
    }
    std::vector<std::string_view> pieces;
    if (splitGlued(token.text, pieces)) {
      for (std::string_view piece : pieces) addTag(cable, std::string(piece), nullptr, token.text);
      continue;
    }
    if (token.text.size() == 1) continue;  // stray initial or bullet letter
    addTag(cable, token.text);
  }
}

std::string tagKind(std::string_view code) {
  if (const KnownTag* known = findKnownTag(code)) return std::string(known->kind);
  return std::string(conventionalTagKind(code));
}

}  // namespace cablecat
