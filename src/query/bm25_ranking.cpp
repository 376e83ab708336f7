// bm25() reads each match's length (its docsize row) with a lookup
// statement: for "corruption" (27,500 matches) on the full archive that is
// about 25 of the search's 55 ms. A row's score only falls as its length
// grows, so the score it would have at length zero bounds it: a row whose
// bound is worse than the n-th best exact score seen so far cannot be among
// the n best, and is not looked up. The exact scores are computed as SQLite's
// fts5_aux.c computes them (same operations in the same order, the same
// doubles).
#include "bm25_ranking.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fts5_api.h"

namespace cablecat {

namespace {

// Computed once per query, like fts5_aux.c's Fts5Bm25Data.
struct QueryState {
  std::vector<double> idf;        // per phrase
  std::vector<double> frequency;  // per phrase, weighted, for the current row
  double average_length = 0.0;
  std::vector<double> best;  // max-heap of the n best (lowest) exact values so far
  std::optional<sqlite3_int64> last_remembered;  // rowid of the last exact value kept
};

int countRow(const Fts5ExtensionApi*, Fts5Context*, void* count) {
  ++*static_cast<sqlite3_int64*>(count);
  return SQLITE_OK;
}

int queryState(const Fts5ExtensionApi* api, Fts5Context* fts, QueryState*& state) {
  state = static_cast<QueryState*>(api->xGetAuxdata(fts, 0));
  if (state != nullptr) return SQLITE_OK;
  auto fresh = std::make_unique<QueryState>();
  sqlite3_int64 rows = 0;
  sqlite3_int64 tokens = 0;
  int rc = api->xRowCount(fts, &rows);
  if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
  if (rc != SQLITE_OK) return rc;
  fresh->average_length = static_cast<double>(tokens) / static_cast<double>(rows);
  int phrases = api->xPhraseCount(fts);
  for (int phrase = 0; phrase < phrases; ++phrase) {
    sqlite3_int64 hits = 0;
    rc = api->xQueryPhrase(fts, phrase, &hits, countRow);
    if (rc != SQLITE_OK) return rc;
    // Never negative: a word in more than half the rows still counts a little.
    double idf = std::log((static_cast<double>(rows - hits) + 0.5) / (static_cast<double>(hits) + 0.5));
    if (idf <= 0.0) idf = 1e-6;
    fresh->idf.push_back(idf);
  }
  fresh->frequency.assign(static_cast<std::size_t>(phrases), 0.0);
  // FTS5 deletes the state itself if it cannot keep it.
  QueryState* kept = fresh.release();
  rc = api->xSetAuxdata(fts, kept, [](void* data) { delete static_cast<QueryState*>(data); });
  if (rc == SQLITE_OK) state = kept;
  return rc;
}

// bm25's value (negated score: lower is better) for a row of `length` tokens.
double bm25Value(const QueryState& state, double length) {
  const double k1 = 1.2;
  const double b = 0.75;
  double score = 0.0;
  for (std::size_t phrase = 0; phrase < state.idf.size(); ++phrase) {
    double frequency = state.frequency[phrase];
    score += state.idf[phrase] * ((frequency * (k1 + 1.0)) /
                                  (frequency + k1 * (1 - b + b * length / state.average_length)));
  }
  return -1.0 * score;
}

// Keeps the `limit` lowest values in a max-heap.
void remember(std::vector<double>& best, std::size_t limit, double value) {
  if (best.size() < limit) {
    best.push_back(value);
    std::push_heap(best.begin(), best.end());
  } else if (value < best.front()) {
    std::pop_heap(best.begin(), best.end());
    best.back() = value;
    std::push_heap(best.begin(), best.end());
  }
}

// Arguments after the table: n (0 or less: every row exact), then the column
// weights as for bm25().
void rankBm25Top(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argumentCount,
                 sqlite3_value** arguments) {
  sqlite3_int64 limit = argumentCount > 0 ? sqlite3_value_int64(arguments[0]) : 0;
  int weightCount = std::max(0, argumentCount - 1);
  sqlite3_value** weights = arguments + 1;
  QueryState* state = nullptr;
  int rc = queryState(api, fts, state);
  int instances = 0;
  if (rc == SQLITE_OK) {
    std::fill(state->frequency.begin(), state->frequency.end(), 0.0);
    rc = api->xInstCount(fts, &instances);
  }
  for (int instance = 0; rc == SQLITE_OK && instance < instances; ++instance) {
    int phrase = 0, column = 0, offset = 0;
    rc = api->xInst(fts, instance, &phrase, &column, &offset);
    if (rc == SQLITE_OK)
      state->frequency[static_cast<std::size_t>(phrase)] +=
          weightCount > column ? sqlite3_value_double(weights[column]) : 1.0;
  }
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(context, rc);
    return;
  }
  auto kept = static_cast<std::size_t>(std::max<sqlite3_int64>(0, limit));
  // A negative weight would make a longer row score better: no bound then.
  bool falls = std::all_of(state->frequency.begin(), state->frequency.end(), [](double f) { return f >= 0.0; });
  if (kept > 0 && falls && state->best.size() == kept) {
    // Each step of the formula is monotone in the length, so the exact value
    // is never below this bound, rounding included; the margin is a spare.
    double bound = bm25Value(*state, 0.0);
    double worstKept = state->best.front();
    if (bound > worstKept + 1e-9 * std::fabs(worstKept)) {
      sqlite3_result_double(context, bound);
      return;
    }
  }
  int rowTokens = 0;
  rc = api->xColumnSize(fts, -1, &rowTokens);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(context, rc);
    return;
  }
  double value = bm25Value(*state, static_cast<double>(rowTokens));
  // A statement may call it twice for one row (two columns, or a WHERE on
  // it): a row counts once among the best, or the bar would rise too soon.
  sqlite3_int64 rowid = api->xRowid(fts);
  if (kept > 0 && state->last_remembered != rowid) {
    remember(state->best, kept, value);
    state->last_remembered = rowid;
  }
  sqlite3_result_double(context, value);
}

}  // namespace

bool registerBm25Top(sqlite3* db) {
  return registerFts5Function(db, kBm25TopFunction, rankBm25Top);
}

}  // namespace cablecat
