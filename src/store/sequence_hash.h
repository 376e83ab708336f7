// XXH3 over a sequence of text pieces: the source fingerprints and the key
// that picks a cable's published reference list.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cablecat {

// Each piece is hashed with the hash so far as its seed, so where one piece
// ends counts: ("ab", "c") and ("a", "bc") differ.
class SequenceHash {
 public:
  void add(std::string_view piece);
  std::uint64_t value() const { return value_; }
  // The 16 lower-case hex digits of value().
  std::string hex() const;

  auto operator<=>(const SequenceHash&) const = default;

 private:
  std::uint64_t value_ = 0;
};

}  // namespace cablecat
