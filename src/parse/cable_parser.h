// The parser's entry point: RawCable in, Cable out. Pure: no I/O, no throws.
#pragma once

#include "cable.h"
#include "raw_cable.h"

namespace cablecat {

Cable parseCable(const RawCable& raw);
// The same, taking over the raw header and body instead of copying them
// (the load's parser threads have no further use for them).
Cable parseCable(RawCable&& raw);


}  // namespace cablecat
