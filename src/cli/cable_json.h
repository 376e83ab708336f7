// One parsed cable as the JSON object `cablecat parse` prints.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "parse/cable.h"

namespace cablecat {

// Where the cable was read from, as cable_sources records it.
struct CableForm {
  std::string format;   // archive, html, csv, text
  std::string locator;  // "line 42", "row 7"
};

// Keys of the cable's own fields are the catalogue's column names and hold
// what the catalogue would store (from_station; signer as one text joined
// by "; ", with a signers array beside it; NULL for an empty value and for
// a missing section_count). The child arrays (recipients, exclusions, tags,
// tag_details, references) keep their shape: scripts read them.
nlohmann::ordered_json cableToJson(const Cable& cable, const CableForm& form = {});

// "row N" for a CSV record, "line N" for a line, empty when unknown.
std::string locatorText(const Locator& locator);

// The JSON text, invalid UTF-8 replaced by U+FFFD; `indent` < 0: one line.
std::string jsonText(const nlohmann::ordered_json& json, int indent);

}  // namespace cablecat
