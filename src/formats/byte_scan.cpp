// SSE2 byte counting and CRLF compaction (scalar fallback off x86-64).
#include "byte_scan.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define CABLECAT_HAVE_AVX2_PATH 1
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

namespace {

const char* findEitherCountingLineFeedsScalar(const char* text, std::size_t length, char byte,
                                              char other, std::uint64_t& lineFeeds) {
  const char* found = static_cast<const char*>(std::memchr(text, byte, length));
  if (other != byte) {
    std::size_t bound = found ? static_cast<std::size_t>(found - text) : length;
    if (const auto* first = static_cast<const char*>(std::memchr(text, other, bound)))
      found = first;
  }
  std::size_t scanned = found ? static_cast<std::size_t>(found - text) : length;
  lineFeeds += countByte(text, scanned, '\n');
  return found;
}

#ifdef CABLECAT_HAVE_AVX2_PATH
__attribute__((target("avx2,popcnt"))) const char* findEitherCountingLineFeedsAvx2(
    const char* text, std::size_t length, char byte, char other, std::uint64_t& lineFeeds) {
  const __m256i needle = _mm256_set1_epi8(byte);
  const __m256i otherNeedle = _mm256_set1_epi8(other);
  const __m256i lineFeed = _mm256_set1_epi8('\n');
  std::size_t position = 0;
  std::uint64_t count = 0;
  for (; length - position >= 32; position += 32) {
    __m256i chunk = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(text + position));
    auto hits = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(
        _mm256_cmpeq_epi8(chunk, needle), _mm256_cmpeq_epi8(chunk, otherNeedle))));
    auto lines =
        static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(chunk, lineFeed)));
    if (hits != 0) {
      unsigned offset = static_cast<unsigned>(__builtin_ctz(hits));
      lineFeeds += count + static_cast<std::uint64_t>(
                               __builtin_popcount(lines & ((std::uint32_t{1} << offset) - 1)));
      return text + position + offset;
    }
    count += static_cast<std::uint64_t>(__builtin_popcount(lines));
  }
  if (position < length && length >= 32) {
    // The tail as one block ending at the end, its already-seen bytes masked
    // off: a byte loop here cost as much as the vector loop on short runs.
    std::size_t start = length - 32;
    auto seen = static_cast<unsigned>(position - start);
    __m256i chunk = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(text + start));
    auto hits = static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_or_si256(
        _mm256_cmpeq_epi8(chunk, needle), _mm256_cmpeq_epi8(chunk, otherNeedle))));
    auto lines =
        static_cast<std::uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(chunk, lineFeed)));
    hits = (hits >> seen) << seen;
    lines = (lines >> seen) << seen;
    if (hits != 0) {
      unsigned offset = static_cast<unsigned>(__builtin_ctz(hits));
      lineFeeds += count + static_cast<std::uint64_t>(
                               __builtin_popcount(lines & ((std::uint32_t{1} << offset) - 1)));
      return text + start + offset;
    }
    lineFeeds += count + static_cast<std::uint64_t>(__builtin_popcount(lines));
    return nullptr;
  }
  lineFeeds += count;
  for (; position < length; ++position) {
    if (text[position] == byte || text[position] == other) return text + position;
    if (text[position] == '\n') ++lineFeeds;
  }
  return nullptr;
}
#endif

using FindCounting = const char* (*)(const char*, std::size_t, char, char, std::uint64_t&);

FindCounting chooseFindCounting() {
#ifdef CABLECAT_HAVE_AVX2_PATH
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt"))
    return findEitherCountingLineFeedsAvx2;
#endif
  return findEitherCountingLineFeedsScalar;
}

const FindCounting findCounting = chooseFindCounting();

}  // namespace

const char* findEitherCountingLineFeeds(const char* text, std::size_t length, char byte,
                                        char other, std::uint64_t& lineFeeds) {
  return findCounting(text, length, byte, other, lineFeeds);
}

const char* findAnyOf4(const char* text, const char* end, char a, char b, char c, char d) {
#if defined(__SSE2__)
  const __m128i first = _mm_set1_epi8(a);
  const __m128i second = _mm_set1_epi8(b);
  const __m128i third = _mm_set1_epi8(c);
  const __m128i fourth = _mm_set1_epi8(d);
  for (; end - text >= 16; text += 16) {
    __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text));
    __m128i hits = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(chunk, first), _mm_cmpeq_epi8(chunk, second)),
        _mm_or_si128(_mm_cmpeq_epi8(chunk, third), _mm_cmpeq_epi8(chunk, fourth)));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
    if (mask != 0) return text + __builtin_ctz(mask);
  }
#endif
  for (; text < end; ++text)
    if (*text == a || *text == b || *text == c || *text == d) return text;
  return end;
}

namespace {

// Bytes from `read` (its first CR found) on, CRLF -> LF, written from `write`.
std::size_t dropCarriageReturnsPortable(char* text, char* read, char* end) {
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

#ifdef CABLECAT_HAVE_AVX2_PATH
// pshufb masks that drop lane `p` of a 16-byte block (the last lane is unused).
struct DropLaneMasks {
  alignas(16) unsigned char masks[16][16];
  constexpr DropLaneMasks() : masks() {
    for (int dropped = 0; dropped < 16; ++dropped)
      for (int lane = 0; lane < 16; ++lane)
        masks[dropped][lane] =
            static_cast<unsigned char>(lane < dropped ? lane : lane < 15 ? lane + 1 : 0x80);
  }
};
constexpr DropLaneMasks kDropLane;

// In a CRLF file one block in four or five holds a line end: one shuffle
// drops its CR instead of a byte loop over the block.
__attribute__((target("ssse3,popcnt"))) std::size_t dropCarriageReturnsSsse3(char* text,
                                                                              char* read,
                                                                              char* end) {
  char* write = read;
  const __m128i carriageReturn = _mm_set1_epi8('\r');
  const __m128i lineFeed = _mm_set1_epi8('\n');
  while (end - read >= 17) {
    __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(read));
    auto returns = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, carriageReturn)));
    if (returns != 0) {
      __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(read + 1));
      returns &= static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(next, lineFeed)));
    }
    if (returns == 0) {
      _mm_storeu_si128(reinterpret_cast<__m128i*>(write), chunk);
      write += 16;
      read += 16;
    } else if ((returns & (returns - 1)) == 0) {
      auto dropped = static_cast<unsigned>(__builtin_ctz(returns));
      __m128i mask = _mm_load_si128(reinterpret_cast<const __m128i*>(kDropLane.masks[dropped]));
      _mm_storeu_si128(reinterpret_cast<__m128i*>(write), _mm_shuffle_epi8(chunk, mask));
      write += 15;
      read += 16;
    } else {
      for (const char* blockEnd = read + 16; read < blockEnd; ++read)
        if (*read != '\r' || read[1] != '\n') *write++ = *read;
    }
  }
  for (; read < end; ++read)
    if (*read != '\r' || read + 1 == end || read[1] != '\n') *write++ = *read;
  return static_cast<std::size_t>(write - text);
}
#endif

using DropCarriageReturns = std::size_t (*)(char*, char*, char*);

DropCarriageReturns chooseDropCarriageReturns() {
#ifdef CABLECAT_HAVE_AVX2_PATH
  __builtin_cpu_init();
  if (__builtin_cpu_supports("ssse3") && __builtin_cpu_supports("popcnt"))
    return dropCarriageReturnsSsse3;
#endif
  return dropCarriageReturnsPortable;
}

const DropCarriageReturns dropCarriageReturns = chooseDropCarriageReturns();

}  // namespace

std::size_t dropCarriageReturnsBeforeLineFeeds(char* text, std::size_t length) {
  char* read = static_cast<char*>(std::memchr(text, '\r', length));
  if (!read) return length;
  return dropCarriageReturns(text, read, text + length);
}

}  // namespace cablecat
