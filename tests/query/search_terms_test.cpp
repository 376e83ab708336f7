// Plain words become quoted FTS5 words; reference IDs are picked out.
#include "query/search_terms.h"

#include <gtest/gtest.h>

using namespace cablecat;
using Terms = std::vector<std::string>;

TEST(SearchTerms, EachTokenIsQuotedSoPunctuationAndOperatorsAreWords) {
  EXPECT_EQ(plainWordsQuery({"al-Qaida"}), "\"al-Qaida\"");
  EXPECT_EQ(plainWordsQuery({"U.S.", "embassy"}), "\"U.S.\" \"embassy\"");
  EXPECT_EQ(plainWordsQuery({"U.S. embassy"}), "\"U.S.\" \"embassy\"");
  EXPECT_EQ(plainWordsQuery({"Qadhafi's"}), "\"Qadhafi's\"");
  EXPECT_EQ(plainWordsQuery({"oil", "OR", "NOT", "subject:gas"}), "\"oil\" \"OR\" \"NOT\" \"subject:gas\"");
}

TEST(SearchTerms, PhrasesStayPhrasesAndPrefixesStayPrefixes) {
  EXPECT_EQ(plainWordsQuery({"\"oil field\"", "corrupt*"}), "\"oil field\" \"corrupt\"*");
  EXPECT_EQ(plainWordsQuery({"\"unbalanced phrase"}), "\"unbalanced phrase\"");
  EXPECT_EQ(plainWordsQuery({"glued\"quote\"", "\"\"", "*"}), "\"glued\" \"quote\" \"*\"");
}

TEST(SearchTerms, ReferenceIdsAreTokensShapedLikeOne) {
  EXPECT_EQ(referenceIdTerms({"07astana2315", "oil", "1998", "08ECTION01OF02MANAMA492", "7575LIBREVILLE1895"}),
            (Terms{"07ASTANA2315", "08ECTION01OF02MANAMA492", "7575LIBREVILLE1895"}));
  EXPECT_EQ(referenceIdTerms({"07ASTANA", "U.S.", "07-ASTANA-1", "07ASTANA2315 07astana2315"}), Terms{"07ASTANA2315"});
}
