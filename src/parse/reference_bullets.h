// The letters that open the items of a REF list: "A.", "A)", "(A)", "[A]",
// "A:", "A -", "REF A:", numbers ("1.", "(1)"), and bare letters before a citation ("REF A
// WELLINGTON 721 B WELLINGTON 690").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "reference_tokens.h"

namespace cablecat {

struct Bullet {
  std::size_t first;       // token index of the bullet
  std::size_t end;         // token index after it
  char letter;             // upper case; 0 for a numbered item
  std::string_view number = {};  // "2" of a numbered item ("2. ROME 5678")
};

// The bullets of a list in order: A, B, C... (a repeated letter counts as the
// next item; doubled bullets such as "A. (A)" count once). A list without
// letters may number its items: "1. STATE 1234 2. ROME 5678", "(1) ...".
std::vector<Bullet> findBullets(std::string_view text, const std::vector<RefToken>& tokens);

}  // namespace cablecat
