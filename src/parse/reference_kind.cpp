// Classifies REF items that cite no cable by the words they use.
#include "reference_kind.h"

#include <array>
#include <string>

#include "ascii.h"

namespace cablecat {

namespace {

// Whole-word search: "MEMO" must not match "MEMORIAL", but "E-MAIL" may sit
// inside "E-MAILS" when the list names the plural.
bool hasWord(std::string_view upper, std::string_view word) {
  for (std::size_t at = upper.find(word); at != std::string_view::npos; at = upper.find(word, at + 1)) {
    bool startOk = at == 0 || !isAsciiLetter(upper[at - 1]);
    std::size_t end = at + word.size();
    bool endOk = end >= upper.size() || !isAsciiLetter(upper[end]) ||
                 (upper[end] == 'S' && (end + 1 >= upper.size() || !isAsciiLetter(upper[end + 1])));
    if (startOk && endOk) return true;
  }
  return false;
}

bool hasAnyWord(std::string_view upper, std::initializer_list<std::string_view> words) {
  for (std::string_view word : words)
    if (hasWord(upper, word)) return true;
  return false;
}

}  // namespace

ReferenceKind classifyNonCableReference(std::string_view text) {
  std::string upper = toUpper(text);
  if (upper.find("HTTP") != std::string::npos || upper.find("WWW.") != std::string::npos ||
      upper.find(".HTM") != std::string::npos || upper.find(".GOV/") != std::string::npos ||
      upper.find(".COM") != std::string::npos || upper.find(".ORG") != std::string::npos ||
      upper.find(".CFM") != std::string::npos || upper.find(".ASP") != std::string::npos)
    return ReferenceKind::web;
  if (hasAnyWord(upper, {"EMAIL", "E-MAIL", "E MAIL", "MAIL", "EMAIL(S)", "E-MAIL(S)"})) return ReferenceKind::email;
  if (hasAnyWord(upper, {"TELCON", "TELECON", "TELCONS", "TELEPHONE", "PHONE", "PHONECON", "CALL",
                         "SVTC", "DVC", "VTC", "VIDEOCONFERENCE", "CONVERSATION"}))
    return ReferenceKind::telcon;
  if (hasAnyWord(upper, {"MEMCON", "MEMO", "MEMORANDUM", "LETTER", "NONPAPER", "NON-PAPER",
                         "DIPNOTE", "DIP NOTE", "NOTE", "AIRGRAM", "CIRCULAR", "DEMARCHE", "MSG",
                         "MESSAGE", "FAX", "INSTRUCTIONS", "INSTRUCTION"}))
    return ReferenceKind::memo;
  if (hasAnyWord(upper, {"IIR", "REPORT", "OSC", "FBIS", "TD", "DAILY", "INTSUM", "ASSESSMENT",
                         "STUDY", "GUIDEBOOK", "INR", "CRS", "SITREP", "ANALYSIS", "SURVEY",
                         "POINTS", "TESTIMONY", "STATEMENT", "HEARING", "PAPER", "ARTICLE", "NIE",
                         "EVAL", "EVALUATION", "CIA", "DIA", "NSA", "FBI"}))
    return ReferenceKind::report;
  return ReferenceKind::other;
}

bool isEmptyReference(std::string_view text) {
  std::string upper = toUpper(text);
  std::size_t letters = 0;
  for (char c : upper) letters += isAsciiLetter(c) || isAsciiDigit(c) ? 1 : 0;
  if (letters == 0) return true;
  static constexpr std::array<std::string_view, 8> kNothing = {
      "N/A", "NA", "NONE", "NOTAL", "AND PREVIOUS", "PREVIOUS", "AND", "ALL NOTAL"};
  std::string compact;
  for (char c : upper)
    if (c != ' ' && c != '(' && c != ')' && c != '.' && c != ',' && c != ';' && c != ':') compact.push_back(c);
  for (std::string_view nothing : kNothing) {
    std::string key;
    for (char c : nothing)
      if (c != ' ') key.push_back(c);
    if (compact == key) return true;
  }
  return false;
}

bool namesUnnumberedTelegram(std::string_view text) {
  std::string upper = toUpper(text);
  return hasAnyWord(upper, {"CABLE", "TELEGRAM", "REFTEL", "DEPTEL", "EMBTEL"}) || citesDateTimeGroup(text);
}

bool citesDateTimeGroup(std::string_view text) {
  // Six digits and a Z: "241534Z", "011200Z".
  for (std::size_t i = 0; i + 7 <= text.size(); ++i) {
    if (i > 0 && isAsciiDigit(text[i - 1])) continue;
    std::size_t j = i;
    while (j < text.size() && isAsciiDigit(text[j])) ++j;
    if (j - i == 6 && j < text.size() && (text[j] == 'Z' || text[j] == 'z') &&
        (j + 1 == text.size() || !isAsciiLetter(text[j + 1])))
      return true;
    if (j > i) i = j;
  }
  return false;
}

}  // namespace cablecat
