// Makes cable text valid UTF-8 so every SQL client can read what we store.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace cablecat {

// Bytes that are not part of a valid UTF-8 sequence are read as
// Windows-1252 (the usual culprit in old cable texts) and re-encoded; the
// five bytes Windows-1252 leaves undefined become U+FFFD. Returns how many
// bytes were repaired (0: the text was valid and is unchanged).
std::size_t repairUtf8(std::string& text);

// Decodes HTML character references that leaked into cable text from web
// pages ("DON&#8217;T", "&#x000A;", "&amp;"): numeric ones and the five XML
// names. "R&D;" and a bare '&' stay. Returns how many were decoded.
std::size_t decodeCharacterReferences(std::string& text);

// The parts of that decoding the HTML reader shares (formats/html_text.cpp):
// the code point of a numeric reference's body ("#8217", "#x2019": without
// '&' and ';'), 0 when it is none; the text of one of the XML five ("amp"
// -> "&"), empty for any other name; a code point appended as UTF-8.
std::uint32_t numericCharacterReference(std::string_view body);
std::string_view xmlNamedReference(std::string_view name);
void appendUtf8(std::string& out, std::uint32_t code);

// Some page builds separate lines with U+2028 (LINE SEPARATOR) or U+2029
// instead of newlines. Each becomes a newline and two spaces (the same three
// bytes, so offsets stay). Returns how many were replaced.
std::size_t replaceLineSeparators(std::string& text);

}  // namespace cablecat
