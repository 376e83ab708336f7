// Fixed-width date and hex formatting without printf (these run several times
// per cable), and the century of a date written with a two-digit year.
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

// A date's two-digit year as four digits: from 50 up 19xx, below 20xx. Dates
// reach past the release's span both ways (declassification dates run into
// the 2030s), so their pivot is not the reference IDs' (reference_id.h).
inline constexpr int kTwoDigitDatePivot = 50;
constexpr int dateYear(int twoDigits) { return twoDigits + (twoDigits >= kTwoDigitDatePivot ? 1900 : 2000); }

// Appends the 16 lower-case hex digits of `value` ("%016llx").
void appendHex64(std::string& out, std::uint64_t value);

}  // namespace cablecat
