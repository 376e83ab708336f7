// A fingerprint of a whole catalogue, to prove a load changed nothing.
#pragma once

#include <string>

namespace cablecat::test {

// Row counts of every table plus a digest of every cable's content and of
// every child row, as one comparable string. Empty if the file is missing.
std::string catalogueSnapshot(const std::string& databasePath);

// The single value of `sql` on `databasePath` ("" for NULL or no row).
std::string queryValue(const std::string& databasePath, const std::string& sql);

}  // namespace cablecat::test
