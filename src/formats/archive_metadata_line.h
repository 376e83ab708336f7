// The metadata line of an archive page, under "Reference ID Created Released Classification
// Origin".
#pragma once

#include <string_view>

#include "../parse/raw_cable.h"

namespace cablecat {

// "07ASTANA2327 2007-08-27 10:01 2011-08-30 01:44 UNCLASSIFIED//FOR OFFICIAL USE ONLY Embassy
// Astana" Copies the values verbatim into `metadata`; false when the line does not have that shape
// (nothing is assigned then).
bool parseArchiveMetadataLine(std::string_view line, RawMetadata& metadata);

}  // namespace cablecat
