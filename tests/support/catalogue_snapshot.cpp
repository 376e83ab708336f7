// Catalogue fingerprints for the "nothing changed" assertions.
#include "catalogue_snapshot.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <filesystem>

namespace cablecat::test {

std::string queryValue(const std::string& databasePath, const std::string& sql) {
  SQLite::Database db(databasePath, SQLite::OPEN_READONLY, 5000);
  SQLite::Statement statement(db, sql);
  if (!statement.executeStep() || statement.getColumn(0).isNull()) return "";
  return statement.getColumn(0).getString();
}

std::string catalogueSnapshot(const std::string& databasePath) {
  if (!std::filesystem::exists(databasePath)) return "";
  const char* queries[] = {
      "SELECT group_concat(name || '=' || n, ' ') FROM (SELECT 'cables' AS name, count(*) AS n FROM cables"
      " UNION ALL SELECT 'recipients', count(*) FROM recipients"
      " UNION ALL SELECT 'exclusions', count(*) FROM exclusions"
      " UNION ALL SELECT 'tags', count(*) FROM tags"
      " UNION ALL SELECT 'cable_tags', count(*) FROM cable_tags"
      " UNION ALL SELECT 'refs', count(*) FROM refs"
      " UNION ALL SELECT 'listed_refs', count(*) FROM listed_refs"
      " UNION ALL SELECT 'sources', count(*) FROM sources"
      " UNION ALL SELECT 'cable_sources', count(*) FROM cable_sources"
      " UNION ALL SELECT 'load_issues', count(*) FROM load_issues)",
      "SELECT group_concat(ref_id || ':' || content_hash || ':' || coalesce(subject, '') || ':' ||"
      " coalesce(created, ''), ' ') FROM (SELECT * FROM cables ORDER BY ref_id)",
      "SELECT group_concat(c.ref_id || r.position || r.address || coalesce(r.serial, ''), ' ') FROM"
      " (SELECT * FROM recipients ORDER BY cable_id, position) r JOIN cables c ON c.id = r.cable_id",
      "SELECT group_concat(c.ref_id || r.position || r.raw || coalesce(r.ref_id, ''), ' ') FROM"
      " (SELECT * FROM refs ORDER BY cable_id, position) r JOIN cables c ON c.id = r.cable_id",
      "SELECT group_concat(path || ':' || coalesce(locator, '') || ':' || message, ' ') FROM"
      " (SELECT * FROM load_issues ORDER BY id)"};
  std::string snapshot;
  for (const char* sql : queries) snapshot += queryValue(databasePath, sql) + "\n";
  return snapshot;
}

}  // namespace cablecat::test
