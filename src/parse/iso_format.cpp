// Fixed-width decimal and hex digits written by hand (snprintf was ~5% of the parser).
#include "iso_format.h"

namespace cablecat {

void appendZeroPadded(std::string& out, int value, int width) {
  std::size_t end = out.size() + static_cast<std::size_t>(width);
  out.resize(end);
  for (std::size_t i = end; i > end - static_cast<std::size_t>(width); --i) {
    out[i - 1] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
}

std::string isoDate(int year, int month, int day) {
  std::string out;  // ten bytes fit the string's inline buffer: no allocation
  appendZeroPadded(out, year, 4);
  out.push_back('-');
  appendZeroPadded(out, month, 2);
  out.push_back('-');
  appendZeroPadded(out, day, 2);
  return out;
}

std::string isoDateTime(int year, int month, int day, int hour, int minute) {
  std::string out = isoDate(year, month, day);
  out.push_back('T');
  appendZeroPadded(out, hour, 2);
  out.push_back(':');
  appendZeroPadded(out, minute, 2);
  return out;
}

void appendHex64(std::string& out, std::uint64_t value) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::size_t end = out.size() + 16;
  out.resize(end);
  for (std::size_t i = end; i > end - 16; --i) {
    out[i - 1] = kDigits[value & 0xF];
    value >>= 4;
  }
}

}  // namespace cablecat
