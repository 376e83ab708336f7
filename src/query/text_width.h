// Display width of UTF-8 text, for aligning columns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cablecat {

// Code points, not bytes: "…" and Cyrillic count as one column each; ANSI
// escape sequences count as nothing.
std::size_t displayWidth(std::string_view text);

// `text` padded with spaces to `width` columns (left, right or centred).
enum class Align { Left, Right, Center };
std::string padToWidth(std::string_view text, std::size_t width, Align align);

}  // namespace cablecat

namespace cablecat {

// `text` as the sqlite3 shell lays a cell out in its columnar modes: cut at
// a NUL byte, tabs expanded to the next multiple of 8 columns, and a
// newline (\n or \r\n) or any other control character starting a new line;
// one control character at the very end starts none. ANSI sequences
// (search's bold on a terminal) are kept, taking no room.
std::vector<std::string> displayLines(std::string_view text);

}  // namespace cablecat
