// Reference-ID lookups and ranked full-text hits merged into one list.
#include "cable_search.h"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cstdint>

#include "result_printer.h"
#include "sql_runner.h"

namespace cablecat {

namespace {

// Keeps the rows runSearch prints: ref_id, created, subject, snippet.
class HitCollector : public ResultPrinter {
 public:
  explicit HitCollector(std::vector<std::vector<SqlValue>>& rows) : rows_(rows) {}
  void begin(const std::vector<std::string>&) override {}
  void row(const std::vector<SqlValue>& values) override { rows_.push_back(values); }
  void end() override {}

 private:
  std::vector<std::vector<SqlValue>>& rows_;
};

SqlValue optionalText(SQLite::Statement& statement, int column) {
  if (statement.getColumn(column).isNull()) return SqlValue{};
  return textValue(statement.getColumn(column).getString());
}

// The cable a typed ID names, as a hit whose snippet is that ID marked as a
// full-text hit is; rowid 0 when there is none.
std::pair<long long, std::vector<SqlValue>> referenceIdHit(SQLite::Database& db, const std::string& id,
                                                           const SearchRequest& request) {
  // Two indexed lookups (ref_id is UNIQUE; published_ref_id has its index).
  SQLite::Statement lookup(db,
                           "SELECT id, ref_id, substr(created, 1, 10), subject FROM cables WHERE ref_id = ?1 "
                           "UNION ALL SELECT id, ref_id, substr(created, 1, 10), subject FROM cables "
                           "WHERE published_ref_id = ?1 LIMIT 1");
  lookup.bind(1, id);
  if (!lookup.executeStep()) return {0, {}};
  return {lookup.getColumn(0).getInt64(),
          {textValue(lookup.getColumn(1).getString()), optionalText(lookup, 2), optionalText(lookup, 3),
           textValue("reference ID " + request.highlight_open + id + request.highlight_close)}};
}

long long fullTextMatches(SQLite::Database& db, const std::string& query) {
  // Counted apart from the ranking: 3 ms for "corruption" (27,900 cables of
  // the full archive), 10 ms for "government" (151,000).
  SQLite::Statement count(db, "SELECT count(*) FROM cables_fts WHERE cables_fts MATCH ?1");
  count.bind(1, query);
  count.executeStep();
  return count.getColumn(0).getInt64();
}

bool fullTextMatchesCable(SQLite::Database& db, const std::string& query, long long cableId) {
  SQLite::Statement match(db, "SELECT 1 FROM cables_fts WHERE cables_fts MATCH ?1 AND rowid = ?2");
  match.bind(1, query);
  match.bind(2, static_cast<std::int64_t>(cableId));
  return match.executeStep();
}

}  // namespace

CableSearchResults searchCables(SQLite::Database& db, const CableSearch& search) {
  CableSearchResults results;
  results.columns = {"rank", "ref_id", "created", "subject", "snippet"};
  const SearchRequest& fullText = search.full_text;
  std::vector<std::vector<SqlValue>> hits;
  std::vector<std::string> foundIds;
  for (const std::string& id : search.reference_ids) {
    auto [cableId, hit] = referenceIdHit(db, id, fullText);
    if (cableId == 0 || std::find(foundIds.begin(), foundIds.end(), hit[0].text) != foundIds.end()) continue;
    foundIds.push_back(hit[0].text);
    hits.push_back(std::move(hit));
    bool countedBelow = !fullText.query.empty() && fullTextMatchesCable(db, fullText.query, cableId);
    if (!countedBelow) ++results.total;
  }
  if (!fullText.query.empty()) {
    std::vector<std::vector<SqlValue>> ranked;
    HitCollector collector(ranked);
    runSearch(db, fullText, collector);
    for (auto& hit : ranked)
      if (std::find(foundIds.begin(), foundIds.end(), hit[0].text) == foundIds.end()) hits.push_back(std::move(hit));
    results.total += fullTextMatches(db, fullText.query);
  }
  if (hits.size() > static_cast<std::size_t>(fullText.limit)) hits.resize(static_cast<std::size_t>(fullText.limit));
  for (std::size_t i = 0; i < hits.size(); ++i) {
    hits[i].insert(hits[i].begin(), integerValue(static_cast<long long>(i + 1)));
    results.rows.push_back(std::move(hits[i]));
  }
  return results;
}

}  // namespace cablecat
