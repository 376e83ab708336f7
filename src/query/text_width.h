// Display width of UTF-8 text, for aligning columns.
#pragma once

#include <string>
#include <string_view>

namespace cablecat {

// Code points, not bytes: "…" and Cyrillic count as one column each; ANSI
// escape sequences count as nothing.
std::size_t displayWidth(std::string_view text);

// `text` padded with spaces to `width` columns (left, right or centred).
enum class Align { Left, Right, Center };
std::string padToWidth(std::string_view text, std::size_t width, Align align);

}  // namespace cablecat
