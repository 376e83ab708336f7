// TAGS keyword phrases: free-text words on a TAGS line are one tag of kind
// keyword, never a run of invented country or subject codes (issue 13).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/tag_parser.h"
#include "parsed_fields.h"
#include "parse/tag_vocabulary.h"

using namespace cablecat;

namespace {

using test::Codes;
using test::codesOf;

std::string kindOf(std::string_view body, std::string_view code) {
  Cable cable;
  parseTags(body, cable);
  for (const Tag& tag : cable.tags)
    if (tag.code == code) return std::string(kindName(tag.kind));
  return "missing";
}

}  // namespace

TEST(TagKeyword, FreeTextAfterCodesIsOnePhrase) {
  EXPECT_EQ(codesOf("TAGS: ECON ETRD EFIN PTER SNAR PM ECONOMIC AFFAIRS\n"),
            (Codes{"ECON", "ETRD", "EFIN", "PTER", "SNAR", "PM", "ECONOMIC AFFAIRS"}));
}

TEST(TagKeyword, PhraseAfterACountryCode) {
  EXPECT_EQ(codesOf("TAGS: PREL MOPS IT IZ IRAQI FREEDOM\n"), (Codes{"PREL", "MOPS", "IT", "IZ", "IRAQI FREEDOM"}));
}

TEST(TagKeyword, PhraseAfterAGluedCode) {
  EXPECT_EQ(codesOf("TAGS: PREL IZ IZPREL IZPREL IRAQI FREEDOM\n"), (Codes{"PREL", "IZ", "IRAQI FREEDOM"}));
}

// "IN" is India between codes, but a connector inside "TIP IN TURKEY".
TEST(TagKeyword, ConnectorKeepsShortWordsInThePhrase) {
  EXPECT_EQ(codesOf("TAGS: KJUS TIP IN TURKEY\n"), (Codes{"KJUS", "TIP IN TURKEY"}));
  EXPECT_EQ(codesOf("TAGS: PHUM KTIP TRAFFICKING IN PERSONS\n"), (Codes{"PHUM", "KTIP", "TRAFFICKING IN PERSONS"}));
}

TEST(TagKeyword, CountryCodeBeforeAPhraseStaysACode) {
  EXPECT_EQ(codesOf("TAGS: PREL PGOV IN INDIAN ELECTIONS\n"), (Codes{"PREL", "PGOV", "IN", "INDIAN ELECTIONS"}));
  EXPECT_EQ(codesOf("TAGS: PREL IN PK\n"), (Codes{"PREL", "IN", "PK"}));
}

TEST(TagKeyword, TwoWordPhraseAtTheEnd) {
  EXPECT_EQ(codesOf("TAGS: YM COUNTER TERRORISM\n"), (Codes{"YM", "COUNTER TERRORISM"}));
}

// Nothing says where "ITALY NATIONAL ELECTIONS" ends: an unknown run stays whole.
TEST(TagKeyword, UnknownRunStaysOnePhrase) {
  EXPECT_EQ(codesOf("TAGS: PREL PGOV CVIS IT ITALY NATIONAL ELECTIONS ITALIAN POLITICS\n"),
            (Codes{"PREL", "PGOV", "CVIS", "IT", "ITALY NATIONAL ELECTIONS ITALIAN POLITICS"}));
}

// 06TELAVIV687: two phrases that other Tel Aviv cables write on their own.
TEST(TagKeyword, VocabularySplitsARunOfKnownPhrases) {
  EXPECT_EQ(codesOf("TAGS: PREL KPAL IS ISRAELI PALESTINIAN AFFAIRS GOI EXTERNAL\n"),
            (Codes{"PREL", "KPAL", "IS", "ISRAELI PALESTINIAN AFFAIRS", "GOI EXTERNAL"}));
}

TEST(TagKeyword, CodeShapedWordBesideFreeTextIsInThePhrase) {
  EXPECT_EQ(codesOf("TAGS: PTER MNUC IR IS GOI EXTERNAL\n"), (Codes{"PTER", "MNUC", "IR", "IS", "GOI EXTERNAL"}));
}

TEST(TagKeyword, CommasSeparateKeywords) {
  EXPECT_EQ(codesOf("TAGS PREL, MCAP, BA, BILAT, REGION, OFFICIALS\n"),
            (Codes{"PREL", "MCAP", "BA", "BILAT", "REGION", "OFFICIALS"}));
}

TEST(TagKeyword, MixedCaseKeywordAfterCommas) {
  EXPECT_EQ(codesOf("TAGS PHUM, PREL, PTER, IN, PK, Human Rights\n"),
            (Codes{"PHUM", "PREL", "PTER", "IN", "PK", "HUMAN RIGHTS"}));
}

TEST(TagKeyword, NumberBelongsToThePhrase) {
  EXPECT_EQ(codesOf("TAGS: PGOV KDEM US ELECTIONS 2008\n"), (Codes{"PGOV", "KDEM", "US", "ELECTIONS 2008"}));
}

TEST(TagKeyword, PhraseWrappedOntoTheNextLine) {
  EXPECT_EQ(codesOf("TAGS: PREL CVIS IT ITALY NATIONAL\nELECTIONS\nSUBJECT: X\n"),
            (Codes{"PREL", "CVIS", "IT", "ITALY NATIONAL ELECTIONS"}));
}

TEST(TagKeyword, LoneFreeTextWordIsAKeyword) {
  EXPECT_EQ(codesOf("TAGS: PREL EUN USEU BRUSSELS\n"), (Codes{"PREL", "EUN", "USEU", "BRUSSELS"}));
  EXPECT_EQ(kindOf("TAGS: PREL EUN USEU BRUSSELS\n", "BRUSSELS"), "keyword");
}

TEST(TagKeyword, UnknownCodesSideBySideStayCodes) {
  EXPECT_EQ(codesOf("TAGS: PGOV PHUM BC SAN CKGR\n"), (Codes{"PGOV", "PHUM", "BC", "SAN", "CKGR"}));
}

TEST(TagKeyword, PhraseKindIsKeyword) {
  EXPECT_EQ(kindOf("TAGS: PM ECONOMIC AFFAIRS\n", "ECONOMIC AFFAIRS"), "keyword");
  EXPECT_EQ(kindOf("TAGS: PM ECONOMIC AFFAIRS\n", "PM"), "geo");
}

TEST(TagKeyword, PhraseIsKeptOnce) {
  EXPECT_EQ(codesOf("TAGS: IZ IRAQI FREEDOM\nIZ IRAQI FREEDOM\nSUBJECT: X\n"), (Codes{"IZ", "IRAQI FREEDOM"}));
}

TEST(TagVocabulary, KnowsPhrasesOfTheCorpus) {
  EXPECT_TRUE(isVocabularyPhrase("ISRAELI PALESTINIAN AFFAIRS"));
  EXPECT_TRUE(isVocabularyPhrase("GOI EXTERNAL"));
  EXPECT_FALSE(isVocabularyPhrase("ISRAELI PALESTINIAN AFFAIRS GOI EXTERNAL"));
  EXPECT_FALSE(isVocabularyPhrase("PREL"));
}

TEST(TagVocabulary, GivenNames) {
  for (std::string_view name : {"GEORGE", "JAMES", "HILLARY", "GUILLERMO", "PEDRO", "GASPAR"})
    EXPECT_TRUE(isGivenName(name)) << name;
  // Countries, codes and words the corpus prose writes in lower case are not.
  for (std::string_view word : {"ISRAEL", "CHAD", "BUSH", "AFFAIRS", "PREL", "WILL", "HOPE"})
    EXPECT_FALSE(isGivenName(word)) << word;
}

// ---- round 2: a run the vocabulary does not cover end to end

// "HUMAN RIGHTS" is in the vocabulary, "HUMAN RIGHTS WATCH" is not a split.
TEST(TagKeyword, VocabularyPhraseInsideALongerRunIsNotSplit) {
  EXPECT_EQ(codesOf("TAGS: PGOV PREL HUMAN RIGHTS WATCH\n"), (Codes{"PGOV", "PREL", "HUMAN RIGHTS WATCH"}));
  EXPECT_EQ(codesOf("TAGS: PGOV PREL IZ IRAQI FREEDOM POLITICAL\n"), (Codes{"PGOV", "PREL", "IZ", "IRAQI FREEDOM POLITICAL"}));
}

TEST(TagKeyword, VocabularyPhraseThenAnotherPhrase) {
  EXPECT_EQ(codesOf("TAGS: PREL IS ISRAELI PALESTINIAN AFFAIRS GOI INTERNAL\n"),
            (Codes{"PREL", "IS", "ISRAELI PALESTINIAN AFFAIRS", "GOI INTERNAL"}));
}

TEST(TagKeyword, ConnectorBeforeACodeShapedWord) {
  EXPECT_EQ(codesOf("TAGS: PGOV PHUM KDEM ELECTIONS IN IRAQ\n"), (Codes{"PGOV", "PHUM", "KDEM", "ELECTIONS IN IRAQ"}));
  EXPECT_EQ(codesOf("TAGS: PREL PGOV IN IRAQ\n"), (Codes{"PREL", "PGOV", "IN", "IRAQ"}));
}
