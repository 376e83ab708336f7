// The E.O. line's declassification instruction: "E.O. 12958: DECL: 08/27/2017".
#pragma once

#include <string>
#include <string_view>

namespace cablecat {

// Finds the E.O. line in the opening of a body and returns its DECL value:
// a date as "YYYY-MM-DD", or a code as written in upper case ("OADR", "X1",
// "25X1", "GDS"). Empty for "N/A", for declassification notices, and when
// there is no E.O. line.
std::string findDecl(std::string_view body);

// Normalizes one DECL value ("08/27/2017", "1/2/18", "2019/01/02", "oadr").
std::string normalizeDeclValue(std::string_view value);

}  // namespace cablecat
