// Misspelled TAGS codes and the code each one meant, with the evidence.
#pragma once

#include <string_view>

namespace cablecat {

// The code `written` was meant to be, or empty when `written` is not a known
// misspelling. Only typos with documented evidence are repaired: a real code
// the dictionary lacks must never be "fixed" into another one.
std::string_view repairedTagCode(std::string_view written);

}  // namespace cablecat
