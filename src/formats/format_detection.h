// Recognizes an input's format from its first bytes (after gunzip).
#pragma once

#include <optional>
#include <string_view>

#include "cable_reader.h"

namespace cablecat {

// How many bytes detection looks at.
inline constexpr std::size_t kSniffBytes = 64 * 1024;

// html, csv, archive or text; nullopt when the bytes look like none of them.
std::optional<InputFormat> detectFormat(std::string_view head);

}  // namespace cablecat
