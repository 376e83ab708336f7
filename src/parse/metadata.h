// Normalizes metadata values from readers (dates, IDs, classification).
#pragma once

#include <string>
#include <string_view>

#include "cable.h"

namespace cablecat {

// "2007-08-27 10:01" or "8/27/2007 10:01" -> "2007-08-27T10:01"; empty when
// the text is no date.
std::string normalizeDateTime(std::string_view text);

// Pre-final WikiLeaks builds show wrong Created times; the header's DTG is
// right. Takes the DTG when it falls within a day of Created and records the
// disagreement as a note.
void reconcileCreatedWithDtg(Cable& cable);

// Copies and normalizes the reader's metadata into the cable; the reference
// ID as published (see canonicalizePublishedRefId for its canonical form).
void applyMetadata(const RawMetadata& metadata, Cable& cable);

}  // namespace cablecat
