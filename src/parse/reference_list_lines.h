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

// The number of an item that opens the line, "2. ROME 5678", "(2) ROME
// 5678", "2) ROME 5678", and the highest number opening an item anywhere
// in it ("1. STATE 1234 2. ROME 5678" -> 2); 0 when there is none. Only a
// citation right after the number makes an item: "1. (C) Summary" and "2.
// Post delivered ..." are paragraphs.
int numberedItemAt(std::string_view text);
int lastNumberedItem(std::string_view line);

// Parentheses still open after `text`, starting from `depth` open before
// it; the ")" of bullets such as "A)" closes nothing.
int openParenthesesAfter(std::string_view text, int depth);

// "LONDON 1234 AND": the line stops on a word joining it to the next.
bool endsWithJoiningWord(std::string_view line);

// "C O N F I D E N T I A L SECTION 02 OF 03 ROME 000500": the
// classification line that opens a later section; a list goes on under it.
bool isSectionHeaderLine(std::string_view line);

// The text after the line's last bullet names something but no serial yet:
// a station split over two lines, or a non-cable item that wraps.
bool lastItemLacksSerial(std::string_view line);

}  // namespace cablecat
