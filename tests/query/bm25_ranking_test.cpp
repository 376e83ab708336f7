// cablecat_bm25_top against FTS5's own bm25(): the same best rows and the same
// scores, on an index large enough that most rows get only a bound.
#include "query/bm25_ranking.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

using namespace cablecat;

namespace {

using Ranked = std::vector<std::pair<std::int64_t, double>>;

// Words w0..w199, the low ones far more common (as in real text); rows of 3
// to 600 tokens; every 40th row repeats an earlier one, so scores tie.
std::string words(std::uint64_t& seed, int count) {
  std::string text;
  for (int i = 0; i < count; ++i) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    auto draw = static_cast<double>(seed >> 11) / static_cast<double>(1ull << 53);
    if (!text.empty()) text += ' ';
    text += "w" + std::to_string(static_cast<int>(200.0 * draw * draw * draw));
  }
  return text;
}

class Bm25Top : public ::testing::Test {
 protected:
  Bm25Top() : db(":memory:", SQLite::OPEN_READWRITE) {
    db.exec("CREATE VIRTUAL TABLE cables_fts USING fts5(subject, summary, body)");
    SQLite::Statement insert(db, "INSERT INTO cables_fts (rowid, subject, summary, body) VALUES (?1, ?2, ?3, ?4)");
    std::vector<std::vector<std::string>> rows;
    std::uint64_t seed = 7;
    for (int row = 1; row <= 3000; ++row) {
      if (row % 40 == 0) {
        rows.push_back(rows[static_cast<std::size_t>(row / 3)]);
      } else {
        int length = 3 + static_cast<int>((seed >> 20) % 600);
        rows.push_back({words(seed, 6), words(seed, length / 10), words(seed, length)});
      }
      insert.bind(1, row);
      for (int column = 0; column < 3; ++column) insert.bind(column + 2, rows.back()[static_cast<std::size_t>(column)]);
      insert.exec();
      insert.reset();
    }
    EXPECT_TRUE(registerBm25Top(db.getHandle()));
  }

  Ranked ranked(const std::string& score, const std::string& query, long long limit) {
    SQLite::Statement select(db, "SELECT id, score FROM (SELECT rowid AS id, " + score +
                                     " AS score FROM cables_fts WHERE cables_fts MATCH ?1) "
                                     "ORDER BY score, id LIMIT ?2");
    select.bind(1, query);
    select.bind(2, static_cast<std::int64_t>(limit));
    Ranked rows;
    while (select.executeStep()) rows.emplace_back(select.getColumn(0).getInt64(), select.getColumn(1).getDouble());
    return rows;
  }

  SQLite::Database db;
};

const std::vector<std::string> kQueries = {"w1",       "w7",          "w150",       "w1 OR w2",
                                           "\"w1 w2\"", "subject:w3", "w1 NOT w2", "w2*",
                                           "NEAR(w1 w5, 10)", "w0 AND w4"};

}  // namespace

TEST_F(Bm25Top, BestRowsAndScoresAreBm25s) {
  for (const std::string& query : kQueries) {
    for (long long limit : {1, 3, 20, 100}) {
      Ranked expected = ranked("bm25(cables_fts, 10.0, 3.0, 1.0)", query, limit);
      ASSERT_FALSE(expected.empty()) << query;
      EXPECT_EQ(ranked("cablecat_bm25_top(cables_fts, " + std::to_string(limit) + ", 10.0, 3.0, 1.0)", query, limit),
                expected)
          << query << " limit " << limit;
    }
  }
}

TEST_F(Bm25Top, TiesAtTheLastPlaceAreKept) {
  // Rows 40, 80, ... repeat earlier rows: some queries' best scores tie.
  // Every row scoring as well as the n-th must still carry its exact score.
  int queriesWithTies = 0;
  for (const std::string& query : kQueries) {
    Ranked expected = ranked("bm25(cables_fts, 10.0, 3.0, 1.0)", query, 100000);
    Ranked top = ranked("cablecat_bm25_top(cables_fts, 20, 10.0, 3.0, 1.0)", query, 100000);
    ASSERT_EQ(top.size(), expected.size());
    std::size_t last = std::min<std::size_t>(20, expected.size()) - 1;
    std::size_t kept = last;
    while (kept + 1 < expected.size() && expected[kept + 1].second == expected[last].second) ++kept;
    if (kept > last || (last > 0 && expected[last - 1].second == expected[last].second)) ++queriesWithTies;
    EXPECT_EQ(Ranked(top.begin(), top.begin() + static_cast<long>(kept + 1)),
              Ranked(expected.begin(), expected.begin() + static_cast<long>(kept + 1)))
        << query;
  }
  EXPECT_GT(queriesWithTies, 0) << "the fixture should make some scores tie";
}

TEST_F(Bm25Top, OtherRowsGetABoundBelowTheirScoreAndMostAreSkipped) {
  SQLite::Statement select(db, "SELECT bm25(cables_fts, 10.0, 3.0, 1.0), "
                               "cablecat_bm25_top(cables_fts, 3, 10.0, 3.0, 1.0), "
                               "cablecat_bm25_top(cables_fts, 0, 10.0, 3.0, 1.0) "
                               "FROM cables_fts WHERE cables_fts MATCH 'w20'");
  int rows = 0, bounded = 0;
  while (select.executeStep()) {
    double exact = select.getColumn(0).getDouble();
    double top = select.getColumn(1).getDouble();
    EXPECT_LE(top, exact);
    EXPECT_EQ(select.getColumn(2).getDouble(), exact) << "n = 0: every row exact";
    ++rows;
    if (top != exact) ++bounded;
  }
  EXPECT_GT(rows, 1000);
  EXPECT_GT(bounded, rows / 2) << "the bound should spare most rows their length lookup";
}

TEST_F(Bm25Top, WithoutWeightsOrWithNegativeOnesItStillAgrees) {
  EXPECT_EQ(ranked("cablecat_bm25_top(cables_fts, 5)", "w1", 5), ranked("bm25(cables_fts)", "w1", 5));
  // A negative weight makes longer rows score better: no bound may be used.
  EXPECT_EQ(ranked("cablecat_bm25_top(cables_fts, 5, -1.0, 2.0, 1.0)", "w1 OR w3", 5),
            ranked("bm25(cables_fts, -1.0, 2.0, 1.0)", "w1 OR w3", 5));
}

TEST_F(Bm25Top, TwoCallsForOneRowCountItOnce) {
  // Both columns share the function's state for the query: were each call
  // counted, the bar for a bound would rise twice as fast and best rows lost.
  for (long long limit : {3, 20}) {
    std::string top = "cablecat_bm25_top(cables_fts, " + std::to_string(limit) + ", 10.0, 3.0, 1.0)";
    SQLite::Statement select(db, "SELECT id, a, b FROM (SELECT rowid AS id, " + top + " AS a, " + top +
                                     " AS b FROM cables_fts WHERE cables_fts MATCH 'w20') ORDER BY a, id LIMIT ?1");
    select.bind(1, static_cast<std::int64_t>(limit));
    Ranked rows;
    while (select.executeStep()) {
      rows.emplace_back(select.getColumn(0).getInt64(), select.getColumn(1).getDouble());
      EXPECT_EQ(select.getColumn(2).getDouble(), rows.back().second);
    }
    EXPECT_EQ(rows, ranked("bm25(cables_fts, 10.0, 3.0, 1.0)", "w20", limit)) << "limit " << limit;
  }
}

TEST_F(Bm25Top, RegisteringAgainIsHarmless) {
  EXPECT_TRUE(registerBm25Top(db.getHandle()));
  EXPECT_EQ(ranked("cablecat_bm25_top(cables_fts, 3)", "w7", 3), ranked("bm25(cables_fts)", "w7", 3));
}
