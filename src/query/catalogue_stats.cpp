// Collects and formats `cablecat stats`.
#include "catalogue_stats.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <filesystem>

#include "text_width.h"

namespace cablecat {

CatalogueStats collectCatalogueStats(SQLite::Database& db, const std::string& path) {
  CatalogueStats stats;
  stats.path = path;
  std::error_code error;
  stats.file_bytes = std::filesystem::file_size(path, error);
  if (error) stats.file_bytes = 0;
  stats.schema_version = db.execAndGet("PRAGMA user_version").getInt();
  SQLite::Statement range(db, "SELECT min(created), max(created) FROM cables");
  range.executeStep();
  if (!range.getColumn(0).isNull()) stats.first_created = range.getColumn(0).getString().substr(0, 10);
  if (!range.getColumn(1).isNull()) stats.last_created = range.getColumn(1).getString().substr(0, 10);
  // Data tables in the order of the data model (a migration that copies a
  // table moves it in sqlite_schema), then any others; FTS shadow tables are
  // reported as one "full-text index" line instead, settings not at all, nor
  // cable_texts: one row per cable (check verifies it), and counting them
  // would read every page of the text (1.8 GB on the full archive).
  SQLite::Statement tables(db, R"SQL(
    SELECT name FROM sqlite_schema
    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'cables_fts%'
      AND name NOT IN ('catalogue_settings', 'cable_texts')
    ORDER BY coalesce(nullif(instr(
               ',cables,recipients,exclusions,tags,cable_tags,refs,listed_refs,sources,cable_sources,load_issues,',
               ',' || name || ','), 0), 1000000), rowid)SQL");
  while (tables.executeStep()) {
    std::string name = tables.getColumn(0).getString();
    long long rows = db.execAndGet("SELECT count(*) FROM \"" + name + "\"").getInt64();
    stats.table_rows.emplace_back(name, rows);
  }
  stats.fts_indexed = db.execAndGet("SELECT count(*) FROM cables_fts_docsize").getInt64();
  return stats;
}

std::string describeFileSize(unsigned long long bytes) {
  double value = static_cast<double>(bytes);
  if (bytes >= 1024ull * 1024 * 1024) return fmt::format("{} bytes ({:.1f} GiB)", bytes, value / (1024.0 * 1024 * 1024));
  if (bytes >= 1024ull * 1024) return fmt::format("{} bytes ({:.1f} MiB)", bytes, value / (1024.0 * 1024));
  if (bytes >= 1024ull) return fmt::format("{} bytes ({:.1f} KiB)", bytes, value / 1024.0);
  return fmt::format("{} bytes", bytes);
}

std::string catalogueStatsText(const CatalogueStats& stats) {
  constexpr std::size_t kLabel = 17;
  auto line = [&](std::string_view label, const std::string& value) {
    return padToWidth(label, kLabel, Align::Left) + value + "\n";
  };
  std::string text;
  text += line("catalogue", stats.path);
  text += line("file size", describeFileSize(stats.file_bytes));
  text += line("schema version", std::to_string(stats.schema_version));
  text += line("created", stats.first_created ? *stats.first_created + " .. " + stats.last_created.value_or("")
                                              : std::string("(no cables)"));
  text += "\n";
  std::size_t countWidth = 1;
  for (const auto& entry : stats.table_rows) countWidth = std::max(countWidth, std::to_string(entry.second).size());
  for (const auto& [table, rows] : stats.table_rows)
    text += line(table, padToWidth(std::to_string(rows), countWidth, Align::Right));
  text += line("full-text index", padToWidth(std::to_string(stats.fts_indexed), countWidth, Align::Right) +
                                      " cables indexed");
  return text;
}

}  // namespace cablecat
