// Column widths of UTF-8 text and padding.
#include "text_width.h"

namespace cablecat {

std::size_t displayWidth(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // ANSI escape sequences (search's bold highlight on a terminal) take no
    // room: skip ESC [ parameters up to the final letter.
    if (text[i] == '\x1b' && i + 1 < text.size() && text[i + 1] == '[') {
      i += 2;
      while (i < text.size() && !(text[i] >= '@' && text[i] <= '~')) ++i;
      continue;
    }
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++width;  // skip continuation bytes
  }
  return width;
}

std::string padToWidth(std::string_view text, std::size_t width, Align align) {
  std::size_t have = displayWidth(text);
  std::size_t missing = have < width ? width - have : 0;
  std::size_t before = 0;
  if (align == Align::Right) before = missing;
  if (align == Align::Center) before = missing / 2;
  std::string padded(before, ' ');
  padded += text;
  padded.append(missing - before, ' ');
  return padded;
}

}  // namespace cablecat
