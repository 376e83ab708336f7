// Whole-run byte scans for the readers: counting line ends, dropping CRs of CRLF.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace cablecat {

// How many times `byte` occurs in [text, text + length). Vectorized, so a
// reader counts the lines of a whole run at once instead of one memchr per line.
std::size_t countByte(const char* text, std::size_t length, char byte);

// The first `byte` or `other` in [text, text + length), or nullptr; adds the
// line feeds before it (all of them when not found) to `lineFeeds`. One pass
// (AVX2 when the CPU has it) instead of a memchr per byte and a count.
const char* findEitherCountingLineFeeds(const char* text, std::size_t length, char byte,
                                        char other, std::uint64_t& lineFeeds);

// The first byte in [text, end) equal to one of a, b, c, d; `end` when none.
// SSE2, 16 bytes a step: for plain-text runs between markup characters.
const char* findAnyOf4(const char* text, const char* end, char a, char b, char c, char d);

// Turns every CRLF in [text, text + length) into LF, in place; returns the new
// length. A CR not followed by LF stays. Fast when there is no CR at all.
std::size_t dropCarriageReturnsBeforeLineFeeds(char* text, std::size_t length);
// The same over a whole string, which it shortens: how every reader drops CRLF.
inline void dropCarriageReturnsBeforeLineFeeds(std::string& text) {
  text.resize(dropCarriageReturnsBeforeLineFeeds(text.data(), text.size()));
}

}  // namespace cablecat
