// FTS5 search: ranking, snippets, FTS5 syntax passing through, bad queries.
#include <gtest/gtest.h>

#include "catalogue_fixture.h"
#include "query/full_text_search.h"
#include "query_test_support.h"

using namespace cablecat;
using namespace cablecat::testing;

class FullTextSearch : public ::testing::Test {
 protected:
  std::string search(const std::string& query, long long limit = 20) {
    std::ostringstream out;
    auto printer = makeResultPrinter(PrintOptions{OutputMode::Tsv, true}, out);
    SearchRequest request;
    request.query = query;
    request.limit = limit;
    runSearch(db, request, *printer);
    return out.str();
  }

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

TEST_F(FullTextSearch, TermsJoinWithSpaces) {
  EXPECT_EQ(joinSearchTerms({"oil", "AND", "subject:gabon"}), "oil AND subject:gabon");
  EXPECT_FALSE(fullTextIndexIsEmpty(db));
}
