// A digest of a file's bytes, to recognize a file already loaded.
#pragma once

#include <optional>
#include <string>

namespace cablecat {

// XXH3-128 of the file's bytes as 32 hex digits; nullopt when the path is
// not a regular file that can be read (stdin, a pipe, a vanished file).
std::optional<std::string> fileDigest(const std::string& path);

}  // namespace cablecat
