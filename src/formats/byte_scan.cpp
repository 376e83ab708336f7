// SSE2 byte counting and CRLF compaction (scalar fallback off x86-64).
#include "byte_scan.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cablecat {

std::size_t countByte(const char* text, std::size_t length, char byte) {
  std::size_t count = 0;
  std::size_t position = 0;
#if defined(__SSE2__)
  const __m128i needle = _mm_set1_epi8(byte);
  const __m128i zero = _mm_setzero_si128();
  while (length - position >= 16) {
    // Each byte lane counts up to 255 matches; sum the lanes before that.
    std::size_t blocks = std::min<std::size_t>((length - position) / 16, 255);
    __m128i lanes = zero;
    for (std::size_t block = 0; block < blocks; ++block, position += 16) {
      __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + position));
      lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(chunk, needle));  // a match is -1
    }
    __m128i sums = _mm_sad_epu8(lanes, zero);
    count += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
             static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
  }
#endif
  for (; position < length; ++position) count += text[position] == byte ? 1 : 0;
  return count;
}

std::size_t dropCarriageReturnsBeforeLineFeeds(char* text, std::size_t length) {
  char* end = text + length;
  char* read = static_cast<char*>(std::memchr(text, '\r', length));
  if (!read) return length;
  char* write = read;
#if defined(__SSE2__)
  const __m128i carriageReturn = _mm_set1_epi8('\r');
  // 17 bytes: a CR in the last lane of a block needs the byte after it.
  while (end - read >= 17) {
    __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(read));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, carriageReturn)) == 0) {
      // write <= read and the block is already loaded: the overlap is harmless.
      _mm_storeu_si128(reinterpret_cast<__m128i*>(write), chunk);
      write += 16;
      read += 16;
      continue;
    }
    for (const char* blockEnd = read + 16; read < blockEnd; ++read)
      if (*read != '\r' || read[1] != '\n') *write++ = *read;
  }
#endif
  for (; read < end; ++read)
    if (*read != '\r' || read + 1 == end || read[1] != '\n') *write++ = *read;
  return static_cast<std::size_t>(write - text);
}

}  // namespace cablecat
