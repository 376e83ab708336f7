// Helpers for store tests: temporary catalogues, loads, dumps.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <map>
#include <string>
#include <vector>

#include "parse/cable.h"
#include "store/catalogue_file.h"
#include "store/catalogue_writer.h"
#include "support/cable_fixture.h"
#include "support/temporary_folder.h"

namespace cablecat::test {

// A catalogue path in a temporary folder of its own, so the catalogue and
// every companion file (-wal, -shm, .loading-*, shards) go with it.
class TempCatalogue {
 public:
  explicit TempCatalogue(const std::string& label = "catalogue")
      : folder_("cablecat-store-" + label), path_(folder_.file(label + ".db")) {}

  const std::string& path() const { return path_; }

 private:
  TemporaryFolder folder_;
  std::string path_;
};

inline Locator lineLocator(const std::string& path, std::uint64_t line) { return {path, line, 0}; }

inline WriterOptions liveOptions() {
  WriterOptions options;
  options.build_new_catalogue_aside = false;
  return options;
}

inline const std::vector<std::string>& catalogueTables() {
  static const std::vector<std::string> tables = {
      "cables", "recipients", "exclusions", "tags", "cable_tags", "refs", "listed_refs",
      "sources", "cable_sources", "load_issues", "catalogue_settings"};
  return tables;
}

inline std::map<std::string, long long> rowCounts(const std::string& path) {
  SQLite::Database db = openCatalogueForReading(path);
  std::map<std::string, long long> counts;
  for (const std::string& table : catalogueTables())
    counts[table] = db.execAndGet("SELECT count(*) FROM " + table).getInt64();
  return counts;
}

// Every row of a query as "a|b|NULL|..." lines.
inline std::vector<std::string> dumpRows(SQLite::Database& db, const std::string& sql) {
  SQLite::Statement query(db, sql);
  std::vector<std::string> rows;
  while (query.executeStep()) {
    std::string row;
    for (int column = 0; column < query.getColumnCount(); ++column) {
      if (column > 0) row += "|";
      row += query.getColumn(column).isNull() ? std::string("NULL") : query.getColumn(column).getString();
    }
    rows.push_back(row);
  }
  return rows;
}

// The catalogue's content, without load times and row ids that depend on
// load order.
inline std::vector<std::string> dumpCatalogue(const std::string& path) {
  SQLite::Database db = openCatalogueForReading(path);
  std::vector<std::string> all;
  auto add = [&](const std::string& label, const std::string& sql) {
    for (const std::string& row : dumpRows(db, sql)) all.push_back(label + ": " + row);
  };
  add("cable",
      "SELECT ref_id, ref_id_malformed, created, released, classification, origin, subject, "
      "summary, transmission_id, precedence, dtg, from_station, section_count, is_partial, decl, "
      "classified_by, signer, header, body, content_hash FROM cables_with_text ORDER BY ref_id");
  add("recipient",
      "SELECT c.ref_id, r.position, r.kind, r.routing_indicator, r.address, r.precedence, r.serial "
      "FROM recipients r JOIN cables c ON c.id = r.cable_id ORDER BY c.ref_id, r.position");
  add("exclusion",
      "SELECT c.ref_id, e.position, e.routing_indicator, e.address FROM exclusions e "
      "JOIN cables c ON c.id = e.cable_id ORDER BY c.ref_id, e.position");
  add("tag",
      "SELECT c.ref_id, ct.position, t.code, t.kind FROM cable_tags ct JOIN tags t ON t.id = ct.tag_id "
      "JOIN cables c ON c.id = ct.cable_id ORDER BY c.ref_id, ct.position");
  add("ref",
      "SELECT c.ref_id, r.position, r.letter, r.raw, r.ref_id, r.kind FROM refs r "
      "JOIN cables c ON c.id = r.cable_id ORDER BY c.ref_id, r.position");
  add("listed",
      "SELECT c.ref_id, l.position, l.ref_id FROM listed_refs l JOIN cables c ON c.id = l.cable_id "
      "ORDER BY c.ref_id, l.position");
  add("form",
      "SELECT c.ref_id, s.path, cs.locator, cs.format, cs.content_hash FROM cable_sources cs "
      "JOIN cables c ON c.id = cs.cable_id JOIN sources s ON s.id = cs.source_id "
      "ORDER BY c.ref_id, s.path, cs.locator");
  add("source", "SELECT path, format, size, cables_read, issues, fingerprint FROM sources ORDER BY path");
  add("issue",
      "SELECT s.path, i.path, i.locator, i.ref_id, i.severity, i.message FROM load_issues i "
      "LEFT JOIN sources s ON s.id = i.source_id ORDER BY 1, 2, 3, 4, 5, 6");
  add("setting", "SELECT key, value FROM catalogue_settings ORDER BY key");
  add("fts",
      "SELECT c.ref_id FROM cables_fts f JOIN cables c ON c.id = f.rowid "
      "WHERE cables_fts MATCH 'talks' ORDER BY c.ref_id");
  return all;
}

// Loads `cables` as one source file named `sourcePath`.
inline void loadCables(const std::string& catalogue, const std::vector<Cable>& cables,
                       const std::string& sourcePath, const std::string& format,
                       WriterOptions options = {}) {
  CatalogueWriter writer(catalogue, options);
  std::int64_t source = writer.beginSource(sourcePath, format);
  std::uint64_t line = 1;
  for (const Cable& cable : cables) {
    writer.write(cable, source, lineLocator(sourcePath, line), format);
    line += 10;
  }
  writer.endSource(source, 1000 + cables.size(), cables.size());
  writer.finish();
}

}  // namespace cablecat::test
