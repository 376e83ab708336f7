// A text file compiled into the binary (schema and report SQL).
#pragma once

#include <string_view>
#include <vector>

namespace cablecat {

struct EmbeddedFile {
  std::string_view name;     // "001_catalogue.sql"
  std::string_view content;
};

}  // namespace cablecat
