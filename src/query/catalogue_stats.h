// What a catalogue holds: rows per table, date range, size, schema version.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cablecat {

struct CatalogueStats {
  std::string path;
  unsigned long long file_bytes = 0;
  int schema_version = 0;
  std::optional<std::string> first_created, last_created;
  std::vector<std::pair<std::string, long long>> table_rows;  // schema order
  long long fts_indexed = 0;
};

CatalogueStats collectCatalogueStats(SQLite::Database& db, const std::string& path);
std::string catalogueStatsText(const CatalogueStats& stats);

// "12345 bytes (12.1 KiB)".
std::string describeFileSize(unsigned long long bytes);

}  // namespace cablecat
