// Scanning helpers shared by the TAGS, SUBJECT and body parsers: line
// stepping without copies, paragraph prefixes, and layout left inside text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "text_lines.h"

// In their own namespace so that helpers with the same names in other field
// parsers cannot clash at link time.
namespace cablecat::field_text {

// The line starting at `pos` (without \r\n); `pos` moves past it.
// Returns false when `pos` is at the end of `text`.
bool nextLine(std::string_view text, std::size_t& pos, std::string_view& line);

// The opening block of a cable body: up to the first numbered paragraph
// ("1. (C) ...") after the first line, and at most `maxLines` lines. TAGS and
// SUBJECT live here.
std::string_view openingBlock(std::string_view body, std::size_t maxLines);

// The line of `text` that holds offset `at`, and the offset where it starts.
std::string_view lineAround(std::string_view text, std::size_t at, std::size_t& lineStart);

// "(U)", "(SBU)", "(C)", "(S/NF)", "(U//FOUO)": a paragraph classification.
bool isParagraphMarking(std::string_view token);

// Drops a leading "¶", paragraph number "1." / "1)", and marking "(C)".
std::string_view stripParagraphPrefix(std::string_view text);

// A line that opens a numbered paragraph: "1. ...", "¶2. ...", "3) ...".
bool isNumberedParagraphStart(std::string_view line);

// A line made only of dashes, equals signs or underscores (heading rules).
bool isRuleLine(std::string_view line);

// Removes SIPDIS / CXSIPDIS words glued into running text.
void eraseSipdisWords(std::string& text);

// Cuts a page header that was glued into running text:
// "AT UNGA TRIPOLI 00000762 001.2 OF 002" -> "AT UNGA". `station` is the
// station of the cable ID ("TRIPOLI", "RIODEJANEIRO") or empty.
void erasePageBreakText(std::string& text, std::string_view station);

// Page headers and SIPDIS/SENSITIVE marker lines (text_lines.h), behind a
// cheap first test: these run on many lines of every cable.
bool isLayoutLine(std::string_view line);

}  // namespace cablecat::field_text
