// What one line inside a REF list looks like: a bullet, a wrapped item, an
// open parenthesis carried to the next line.
#pragma once

#include <string_view>

namespace cablecat {

// A bullet at the start: "A.", "A)", "(A)", "[A]", "A:", "A -". Sets the letter (upper case).
bool startsWithBullet(std::string_view text, char& letter);

// "A WELLINGTON 721": a bullet letter without punctuation before a citation.
bool startsWithBareBullet(std::string_view text);

// A later bullet with its citation inside the line: the wrapped end of a
// long item, then "D. Shanghai 402".
bool containsBulletedCitation(std::string_view text);

// Parentheses still open after `text`, starting from `depth` open before
// it; the ")" of bullets such as "A)" closes nothing.
int openParenthesesAfter(std::string_view text, int depth);

// The text after the line's last bullet names something but no serial yet:
// a station split over two lines, or a non-cable item that wraps.
bool lastItemLacksSerial(std::string_view line);

}  // namespace cablecat
