// A cable's own reference ID when the source published another spelling:
// "09SECTION02OF03QRIPOLI583", "08ECTION01OF02MANAMA492", "7575LIBREVILLE1895",
// and release spellings of a station: "09EFTOLONDON2187", "08PARISFR2144".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "cable.h"

namespace cablecat {

// The station and serial the cable's own text gives for itself: its
// classification line ("C O N F I D E N T I A L 75 LIBREVILLE 1895") and its
// page headers ("TRIPOLI 00000583 002 OF 003"). Stations are canonical,
// serials without leading zeros.
struct OwnNumber {
  std::string station;
  std::string serial;
};
std::vector<OwnNumber> ownNumbersInText(std::string_view body);

// Sets cable.ref_id to the canonical ID when the published one is malformed
// or spells its station another way than the station table, keeping the
// published spelling in published_ref_id, with a note saying where the canonical ID came from: the
// classification line or page headers, the FM line, or the station table.
// When none gives a canonical ID the published one is kept and flagged
// (ref_id_malformed, a warning). Reads from_station: parse the header first.
void canonicalizePublishedRefId(Cable& cable);

}  // namespace cablecat
