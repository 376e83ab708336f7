// Dates as written in DECL values: "08/27/2017", "1/2/18", "2019/01/02",
// "27 AUG 2017", "August 27, 2017".
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace cablecat {

struct DeclDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

// Reads a date from `words` starting at `first`; returns how many words it
// took (0 when there is no date there).
std::size_t parseDeclDate(const std::vector<std::string_view>& words, std::size_t first, DeclDate& date);

// "GDS", "ADS", "XGDS", "RDS-1", "XDS-2", "RDS 3" read as one word: the
// declassification schedules of E.O. 11652 and 12065, which carry their own
// date ("E.O. 12065: GDS 12/31/84 (SMITH, JOHN) OR-P").
bool isScheduleCode(std::string_view word);

}  // namespace cablecat
