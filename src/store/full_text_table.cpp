// Whole-index statements on cables_fts.
#include "full_text_table.h"

#include <stdexcept>
#include <string_view>

#include "catalogue_file.h"

namespace cablecat {

namespace {

constexpr const char* kFtsStaleKey = "fts_stale";

}  // namespace

std::string fullTextTableDefinition() {
  constexpr std::string_view kStart = "CREATE VIRTUAL TABLE cables_fts ";
  std::string_view definition;
  for (const EmbeddedFile& file : schemaFiles()) {
    std::size_t start = file.content.find(kStart);
    if (start == std::string_view::npos) continue;
    std::size_t end = file.content.find(';', start);
    definition = file.content.substr(start, end - start);  // a later file's wins
  }
  if (definition.empty()) throw std::logic_error("schema/ defines no cables_fts table");
  return std::string(definition);
}

bool isFullTextStale(SQLite::Database& db) {
  return db.execAndGet(std::string("SELECT EXISTS (SELECT 1 FROM catalogue_settings WHERE key = '") +
                       kFtsStaleKey + "')")
             .getInt() == 1;
}

void markFullTextStale(SQLite::Database& db) {
  db.exec("INSERT INTO cables_fts (cables_fts) VALUES ('delete-all')");
  db.exec(std::string("INSERT OR REPLACE INTO catalogue_settings (key, value) VALUES ('") +
          kFtsStaleKey + "', '1')");
}

void rebuildFullText(SQLite::Database& db) {
  // A big in-memory hash makes FTS5 write far fewer, larger segments; the
  // default is restored so later small loads do not hold that much memory.
  db.exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('hashsize', 268435456)");
  db.exec("INSERT INTO cables_fts (cables_fts) VALUES ('rebuild')");
  db.exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('hashsize', 1048576)");
  db.exec(std::string("DELETE FROM catalogue_settings WHERE key = '") + kFtsStaleKey + "'");
}

}  // namespace cablecat
