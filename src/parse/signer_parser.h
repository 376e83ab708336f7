// The signer(s) of a cable: surnames at the end of the body.
#pragma once

#include <string_view>

#include "cable.h"

namespace cablecat {

// Appends the upper-cased surnames to cable.signers ("ORDWAY"; "RICE",
// "KHALILZAD" for two), nothing when the end carries no signer.
void parseSigners(std::string_view body, Cable& cable);

}  // namespace cablecat
