// FTS5 search: bm25 ranking with subject hits weighted above body hits.
#include "full_text_search.h"

#include <string>

#include "bm25_ranking.h"
#include "snippet_function.h"
#include "sql_runner.h"

namespace cablecat {

namespace {

// bm25 weights: a word in the subject says more than one in the body.
// Snippets come from any column (-1), about 12 tokens, newlines flattened.
// Shaped for speed on the full archive, where a common word matches tens of
// thousands of cables: `scored` ranks every match on the index alone; only
// the matches scoring at least as well as the LIMIT-th (the shown rows plus
// their ties) are joined to `cables` for the ref_id tie-break, which costs a
// row read per match; only the rows shown get a snippet, which re-reads and
// re-tokenizes the whole cable. The result is that of the plain query
// "ORDER BY bm25, ref_id LIMIT n", which computed a snippet and read a row
// for every match (250 ms for "corruption" on the full archive).
// %SCORE% is cablecat_bm25_top (bm25_ranking.h): the same top rows and
// scores, but only the rows that can be among them pay for an exact score.
constexpr const char* kSearchSql = R"SQL(
WITH scored AS MATERIALIZED (
  SELECT rowid AS id, %SCORE% AS score
  FROM cables_fts
  WHERE cables_fts MATCH ?1
),
cutoff AS (
  SELECT max(score) AS score FROM (SELECT score FROM scored ORDER BY score LIMIT ?4)
),
best AS (
  SELECT s.id, s.score, c.ref_id
  FROM scored AS s
  JOIN cables AS c ON c.id = s.id
  WHERE s.score <= (SELECT score FROM cutoff)
  ORDER BY s.score, c.ref_id
  LIMIT ?4
)
SELECT c.ref_id,
       substr(c.created, 1, 10) AS created,
       c.subject,
       replace(replace(%SNIPPET%(cables_fts, -1, ?2, ?3, '…', 12), char(13), ''), char(10), ' ') AS snippet
FROM best
CROSS JOIN cables_fts
CROSS JOIN cables AS c
WHERE cables_fts MATCH ?1 AND cables_fts.rowid = best.id AND c.id = best.id
ORDER BY best.score, best.ref_id
)SQL";

}  // namespace

void runSearch(SQLite::Database& db, const SearchRequest& request, ResultPrinter& printer) {
  std::string sql = kSearchSql;
  std::string score = registerBm25Top(db.getHandle())
                          ? std::string(kBm25TopFunction) + "(cables_fts, ?4, 10.0, 3.0, 1.0)"
                          : "bm25(cables_fts, 10.0, 3.0, 1.0)";
  sql.replace(sql.find("%SCORE%"), 7, score);
  // snippet() costs the square of a cable's hits; cablecat_snippet gives the
  // same text in linear time (snippet_function.h).
  std::string snippet = registerSnippet(db.getHandle()) ? kSnippetFunction : "snippet";
  sql.replace(sql.find("%SNIPPET%"), 9, snippet);
  runSql(db, sql, printer,
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

bool fullTextIndexIsEmpty(SQLite::Database& db) {
  // cables_fts itself reads through to `cables` (external content); the
  // docsize shadow table has one row per document actually indexed. Not
  // count(*): that reads all 251k rows of the full archive, 3 ms a search.
  return db.execAndGet("SELECT NOT EXISTS (SELECT 1 FROM cables_fts_docsize)").getInt() != 0;
}

bool fullTextIndexIsStale(SQLite::Database& db) {
  // Older catalogues have no settings table: nothing marked, nothing stale.
  if (!db.tableExists("catalogue_settings")) return false;
  return db.execAndGet("SELECT count(*) FROM catalogue_settings WHERE key = 'fts_stale' AND value = '1'")
             .getInt() > 0;
}

}  // namespace cablecat
