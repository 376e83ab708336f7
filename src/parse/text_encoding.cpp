// UTF-8 validation with a Windows-1252 fallback for stray bytes.
#include "text_encoding.h"

#include <cstdint>
#include <cstring>

#include "ascii.h"

namespace cablecat {

namespace {

// Length of the valid UTF-8 sequence starting at `at`, 0 when invalid.
std::size_t validSequenceLength(const std::string& text, std::size_t at) {
  auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
  std::uint8_t lead = byte(at);
  std::size_t length;
  std::uint32_t minimum;
  if (lead >= 0xC2 && lead <= 0xDF) length = 2, minimum = 0x80;
  else if (lead >= 0xE0 && lead <= 0xEF) length = 3, minimum = 0x800;
  else if (lead >= 0xF0 && lead <= 0xF4) length = 4, minimum = 0x10000;
  else return 0;
  if (at + length > text.size()) return 0;
  std::uint32_t code = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(at + i) & 0x3F);
  }
  if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

// Windows-1252 code points for bytes 0x80-0x9F (0xFFFD where undefined).
constexpr std::uint16_t kWindows1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

}  // namespace

void appendUtf8(std::string& out, std::uint32_t code) {
  if (code < 0x80) {
    out.push_back(static_cast<char>(code));
  } else if (code < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code >> 6)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else if (code < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
  }
}

std::uint32_t numericCharacterReference(std::string_view body) {
  if (body.size() < 2 || body[0] != '#') return 0;
  bool hex = body[1] == 'x' || body[1] == 'X';
  std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty()) return 0;
  std::uint32_t code = 0;
  for (char c : digits) {
    int digit = hex ? hexDigitValue(c) : (isAsciiDigit(c) ? c - '0' : -1);
    if (digit < 0) return 0;
    code = code * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
    if (code > 0x10FFFF) return 0;
  }
  if (code >= 0xD800 && code <= 0xDFFF) return 0;
  return code;
}

std::string_view xmlNamedReference(std::string_view name) {
  if (name == "amp") return "&";
  if (name == "lt") return "<";
  if (name == "gt") return ">";
  if (name == "quot") return "\"";
  if (name == "apos") return "'";
  return {};
}

std::size_t repairUtf8(std::string& text) {
  std::size_t at = 0;
  // Fast scan: most cables are pure ASCII or valid UTF-8. ASCII is skipped
  // 32 bytes at a time (no high bit set in four words), then eight: this
  // scan over every body was 8% of the parser's time byte by byte.
  constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
  while (at < text.size()) {
    if (text.size() - at >= 4 * sizeof(std::uint64_t)) {
      std::uint64_t words[4];
      std::memcpy(words, text.data() + at, sizeof words);
      if (((words[0] | words[1] | words[2] | words[3]) & kHighBits) == 0) {
        at += sizeof words;
        continue;
      }
    }
    if (text.size() - at >= sizeof(std::uint64_t)) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + at, sizeof word);
      if ((word & kHighBits) == 0) {
        at += sizeof word;
        continue;
      }
    }
    if (static_cast<std::uint8_t>(text[at]) < 0x80) {
      ++at;
      continue;
    }
    std::size_t length = validSequenceLength(text, at);
    if (length == 0) break;
    at += length;
  }
  if (at == text.size()) return 0;

  std::string repaired = text.substr(0, at);
  std::size_t repairs = 0;
  while (at < text.size()) {
    std::uint8_t byte = static_cast<std::uint8_t>(text[at]);
    if (byte < 0x80) {
      repaired.push_back(static_cast<char>(byte));
      ++at;
      continue;
    }
    if (std::size_t length = validSequenceLength(text, at); length > 0) {
      repaired.append(text, at, length);
      at += length;
      continue;
    }
    appendUtf8(repaired, byte < 0xA0 ? kWindows1252[byte - 0x80] : byte);
    ++repairs;
    ++at;
  }
  text = std::move(repaired);
  return repairs;
}

std::size_t decodeCharacterReferences(std::string& text) {
  constexpr std::size_t kMaxReference = 10;  // "&#x10FFFF;"
  std::size_t at = text.find('&');
  if (at == std::string::npos) return 0;
  std::size_t decoded = 0;
  std::string out(text, 0, at);
  while (at != std::string::npos) {
    std::size_t next = at + 1;
    std::size_t semicolon = text.find(';', at + 1);
    if (semicolon != std::string::npos && semicolon - at <= kMaxReference) {
      std::string_view body = std::string_view(text).substr(at + 1, semicolon - at - 1);
      std::uint32_t code = numericCharacterReference(body);
      std::string_view named = code == 0 ? xmlNamedReference(body) : std::string_view();
      if (code != 0) appendUtf8(out, code);
      else out += named;
      if (code != 0 || !named.empty()) {
        ++decoded;
        next = semicolon + 1;
      } else {
        out.push_back('&');
      }
    } else {
      out.push_back('&');
    }
    at = text.find('&', next);
    out.append(text, next, at == std::string::npos ? std::string::npos : at - next);
  }
  if (decoded > 0) text = std::move(out);
  return decoded;
}

std::size_t replaceLineSeparators(std::string& text) {
  std::size_t count = 0;
  for (std::size_t at = text.find("\xE2\x80"); at != std::string::npos; at = text.find("\xE2\x80", at + 1)) {
    if (at + 2 >= text.size() || (text[at + 2] != '\xA8' && text[at + 2] != '\xA9')) continue;
    text.replace(at, 3, "\n  ");
    ++count;
  }
  return count;
}

}  // namespace cablecat
