// Makes cable text valid UTF-8 so every SQL client can read what we store.
#pragma once

#include <cstddef>
#include <string>

namespace cablecat {

// Bytes that are not part of a valid UTF-8 sequence are read as
// Windows-1252 (the usual culprit in old cable texts) and re-encoded; the
// five bytes Windows-1252 leaves undefined become U+FFFD. Returns how many
// bytes were repaired (0: the text was valid and is unchanged).
std::size_t repairUtf8(std::string& text);

}  // namespace cablecat
