// Human-readable locators for messages ("file:line", "file row N").
#include "raw_cable.h"

namespace cablecat {

std::string Locator::describe() const {
  if (row > 0) return path + " row " + std::to_string(row);
  if (line > 0) return path + ":" + std::to_string(line);
  return path;
}

}  // namespace cablecat
