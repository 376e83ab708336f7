// FTS5 search: bm25 ranking with subject hits weighted above body hits.
#include "full_text_search.h"

#include "sql_runner.h"

namespace cablecat {

namespace {

// bm25 weights: a word in the subject says more than one in the body.
// Snippets come from any column (-1), about 12 tokens, newlines flattened.
// Two steps, because a snippet re-reads and re-tokenizes the whole cable:
// `best` ranks every match on the index alone, then only the rows shown get
// a snippet (one index seek each). In one step SQLite computed the snippet of
// every match before sorting: 250 ms for a common word on the full archive.
constexpr const char* kSearchSql = R"SQL(
WITH best AS (
  SELECT cables_fts.rowid AS id, bm25(cables_fts, 10.0, 3.0, 1.0) AS score, c.ref_id AS ref_id
  FROM cables_fts
  JOIN cables AS c ON c.id = cables_fts.rowid
  WHERE cables_fts MATCH ?1
  ORDER BY score, c.ref_id
  LIMIT ?4
)
SELECT c.ref_id,
       substr(c.created, 1, 10) AS created,
       c.subject,
       replace(replace(snippet(cables_fts, -1, ?2, ?3, '…', 12), char(13), ''), char(10), ' ') AS snippet
FROM best
CROSS JOIN cables_fts
CROSS JOIN cables AS c
WHERE cables_fts MATCH ?1 AND cables_fts.rowid = best.id AND c.id = best.id
ORDER BY best.score, best.ref_id
)SQL";

}  // namespace

void runSearch(SQLite::Database& db, const SearchRequest& request, ResultPrinter& printer) {
  runSql(db, kSearchSql, printer,
         {textValue(request.query), textValue(request.highlight_open), textValue(request.highlight_close),
          integerValue(request.limit)});
}

std::string joinSearchTerms(const std::vector<std::string>& terms) {
  std::string query;
  for (const std::string& term : terms) {
    if (!query.empty()) query += ' ';
    query += term;
  }
  return query;
}

long long indexedCableCount(SQLite::Database& db) {
  // cables_fts itself reads through to `cables` (external content); the
  // docsize shadow table has one row per document actually indexed.
  return db.execAndGet("SELECT count(*) FROM cables_fts_docsize").getInt64();
}

bool fullTextIndexIsStale(SQLite::Database& db) {
  // Older catalogues have no settings table: nothing marked, nothing stale.
  if (!db.tableExists("catalogue_settings")) return false;
  return db.execAndGet("SELECT count(*) FROM catalogue_settings WHERE key = 'fts_stale' AND value = '1'")
             .getInt() > 0;
}

}  // namespace cablecat
