// Fixed-width date and hex formatting without printf: these run several times per cable.
#pragma once

#include <cstdint>
#include <string>

namespace cablecat {

// Appends `value` as exactly `width` decimal digits, zero-padded ("%0*d" for
// 0 <= value < 10^width, which every caller checks first).
void appendZeroPadded(std::string& out, int value, int width);

// "2007-08-27", and "2007-08-27T10:01" for the second form.
std::string isoDate(int year, int month, int day);
std::string isoDateTime(int year, int month, int day, int hour, int minute);

// Appends the 16 lower-case hex digits of `value` ("%016llx").
void appendHex64(std::string& out, std::uint64_t value);

}  // namespace cablecat
