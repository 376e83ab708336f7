// The parser's entry point: RawCable in, Cable out. Pure: no I/O, no throws.
#pragma once

#include "cable.h"
#include "raw_cable.h"

namespace cablecat {

Cable parseCable(const RawCable& raw);


}  // namespace cablecat
