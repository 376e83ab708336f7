// A --db that cannot be a catalogue for a plain reason (a folder, an empty
// file), named before SQLite gets it: SQLite says "disk I/O error" for a
// folder and "it has other tables" would follow for an empty file.
#pragma once

#include <optional>
#include <string>

namespace cablecat {

enum class CatalogueUse { reading, loading };

// The reason `path` cannot serve as the catalogue, or nothing. A 0-byte
// file is fine to load into (a new catalogue is built in its place).
std::optional<std::string> catalogueFileProblem(const std::string& path, CatalogueUse use);

}  // namespace cablecat
