// Precedence words as written in recipient lines, normalized to the four
// standard levels (plus NIACT IMMEDIATE, which recipient parsing composes).
#include "precedence.h"

#include <array>

#include "text_lines.h"

namespace cablecat {

namespace {

struct PrecedenceSpelling {
  std::string_view written;
  std::string_view canonical;
};

// Fix table: every spelling seen in real recipient lines (or a one-letter
// slip away from one) mapped to its standard word. Keep it explicit: a
// guessing edit-distance match would turn address words such as "PRIOR"
// or "PRINCE" into precedences.
constexpr std::array<PrecedenceSpelling, 27> kSpellings = {{
    {"FLASH", "FLASH"},
    {"IMMEDIATE", "IMMEDIATE"},
    {"IMMEDAITE", "IMMEDIATE"},
    {"IMMEDIATELY", "IMMEDIATE"},
    {"IMMEDIAETE", "IMMEDIATE"},
    {"IMMEDIATED", "IMMEDIATE"},
    {"IMMDIATE", "IMMEDIATE"},
    {"IMMEDATE", "IMMEDIATE"},
    {"IMMEIDATE", "IMMEDIATE"},
    {"IMEDIATE", "IMMEDIATE"},
    {"IMMEDITE", "IMMEDIATE"},
    {"IMMEDIATEL", "IMMEDIATE"},
    {"PRIORITY", "PRIORITY"},
    {"PRIORTY", "PRIORITY"},
    {"PRIORIY", "PRIORITY"},
    {"PRIOITY", "PRIORITY"},
    {"PRIORITIY", "PRIORITY"},
    {"PRORITY", "PRIORITY"},
    {"PIORITY", "PRIORITY"},
    {"PRIORIT", "PRIORITY"},
    {"PRIROITY", "PRIORITY"},
    {"PRIORITYY", "PRIORITY"},
    {"ROUTINE", "ROUTINE"},
    {"ROUITNE", "ROUTINE"},
    {"ROUTIN", "ROUTINE"},
    {"ROTUINE", "ROUTINE"},
    {"RUTINE", "ROUTINE"},
}};

}  // namespace

std::string_view normalizePrecedenceWord(std::string_view word) {
  if (word.size() < 5 || word.size() > 12) return {};
  char first = asciiUpper(word.front());
  if (first != 'I' && first != 'P' && first != 'R' && first != 'F') return {};
  for (const PrecedenceSpelling& spelling : kSpellings)
    if (equalsNoCase(word, spelling.written)) return spelling.canonical;
  return {};
}

std::string_view precedenceFromLetter(char letter) {
  switch (letter) {
    case 'R': return "ROUTINE";
    case 'P': return "PRIORITY";
    case 'O': return "IMMEDIATE";
    case 'Z': return "FLASH";
    default: return {};
  }
}

}  // namespace cablecat
