// Checks on option values whose failures read as a sentence: CLI11's own
// (CLI::PositiveNumber, CLI::IsMember) say "Value 0 not in range 0.000000 to
// 1797693...". Each returns the end of a sentence that starts with the
// option's name ("--limit" + " must be at least 1"); usage_errors.cpp joins
// the two.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace cablecat {

// A whole number no smaller than `least` ("must be a whole number, at least 1").
CLI::Validator atLeast(std::int64_t least);

// One of `names`, written as given; shown in --help as {a,b,c}.
CLI::Validator oneOf(std::vector<std::string> names);

}  // namespace cablecat
