// Option checks whose failures read as a sentence (see option_checks.h).
#include "option_checks.h"

#include <fmt/format.h>

#include <charconv>

namespace cablecat {

CLI::Validator atLeast(std::int64_t least) {
  std::string requirement = "must be a whole number, at least " + std::to_string(least);
  return CLI::Validator(
      [least, requirement](std::string& value) -> std::string {
        std::int64_t number = 0;
        const char* end = value.data() + value.size();
        auto [stop, error] = std::from_chars(value.data(), end, number);
        if (error == std::errc::result_out_of_range) return "is too large";
        if (error != std::errc() || stop != end) return requirement + " (not '" + value + "')";
        if (number < least) return "must be at least " + std::to_string(least);
        return "";
      },
      "", "at least " + std::to_string(least));
}

CLI::Validator oneOf(std::vector<std::string> names) {
  std::string shown = fmt::format("{{{}}}", fmt::join(names, ","));
  return CLI::Validator(
      [names](std::string& value) -> std::string {
        for (const std::string& name : names)
          if (value == name) return "";
        return "must be one of " + fmt::format("{}", fmt::join(names, ", ")) + " (not '" + value + "')";
      },
      shown, "one of " + shown);
}

}  // namespace cablecat
