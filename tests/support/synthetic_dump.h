// Writes a cables.csv-style dump of synthetic but realistic cables, for tests
// that need many cables (crash safety, concurrency) without shipping data.
#pragma once

#include <string>

namespace cablecat::test {

// Reference ID of synthetic row `index` (0-based): "09STATE" + (200000 + index).
std::string syntheticRefId(std::size_t index);

// One cables.csv row of a short Astana cable (07ASTANA9001, TAGS PGOV KZ,
// signed ORDWAY) whose Created field reads `created`: "8/24/2007 9:31" as
// the dump writes dates, or something unreadable for a warning.
std::string astanaCsvRow(const std::string& created);

// Writes `rows` rows in the dump's escaping; each cable has 1 TO and 2 INFO
// recipients, 3 tags and 1 reference.
void writeSyntheticDump(const std::string& path, std::size_t rows);

}  // namespace cablecat::test
