// File names as the catalogue stores them.
#pragma once

#include <string>

#include "parse/text_encoding.h"

namespace cablecat {

// File names are bytes; the catalogue holds text every client can read
// (Python's sqlite3 refuses a column that is not UTF-8): a name in another
// encoding is stored as the cable texts are, read as Windows-1252.
inline std::string storablePath(std::string path) {
  repairUtf8(path);
  return path;
}

}  // namespace cablecat
