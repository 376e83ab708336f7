// Years as REF lists write them around a citation: "05", "2006", "094",
// "O4", "(06)", "(2008)", "OF 2006", "OF 08", "/08", "-91".
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "reference_tokens.h"

namespace cablecat {

// A written year as the release uses it: two digits 00-12 or 66-99, four
// digits 1966-2012, or three digits with a zero typed before two ("094
// QUITO 841"). Returns 0..99, or -1 when the digits are no such year.
int yearFromDigits(std::string_view digits);

// The year a token before a station gives: a number as above, or two
// characters with the letter O typed for a zero ("(B)O4 CHENNAI 0944").
// -1 when the token is no year.
int yearOfToken(const RefToken& token);

// A year written right after the serial at token `serialAt`: "(06)",
// "(2008)", "OF 2006", "OF 08", "/08" ("PANAMA 00725/08"), "-91" ("QUITO 4525-91").
// On success sets `year` (0..99) and `last`, the last token it used.
bool readYearAfterSerial(const std::vector<RefToken>& tokens, std::size_t serialAt, std::size_t to,
                         int& year, std::size_t& last);

}  // namespace cablecat
