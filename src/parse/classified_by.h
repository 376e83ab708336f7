// The classifying official: "Classified By: Amb. John Ordway, reasons 1.4 (B) and (D)."
#pragma once

#include <string>
#include <string_view>

namespace cablecat {

// Finds "Classified By:" (any case, colon optional) near the top of a body
// and returns its text joined over up to three wrapped lines, without the
// final period. Empty when absent.
std::string findClassifiedBy(std::string_view body);

}  // namespace cablecat
