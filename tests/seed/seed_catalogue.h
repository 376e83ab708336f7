// Loads the seed archive page (tests/data/astana-2007-08.txt) once with the
// real binary and gives tests a read connection to the resulting catalogue.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace cablecat::test {

// Path of the catalogue built from the seed page (built on first use).
const std::string& seedCataloguePath();

// First column of every row of `sql` on the seed catalogue, as text ("" for NULL).
std::vector<std::string> seedColumn(const std::string& sql);

// The single value `sql` returns ("" for NULL).
std::string seedValue(const std::string& sql);

// A cable's recipients of one kind as "RI/ADDRESS|PRECEDENCE|SERIAL" strings.
std::vector<std::string> seedRecipients(const std::string& refId, const std::string& kind);

}  // namespace cablecat::test
