// FTS5 search: ranking, snippets, FTS5 syntax passing through, bad queries.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "catalogue_fixture.h"
#include "query/full_text_search.h"
#include "query_test_support.h"

#include "support/whole_cable_rows.h"

using namespace cablecat;
using namespace cablecat::test;

namespace {

// What `cablecat search --mode tsv --limit LIMIT QUERY` prints.
std::string searchTsv(SQLite::Database& db, const std::string& query, long long limit) {
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{OutputMode::Tsv, true}, out);
  SearchRequest request;
  request.query = query;
  request.limit = limit;
  runSearch(db, request, *printer);
  return out.str();
}

}  // namespace

class FullTextSearch : public ::testing::Test {
 protected:
  std::string search(const std::string& query, long long limit = 20) { return searchTsv(db, query, limit); }

  FixtureCatalogue catalogue;
  SQLite::Database db = openCatalogueForReading(catalogue.path());
};

TEST_F(FullTextSearch, SubjectHitsRankAboveBodyHitsAndSnippetComesFromBestColumn) {
  // Both cables have "pipeline" in subject and body; the shorter cable ranks
  // first. The snippet shows the body, where the subject column says no more.
  EXPECT_EQ(search("pipeline"),
            "ref_id\tcreated\tsubject\tsnippet\n"
            "08STATE5000\t2008-01-20\tDEMARCHE ON CASPIAN PIPELINE\t"
            "…Embassy should deliver the points on the [pipeline] and oil transit. RICE\n"
            "07ASTANA1558\t2007-06-12\tKAZAKHSTAN: OIL PIPELINE TALKS STALL\t"
            "1. (C) Talks on the Caspian oil [pipeline] stalled again over tariffs…\n");
}

TEST_F(FullTextSearch, SnippetFlattensNewlinesAndMarksCutsWithEllipsis) {
  // The signer stands on its own line in the body: the snippet keeps one line.
  EXPECT_EQ(search("ordway"),
            "ref_id\tcreated\tsubject\tsnippet\n"
            "07ASTANA1558\t2007-06-12\tKAZAKHSTAN: OIL PIPELINE TALKS STALL\t"
            "…C) Talks on the Caspian oil pipeline stalled again over tariffs. [ORDWAY]\n"
            "07ASTANA2327\t2007-08-27\tKAZAKHSTAN: ELECTION COMMISSION PREPARES FOR PARLIAMENTARY VOTE\t"
            "…Observers from the OSCE arrived in Astana to watch the election. [ORDWAY]\n");
}

TEST_F(FullTextSearch, PhraseQuery) {
  EXPECT_EQ(search("\"gas prices\""),
            "ref_id\tcreated\tsubject\tsnippet\n"
            "08ALMATY123\t2008-01-15\tNAZARBAYEV MEETS RUSSIAN ENVOY ON GAS PRICES\t"
            "1. (S/NF) The president discussed [gas prices] with the Russian envoy…\n");
}

TEST_F(FullTextSearch, ColumnFilterAndPrefix) {
  EXPECT_EQ(search("summary:ready"),
            "ref_id\tcreated\tsubject\tsnippet\n"
            "07ASTANA2327\t2007-08-27\tKAZAKHSTAN: ELECTION COMMISSION PREPARES FOR PARLIAMENTARY VOTE\t"
            "The Central Election Commission says it is [ready] for the August 18…\n");
  EXPECT_EQ(search("subject:vot*"),
            "ref_id\tcreated\tsubject\tsnippet\n"
            "07ASTANA2327\t2007-08-27\tKAZAKHSTAN: ELECTION COMMISSION PREPARES FOR PARLIAMENTARY VOTE\t"
            "KAZAKHSTAN: ELECTION COMMISSION PREPARES FOR PARLIAMENTARY [VOTE]\n");
}

TEST_F(FullTextSearch, NearAndLimit) {
  EXPECT_EQ(search("NEAR(oil pipeline, 3)", 1),
            "ref_id\tcreated\tsubject\tsnippet\n"
            "07ASTANA1558\t2007-06-12\tKAZAKHSTAN: OIL PIPELINE TALKS STALL\t"
            "1. (C) Talks on the Caspian [oil] [pipeline] stalled again over tariffs…\n");
}

TEST_F(FullTextSearch, NoHitPrintsOnlyTheHeader) {
  EXPECT_EQ(search("zanzibar"), "ref_id\tcreated\tsubject\tsnippet\n");
}

TEST_F(FullTextSearch, MalformedQueryThrowsFts5Message) {
  try {
    search("\"unterminated");
    FAIL() << "no error";
  } catch (const SqlError& error) {
    EXPECT_STREQ(error.what(), "unterminated string");
  }
  EXPECT_THROW(search("nosuchcolumn:word"), SqlError);
}

// The search SQL ranks with a bound for most rows (bm25_ranking.h); on an
// index large enough for the bound to work it must print what the plain query
// it stands for prints, ties broken by ref_id included.
TEST(FullTextSearchAtScale, PrintsWhatThePlainBm25QueryPrints) {
  std::string path = temporaryPath("search-scale.db");
  {
    SQLite::Database db = openCatalogueForWriting(path);
    SQLite::Transaction transaction(db);
    acceptWholeCableRows(db);
    SQLite::Statement cable(db, "INSERT INTO cables_with_text (id, ref_id, created, subject, summary, body, content_hash) "
                                "VALUES (?1, ?2, '2009-01-01T00:00', ?3, ?4, ?5, 'h')");
    SQLite::Statement indexed(db, "INSERT INTO cables_fts (rowid, subject, summary, body) VALUES (?1, ?2, ?3, ?4)");
    const char* words[] = {"oil", "gas", "election", "pipeline", "tariff", "envoy", "visit", "embassy"};
    for (int id = 1; id <= 1500; ++id) {
      // Every 7th cable repeats the text of the one before it: equal scores.
      int text = id % 7 == 0 ? id - 1 : id;
      std::string subject = std::string("SUBJECT ") + words[text % 8] + " " + words[text / 8 % 8];
      std::string body;
      for (int word = 0; word < 5 + text % 97; ++word) body += std::string(words[(text * 31 + word * word) % 8]) + " ";
      std::string summary = text % 3 == 0 ? std::string("Summary: ") + words[text / 3 % 8] : "";
      cable.bind(1, id);
      cable.bind(2, "09TEST" + std::to_string(100000 - id));
      cable.bind(3, subject);
      if (summary.empty()) cable.bind(4); else cable.bind(4, summary);
      cable.bind(5, body);
      cable.exec();
      cable.reset();
      indexed.bind(1, id);
      indexed.bind(2, subject);
      if (summary.empty()) indexed.bind(3); else indexed.bind(3, summary);
      indexed.bind(4, body);
      indexed.exec();
      indexed.reset();
    }
    transaction.commit();
  }
  SQLite::Database db = openCatalogueForReading(path);
  const std::string plain =
      "SELECT c.ref_id, substr(c.created, 1, 10) AS created, c.subject, "
      "replace(replace(snippet(cables_fts, -1, '[', ']', '…', 12), char(13), ''), char(10), ' ') AS snippet "
      "FROM cables_fts JOIN cables AS c ON c.id = cables_fts.rowid WHERE cables_fts MATCH ?1 "
      "ORDER BY bm25(cables_fts, 10.0, 3.0, 1.0), c.ref_id LIMIT ?2";
  for (const std::string query : {"oil", "gas OR tariff", "subject:pipeline", "\"oil gas\"", "emb*"}) {
    for (long long limit : {1, 7, 20}) {
      std::ostringstream expected;
      auto expectedPrinter = makeResultPrinter(PrintOptions{OutputMode::Tsv, true}, expected);
      runSql(db, plain, *expectedPrinter, {textValue(query), integerValue(limit)});
      std::string lines = searchTsv(db, query, limit);
      EXPECT_EQ(lines, expected.str()) << query << " limit " << limit;
      EXPECT_EQ(std::count(lines.begin(), lines.end(), '\n'), limit + 1) << query;
    }
  }
  std::filesystem::remove(path);
}

TEST_F(FullTextSearch, TermsJoinWithSpaces) {
  EXPECT_EQ(joinSearchTerms({"oil", "AND", "subject:gabon"}), "oil AND subject:gabon");
  EXPECT_FALSE(fullTextIndexIsEmpty(db));
}
