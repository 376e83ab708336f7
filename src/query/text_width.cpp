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

namespace cablecat {

namespace {

// Length of the ANSI CSI sequence (ESC [ ... final letter) at `at`, or 0.
std::size_t ansiSequenceLength(std::string_view text, std::size_t at) {
  if (text[at] != '\x1b' || at + 1 >= text.size() || text[at + 1] != '[') return 0;
  std::size_t end = at + 2;
  while (end < text.size() && !(text[end] >= '@' && text[end] <= '~')) ++end;
  return end < text.size() ? end + 1 - at : text.size() - at;
}

// One display line from `at`, as sqlite3's translateForDisplayAndDup reads
// it; `at` ends on the control character that stopped it, or at the end.
std::string displayLineAt(std::string_view text, std::size_t& at) {
  std::string line;
  std::size_t column = 0;
  while (at < text.size()) {
    auto c = static_cast<unsigned char>(text[at]);
    if (std::size_t sequence = ansiSequenceLength(text, at)) {
      line.append(text.substr(at, sequence));
      at += sequence;
    } else if (c >= ' ') {
      if ((c & 0xC0) != 0x80) ++column;
      line += text[at++];
    } else if (c == '\t') {
      do {
        line += ' ';
      } while (++column % 8 != 0);
      ++at;
    } else {
      break;
    }
  }
  return line;
}

}  // namespace

std::vector<std::string> displayLines(std::string_view text) {
  text = text.substr(0, text.find('\0'));
  std::vector<std::string> lines;
  std::size_t at = 0;
  for (;;) {
    lines.push_back(displayLineAt(text, at));
    if (at >= text.size()) break;
    at += text.compare(at, 2, "\r\n") == 0 ? 2 : 1;
    if (at >= text.size()) break;  // a break that ends the text starts no line
  }
  return lines;
}

}  // namespace cablecat
