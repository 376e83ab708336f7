// The date-time group line of a cable header: "R 271001Z AUG 07".
#pragma once

#include <string>
#include <string_view>

namespace cablecat {

struct DateTimeGroup {
  std::string precedence_letters;  // "R", "OR" ("O R 261318Z ..."), or empty
  std::string iso;                 // "2007-08-27T10:01Z"
};

// Parses a DTG line: optional precedence letters, DDHHMMZ, month, 2- or
// 4-digit year; anything after the year (ZDK, ZFF4, ...) is ignored.
// Returns false when the line is not a DTG.
bool parseDateTimeGroup(std::string_view line, DateTimeGroup& out);

}  // namespace cablecat
