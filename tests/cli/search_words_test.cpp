// `cablecat search` with the words people type: punctuation, operators as
// words, reference IDs; --fts for FTS5 syntax; rank and the total.
#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>

#include <sstream>

#include "query/catalogue_fixture.h"
#include "support/command_runner.h"
#include "support/whole_cable_rows.h"

using namespace cablecat::test;

namespace {

class SearchWords : public ::testing::Test {
 protected:
  void SetUp() override {
    SQLite::Database db = cablecat::openCatalogueForWriting(path_);
    acceptWholeCableRows(db);
    db.exec(R"SQL(
      INSERT INTO cables_with_text (id, ref_id, published_ref_id, created, subject, body, content_hash) VALUES
        (1, '07ASTANA2315', NULL, '2007-08-26T10:00', 'KAZAKHSTAN ECONOMIC UPDATE',
         'Kashagan oil field talks; the U.S. embassy attended.', 'h1'),
        (2, '08MANAMA492', '08ECTION01OF02MANAMA492', '2008-05-01T09:00', 'BAHRAIN: AL-QAIDA FINANCIERS',
         'Treasury designated al-Qaida financiers in the Gulf.', 'h2'),
        (3, '09TRIPOLI37', NULL, '2009-01-21T08:00', 'QADHAFI''S CROWN TARNISHED',
         'Muammar al-Qadhafi''s campaign stalled. See 07ASTANA2315 for oil.', 'h3'),
        (4, '09TRIPOLI38', NULL, '2009-01-22T08:00', 'LIBYA: OIL OR GAS',
         'Oil or gas: not both. The embassy of the U.S. was closed.', 'h4');
      INSERT INTO cables_fts (cables_fts) VALUES ('rebuild');)SQL");
  }
  void TearDown() override { std::filesystem::remove(path_); }

  CommandResult search(std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"search", "--db", path_, "--mode", "tsv", "--no-headers"});
    return runCablecat(arguments);
  }

  // The ref_id column of each row.
  static std::string refIds(const CommandResult& result) {
    std::istringstream lines(result.out);
    std::string ids, line;
    while (std::getline(lines, line)) {
      std::istringstream cells(line);
      std::string rank, refId;
      std::getline(cells, rank, '\t');
      std::getline(cells, refId, '\t');
      ids += (ids.empty() ? "" : " ") + refId;
    }
    return ids;
  }

  std::string path_ = temporaryPath("search-words");
};

}  // namespace

TEST_F(SearchWords, WordsWithPunctuationAreSearchedAsWords) {
  EXPECT_EQ(refIds(search({"al-Qaida"})), "08MANAMA492");
  EXPECT_EQ(refIds(search({"Qadhafi's"})), "09TRIPOLI37");
  CommandResult twoWords = search({"U.S.", "embassy"});
  EXPECT_EQ(twoWords.exit_code, 0) << twoWords.err;
  EXPECT_EQ(refIds(twoWords), "07ASTANA2315 09TRIPOLI38");
  EXPECT_EQ(refIds(search({"U.S. embassy"})), "07ASTANA2315 09TRIPOLI38");
  EXPECT_EQ(twoWords.err, "2 matching cables\n");
}

TEST_F(SearchWords, OperatorsAndColumnNamesAreWordsToo) {
  EXPECT_EQ(refIds(search({"oil", "OR", "gas"})), "09TRIPOLI38");  // all three words, "or" included
  EXPECT_EQ(refIds(search({"\"U.S. embassy\""})), "07ASTANA2315");  // a phrase stays a phrase
  EXPECT_EQ(refIds(search({"qadhaf*"})), "09TRIPOLI37");
}

TEST_F(SearchWords, FtsPassesFts5SyntaxThrough) {
  EXPECT_EQ(refIds(search({"--fts", "subject:oil OR al*"})), "09TRIPOLI38 08MANAMA492 09TRIPOLI37");
  CommandResult raw = search({"--fts", "al-Qaida"});
  EXPECT_EQ(raw.exit_code, 1);
  EXPECT_NE(raw.err.find("no such column: Qaida"), std::string::npos) << raw.err;
}

TEST_F(SearchWords, AReferenceIdFindsItsCableFirst) {
  CommandResult result = search({"07astana2315"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  // The cable itself, then the one whose text names it.
  EXPECT_EQ(result.out,
            "1\t07ASTANA2315\t2007-08-26\tKAZAKHSTAN ECONOMIC UPDATE\treference ID [07ASTANA2315]\n"
            "2\t09TRIPOLI37\t2009-01-21\tQADHAFI'S CROWN TARNISHED\t"
            "Muammar al-Qadhafi's campaign stalled. See [07ASTANA2315] for oil.\n");
  EXPECT_EQ(result.err, "2 matching cables\n");
}

TEST_F(SearchWords, AMalformedPublishedIdFindsItsCable) {
  CommandResult result = search({"08ECTION01OF02MANAMA492"});
  EXPECT_EQ(refIds(result), "08MANAMA492");
  EXPECT_EQ(result.err, "1 matching cable\n");
}

TEST_F(SearchWords, RankAndTotalWhenTheLimitCutsTheList) {
  CommandResult result = search({"--limit", "1", "oil"});
  EXPECT_EQ(result.out.substr(0, 2), "1\t");
  EXPECT_EQ(result.err, "1 of 3 matching cables; --limit N shows more\n");
  EXPECT_EQ(search({"nothing-like-this"}).err, "no cable matches\n");
}
