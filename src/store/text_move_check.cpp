// The check before schema 9 (schema/009_cable_texts.sql) copies `cables`
// into a table without header and body and drops the old one. A user's view
// of `cables` stops that copy with SQLite's own message; a column, an index
// or a trigger would go silently, so they are refused here.
#include "text_move_check.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <vector>

#include "catalogue_errors.h"

namespace cablecat {

namespace {

// The columns and indexes schemas 1 to 8 give `cables`.
constexpr const char* kKnownColumns =
    "'id', 'ref_id', 'ref_id_malformed', 'created', 'released', 'classification', 'origin', "
    "'subject', 'summary', 'transmission_id', 'precedence', 'dtg', 'from_station', "
    "'section_count', 'is_partial', 'decl', 'classified_by', 'signer', 'header', 'body', "
    "'content_hash', 'published_ref_id'";
constexpr const char* kKnownIndexes =
    "'sqlite_autoindex_cables_1', 'cables_created', 'cables_origin', 'cables_classification', "
    "'cables_year', 'cables_month', 'cables_precedence', 'cables_published_ref_id'";

std::vector<std::string> userAdditions(SQLite::Database& db) {
  SQLite::Statement unknown(db, std::string(R"SQL(
    SELECT 'column ' || name FROM pragma_table_info('cables') WHERE name NOT IN ()SQL") + kKnownColumns + R"SQL()
    UNION ALL
    SELECT type || ' ' || name FROM sqlite_schema
    WHERE tbl_name = 'cables' AND (type = 'trigger' OR (type = 'index' AND name NOT IN ()SQL" + kKnownIndexes + R"SQL()))
  )SQL");
  std::vector<std::string> found;
  while (unknown.executeStep()) found.push_back(unknown.getColumn(0).getString());
  return found;
}

}  // namespace

void refuseToDropUserAdditionsToCables(SQLite::Database& db, const std::string& path) {
  std::vector<std::string> found = userAdditions(db);
  if (found.empty()) return;
  std::string named = fmt::format("{}", fmt::join(found, ", "));
  throw CatalogueError(path + ": cannot move the text out of `cables` into cable_texts (schema 9): that "
                       "rebuilds `cables`, which would lose what was added to it: " + named +
                       ". Copy what you need elsewhere, drop them and load again (nothing was changed)");
}

}  // namespace cablecat
