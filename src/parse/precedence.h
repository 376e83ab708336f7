// Message precedence words and letters: FLASH, IMMEDIATE, PRIORITY, ROUTINE.
#pragma once

#include <string_view>

namespace cablecat {

// The canonical precedence for one word as written, with typos fixed
// ("IMMEDAITE" -> "IMMEDIATE"); empty when the word is not a precedence.
std::string_view normalizePrecedenceWord(std::string_view word);

// The precedence a DTG or routing-line letter stands for: R, P, O, Z;
// empty for any other letter.
std::string_view precedenceFromLetter(char letter);

}  // namespace cablecat
