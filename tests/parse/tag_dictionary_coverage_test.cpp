// The dictionary of TAGS codes: every country code of the handbook, codes of
// 1966-1990, organizations written on real TAGS lines, and their kinds. A
// code the dictionary lacks is read as a word of a keyword phrase.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/tag_dictionary.h"
#include "parse/tag_parser.h"
#include "parsed_fields.h"

using namespace cablecat;

namespace {

using test::Codes;
using test::codesOf;

std::string kindOf(std::string_view code) {
  const KnownTag* known = findKnownTag(code);
  return known == nullptr ? "unknown" : std::string(kindName(known->kind));
}

}  // namespace

// 05DUBLIN143 "TAGS PREL, PTER, PINR, EI, UK", 05DUSHANBE1812 "TI",
// 09SINGAPORE529 "SN", 09ALGIERS948 "MR", "NG": FIPS codes our sample lacked.
TEST(TagDictionaryCoverage, EveryFipsCountryCode) {
  for (std::string_view code : {"EI", "TI", "SN", "SG", "MR", "NG", "SI", "AC", "BB", "LA", "LU", "JM", "GY", "GZ",
                                "WE", "IV", "CB", "TO", "BX", "MJ", "RB"})
    EXPECT_EQ(kindOf(code), "geo") << code;
}

TEST(TagDictionaryCoverage, CountryBeforeAPhraseStaysACountry) {
  EXPECT_EQ(codesOf("TAGS: PGOV PREL EI IRISH ELECTIONS\n"), (Codes{"PGOV", "PREL", "EI", "IRISH ELECTIONS"}));
  EXPECT_EQ(codesOf("TAGS: PGOV PREL LA LAO ELECTIONS\n"), (Codes{"PGOV", "PREL", "LA", "LAO ELECTIONS"}));
}

// An X and a letter is a region even when the dictionary lacks it; other
// unknown pairs join the phrase ("RC SOUTH", ISAF's Regional Command).
TEST(TagDictionaryCoverage, UnknownRegionBeforeAPhraseStaysApart) {
  EXPECT_EQ(codesOf("TAGS: PGOV PREL XQ QUIET ELECTIONS\n"), (Codes{"PGOV", "PREL", "XQ", "QUIET ELECTIONS"}));
  EXPECT_EQ(codesOf("TAGS: MARR NATO AF ISAF RC SOUTH\n"), (Codes{"MARR", "NATO", "AF", "ISAF", "RC SOUTH"}));
}

TEST(TagDictionaryCoverage, StatesOfTheColdWar) {
  EXPECT_EQ(codesOf("TAGS: PGOV, PINT, PFOR, UR, GC, YO, CZ\n"), (Codes{"PGOV", "PINT", "PFOR", "UR", "GC", "YO", "CZ"}));
  EXPECT_EQ(kindOf("UR"), "geo");
}

TEST(TagDictionaryCoverage, CodesOfTheOlderHandbook) {
  for (std::string_view code : {"PFOR", "PINT", "PORG", "PBOR", "PLOS", "EGEN", "ETRN", "TGEN", "SOPN"})
    EXPECT_EQ(kindOf(code), "subject") << code;
  for (std::string_view code : {"OGEN", "OCON", "AFSP", "CGEN"}) EXPECT_EQ(kindOf(code), "program") << code;
}

// 04BUENOSAIRES2291 "TAGS: ETRD PGOV PREL AR MERCOSUR FTAA", 05DHAKA503
// "TAGS: PREL BG IN PK NP SAARC": organizations, not keywords.
TEST(TagDictionaryCoverage, OrganizationsOnRealTagsLines) {
  for (std::string_view code : {"MERCOSUR", "SAARC", "AMISOM", "MINUSTAH", "UNAMID", "UNFICYP", "CARICOM", "NAFTA",
                                "COE", "USUN", "SADC", "EFTA", "OSAC"})
    EXPECT_EQ(kindOf(code), "org") << code;
}

TEST(TagDictionaryCoverage, OrganizationKeepsItsKindInAList) {
  Cable cable;
  parseTags("TAGS: PGOV PREL ETRD MERCOSUR AR BR\n", cable);
  ASSERT_EQ(cable.tags.size(), 6u);
  EXPECT_EQ(cable.tags[3].code, "MERCOSUR");
  EXPECT_EQ(kindName(cable.tags[3].kind), "org");
}

// The codes the issue names as missing from our first dictionary.
TEST(TagDictionaryCoverage, CodesTheIssueNames) {
  for (std::string_view code : {"KPAL", "KWBG", "KISL", "KCRM", "KHLS", "XF", "XG", "XL", "XW", "EAIR", "EAGR",
                                "SCUL", "TSPA", "KSCA", "KMDR", "KNNP", "KVPR", "KTIP", "AMGT", "ASEC", "CASC",
                                "CMGT", "PINS", "PHSA", "MCAP", "MNUC", "PARM", "ENRG", "EPET", "ELTN", "ETTC",
                                "SENV", "SOCI", "TBIO", "TRGY", "UNGA", "UNSC", "IAEA", "NATO", "EUN", "OAS",
                                "ASEAN", "SADC", "APEC", "WHO", "ICAO", "ICTY", "UNHCR", "UNESCO", "UNDP", "OPEC"})
    EXPECT_NE(findKnownTag(code), nullptr) << code;
}

TEST(TagDictionaryCoverage, MissionsAndForcesAreOrganizations) {
  for (std::string_view code : {"KFOR", "ISAF", "EUFOR", "EULEX", "UNMIT", "UNODC", "IGAD"})
    EXPECT_EQ(kindOf(code), "org") << code;
}

// New codes make new cuts: "TSUNAMI" would be TS UNAMI, "BRIGADES" BR IGAD
// ES; the plain-word table is regenerated with the dictionary.
TEST(TagDictionaryCoverage, NewCodesDoNotCutEnglishWords) {
  EXPECT_EQ(codesOf("TAGS: EAID AEMR TSUNAMI RELIEF\n"), (Codes{"EAID", "AEMR", "TSUNAMI RELIEF"}));
  EXPECT_EQ(codesOf("TAGS: PTER BRIGADES\n"), (Codes{"PTER", "BRIGADES"}));
}
