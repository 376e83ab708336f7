// ASCII character classes and case mapping: the one definition of each, for
// every folder. The cable formats are ASCII; <cctype> is locale-dependent
// and undefined for negative chars (the bytes of UTF-8), and these inline
// to a compare or two on the parser's hot paths.
#pragma once

#include <string>
#include <string_view>

namespace cablecat {

constexpr bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool isAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool isAsciiLetter(char c) { return isAsciiUpper(c) || isAsciiLower(c); }
constexpr bool isAsciiLetterOrDigit(char c) { return isAsciiLetter(c) || isAsciiDigit(c); }

// Space, tab, line feed, carriage return, form feed, vertical tab: C's
// isspace() in the "C" locale.
constexpr bool isAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
// The same without the line feed: white space that does not end a line,
// for scans over several lines that must stop at a line's end.
constexpr bool isSpaceWithinLine(char c) { return c != '\n' && isAsciiSpace(c); }

constexpr char asciiUpper(char c) { return isAsciiLower(c) ? static_cast<char>(c - 'a' + 'A') : c; }
constexpr char asciiLower(char c) { return isAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// 0-15 for a hexadecimal digit of either case, -1 for any other character.
constexpr int hexDigitValue(char c) {
  if (isAsciiDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Every character an ASCII digit; false for "".
constexpr bool isAllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!isAsciiDigit(c)) return false;
  return true;
}

// A copy with a-z made A-Z; other bytes (UTF-8 included) unchanged.
inline std::string toUpper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = asciiUpper(c);
  return out;
}

}  // namespace cablecat
