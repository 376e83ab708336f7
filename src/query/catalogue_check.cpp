// The checks behind `cablecat check`. Each warning is one SQL query whose
// rows are the suspicious items, so users can run it themselves.
#include "catalogue_check.h"

#include <SQLiteCpp/Statement.h>

#include <set>
#include <string_view>

#include "full_text_drift.h"

namespace cablecat {

namespace {

constexpr int kExamples = 5;

struct WarningQuery {
  const char* description;
  const char* sql;  // one text column: the item to show
  const char* needs_table = nullptr;  // skipped in catalogues older than this table
};

// A reference ID is YY + station letters + serial without leading zeros.
#define CABLECAT_WELL_FORMED(id)                                                        \
  "(substr(" id ", 1, 2) GLOB '[0-9][0-9]'"                                               \
  " AND rtrim(substr(" id ", 3), '0123456789') <> ''"                                    \
  " AND rtrim(substr(" id ", 3), '0123456789') NOT GLOB '*[^A-Z]*'"                      \
  " AND substr(" id ", 3 + length(rtrim(substr(" id ", 3), '0123456789'))) GLOB '[1-9]*')"

const WarningQuery kWarningQueries[] = {
    {"cables without recipients (no TO/INFO parsed)",
     "SELECT ref_id FROM cables AS c WHERE NOT EXISTS "
     "(SELECT 1 FROM recipients AS r WHERE r.cable_id = c.id) ORDER BY ref_id"},
    {"cable references without a reference ID",
     "SELECT c.ref_id || ' ' || coalesce(r.letter, '-') || ': ' || r.raw FROM refs AS r "
     "JOIN cables AS c ON c.id = r.cable_id WHERE r.kind = 'cable' AND r.ref_id IS NULL "
     "ORDER BY c.ref_id, r.position"},
    {"cable references to a station no cable in the catalogue comes from",
     "WITH stations AS (SELECT DISTINCT rtrim(substr(ref_id, 3), '0123456789') AS station "
     "FROM cables WHERE ref_id_malformed = 0) "
     "SELECT c.ref_id || ' cites ' || r.ref_id FROM refs AS r JOIN cables AS c ON c.id = r.cable_id "
     "WHERE r.kind = 'cable' AND r.ref_id IS NOT NULL "
     "AND rtrim(substr(r.ref_id, 3), '0123456789') NOT IN (SELECT station FROM stations) "
     "ORDER BY c.ref_id, r.position"},
    {"tags whose code does not fit their kind",
     "SELECT code || ' (' || kind || ')' FROM tags WHERE "
     "kind NOT IN ('geo', 'program', 'subject', 'person', 'org') "
     "OR (kind = 'geo' AND code NOT GLOB '[A-Z][A-Z]') "
     "OR (kind = 'subject' AND code NOT GLOB '[A-Z][A-Z][A-Z][A-Z]') "
     "OR (kind = 'program' AND code NOT GLOB 'K[A-Z]*') "
     "OR (kind = 'person' AND code NOT LIKE '%,%') ORDER BY code"},
    {"cables with a malformed reference ID",
     "SELECT ref_id FROM cables WHERE ref_id_malformed <> 0 OR NOT " CABLECAT_WELL_FORMED("ref_id")
     " ORDER BY ref_id"},
    {"references with a malformed cable ID",
     "SELECT c.ref_id || ' cites ' || r.ref_id FROM refs AS r JOIN cables AS c ON c.id = r.cable_id "
     "WHERE r.ref_id IS NOT NULL AND NOT " CABLECAT_WELL_FORMED("r.ref_id") " ORDER BY c.ref_id, r.position"},
    {"cables without their text (no row in cable_texts: show and search have no header or body for them)",
     "SELECT ref_id FROM cables AS c WHERE NOT EXISTS "
     "(SELECT 1 FROM cable_texts AS t WHERE t.cable_id = c.id) ORDER BY ref_id",
     "cable_texts"},
    {"cables missing from the full-text index (search will not find them)",
     "SELECT ref_id FROM cables WHERE id NOT IN (SELECT id FROM cables_fts_docsize) ORDER BY ref_id"},
    {"full-text index entries for cables that no longer exist",
     "SELECT 'rowid ' || id FROM cables_fts_docsize WHERE id NOT IN (SELECT id FROM cables) ORDER BY id"},
    {"full-text index out of date (a load ran with --no-fts; the next load without it rebuilds the index)",
     "SELECT 'catalogue_settings.fts_stale' FROM catalogue_settings WHERE key = 'fts_stale' AND value = '1'"},
    {"cables whose text changed since it was indexed (search finds them by their old words; "
     "INSERT INTO cables_fts (cables_fts) VALUES ('rebuild') repairs it)",
     "SELECT ref_id FROM temp.drifted_cables ORDER BY ref_id"},
    {"load errors recorded in load_issues",
     "SELECT path || coalesce(' ' || locator, '') || ': ' || message FROM load_issues "
     "WHERE severity = 'error' ORDER BY id"},
};

#undef CABLECAT_WELL_FORMED

CheckFinding runWarning(SQLite::Database& db, const WarningQuery& query) {
  CheckFinding finding;
  finding.description = query.description;
  finding.count = db.execAndGet(std::string("SELECT count(*) FROM (") + query.sql + ")").getInt64();
  SQLite::Statement examples(db, std::string(query.sql) + " LIMIT " + std::to_string(kExamples));
  while (examples.executeStep()) finding.examples.push_back(examples.getColumn(0).getString());
  return finding;
}

// SQLite 3.40's integrity_check reports "NULL value in T.C" for every row of
// a WITHOUT ROWID table whose primary key is not its leading columns
// (cable_tags), although no value is NULL. Such a line is kept only when a
// NULL is really there.
bool isFalseNullReport(SQLite::Database& db, const std::string& line) {
  constexpr std::string_view kPrefix = "NULL value in ";
  if (!line.starts_with(kPrefix)) return false;
  std::string qualified = line.substr(kPrefix.size());
  std::size_t dot = qualified.find('.');
  if (dot == std::string::npos) return false;
  std::string table = qualified.substr(0, dot), column = qualified.substr(dot + 1);
  SQLite::Statement known(db, "SELECT count(*) FROM pragma_table_info(?) WHERE name = ?");
  known.bind(1, table);
  known.bind(2, column);
  if (!known.executeStep() || known.getColumn(0).getInt() != 1) return false;
  std::string sql = "SELECT count(*) FROM \"" + table + "\" WHERE \"" + column + "\" IS NULL";
  return db.execAndGet(sql).getInt64() == 0;
}

}  // namespace

CheckResult checkCatalogue(SQLite::Database& db, bool quick) {
  CheckResult result;
  if (quick) result.integrity_pragma = "quick_check";
  SQLite::Statement integrity(db, "PRAGMA " + result.integrity_pragma);
  std::set<std::string> seen;
  while (integrity.executeStep()) {
    std::string line = integrity.getColumn(0).getString();
    if (line == "ok" || !seen.insert(line).second) continue;
    if (!isFalseNullReport(db, line)) result.integrity_problems.push_back(line);
  }
  SQLite::Statement foreignKeys(db, "PRAGMA foreign_key_check");
  while (foreignKeys.executeStep()) {
    // rowid is NULL for WITHOUT ROWID tables (recipients, refs, ...).
    std::string where = foreignKeys.getColumn(0).getString();
    if (!foreignKeys.getColumn(1).isNull()) where += " rowid " + foreignKeys.getColumn(1).getString();
    result.foreign_key_problems.push_back(where + ": references a missing " + foreignKeys.getColumn(2).getString() +
                                          " row");
  }
  // Tokenizes every cable's text again, once (a temp table is the
  // connection's scratch, not the catalogue): only the full check does.
  bool compareText = !quick && registerFullTextLengths(db.getHandle());
  if (compareText)
    db.exec(std::string("CREATE TEMP TABLE IF NOT EXISTS drifted_cables AS "
                        "SELECT c.ref_id FROM cables_fts JOIN cables AS c ON c.id = cables_fts.rowid "
                        "JOIN cables_fts_docsize AS d ON d.id = cables_fts.rowid WHERE ") +
            kFullTextLengthsFunction + "(cables_fts) <> d.sz AND NOT EXISTS "
            "(SELECT 1 FROM catalogue_settings WHERE key = 'fts_stale' AND value = '1')");
  for (const WarningQuery& query : kWarningQueries) {
    if (std::string_view(query.sql).find("drifted_cables") != std::string_view::npos && !compareText)
      continue;
    if (query.needs_table && !db.tableExists(query.needs_table)) continue;
    CheckFinding finding = runWarning(db, query);
    if (finding.count > 0) result.warnings.push_back(std::move(finding));
  }
  return result;
}

std::string checkResultText(const CheckResult& result) {
  std::string text;
  auto problems = [&](const char* name, const std::vector<std::string>& found) {
    text += std::string(name) + (found.empty() ? " ok\n" : " FAILED\n");
    for (const std::string& problem : found) text += "  " + problem + "\n";
  };
  problems(result.integrity_pragma.c_str(), result.integrity_problems);
  problems("foreign_key_check", result.foreign_key_problems);
  for (const CheckFinding& warning : result.warnings) {
    text += "warning: " + warning.description + ": " + std::to_string(warning.count) + " (";
    for (std::size_t i = 0; i < warning.examples.size(); ++i) {
      if (i > 0) text += ", ";
      text += warning.examples[i];
    }
    long long more = warning.count - static_cast<long long>(warning.examples.size());
    if (more > 0) text += ", and " + std::to_string(more) + " more";
    text += ")\n";
  }
  std::string warnings = std::to_string(result.warnings.size()) + (result.warnings.size() == 1 ? " kind" : " kinds") +
                         " of suspicious parse";
  if (result.integrityPassed())
    text += "check passed: integrity ok; " + warnings + "\n";
  else
    text += "check FAILED: the database is damaged; " + warnings + "\n";
  return text;
}

}  // namespace cablecat
