// TAGS persons written without parentheses or commas, label spellings, page
// furniture inside the list, and the evidence-only repairs of issue 13.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/tag_list_text.h"
#include "parse/tag_parser.h"
#include "parsed_fields.h"

using namespace cablecat;

namespace {

using test::Codes;
using test::codesOf;

}  // namespace

// ---- persons

TEST(TagPersonWithoutComma, SurnameAndGivenNameAfterAVisitTag) {
  EXPECT_EQ(codesOf("TAGS: OVIP BUSH GEORGE PREL\n"), (Codes{"OVIP", "BUSH, GEORGE", "PREL"}));
  EXPECT_EQ(codesOf("TAGS: OVIP STEINBERG JAMES PREL\n"), (Codes{"OVIP", "STEINBERG, JAMES", "PREL"}));
}

TEST(TagPersonWithoutComma, InitialKeepsItsPeriod) {
  EXPECT_EQ(codesOf("TAGS: OVIP STEINBERG JAMES B PREL\n"), (Codes{"OVIP", "STEINBERG, JAMES B.", "PREL"}));
}

TEST(TagPersonWithoutComma, SeveralPersonsThenAKeyword) {
  EXPECT_EQ(codesOf("TAGS: PM NOVO GUILLERMO REMON PEDRO JIMENEZ GASPAR CONSULAR AFFAIRS\n"),
            (Codes{"PM", "NOVO, GUILLERMO", "REMON, PEDRO", "JIMENEZ, GASPAR", "CONSULAR AFFAIRS"}));
}

TEST(TagPersonWithoutComma, PersonKind) {
  Cable cable;
  parseTags("TAGS: OVIP BUSH GEORGE\n", cable);
  ASSERT_EQ(cable.tags.size(), 2u);
  EXPECT_EQ(kindName(cable.tags[1].kind), "person");
}

TEST(TagPersonWithoutComma, CommaFormWithAGivenName) {
  EXPECT_EQ(codesOf("TAGS: ETRD, ZOELLICK, ROBERT, PREL\n"), (Codes{"ETRD", "ZOELLICK, ROBERT", "PREL"}));
}

// 07MANAMA336: "BILAT, REGION" was read as a person.
TEST(TagPersonWithoutComma, CommaFormNeedsAGivenName) {
  EXPECT_EQ(codesOf("TAGS PREL, BA, BILAT, REGION\n"), (Codes{"PREL", "BA", "BILAT", "REGION"}));
}

// A given name needs one more piece of evidence: a visit tag, a comma, or
// another person beside it.
TEST(TagPersonWithoutComma, GivenNameAloneIsNotEnough) {
  EXPECT_EQ(codesOf("TAGS: KIRF COPTIC CHRISTIAN\n"), (Codes{"KIRF", "COPTIC CHRISTIAN"}));
}

TEST(TagPersonWithoutComma, ParenthesesWithoutComma) {
  EXPECT_EQ(codesOf("TAGS: OVIP (RICE CONDOLEEZZA) PREL\n"), (Codes{"OVIP", "RICE, CONDOLEEZZA", "PREL"}));
}

// CLINTON is no given name of the table: the order is given name, surname.
TEST(TagPersonWithoutComma, GivenNameFirstIsTurnedRound) {
  EXPECT_EQ(codesOf("TAGS: OVIP (HILLARY CLINTON)\n"), (Codes{"OVIP", "CLINTON, HILLARY"}));
  EXPECT_EQ(codesOf("TAGS: OVIP (ROBERT GATES) PREL\n"), (Codes{"OVIP", "GATES, ROBERT", "PREL"}));
}

TEST(TagPersonWithoutComma, TwoGivenNamesKeepTheirOrder) {
  EXPECT_EQ(codesOf("TAGS: OVIP (JAMES MICHAEL)\n"), (Codes{"OVIP", "JAMES MICHAEL"}));
}

TEST(TagPersonWithoutComma, InitialWithoutPeriodInParentheses) {
  EXPECT_EQ(codesOf("TAGS: OVIP (BUSH, GEORGE W) PREL\n"), (Codes{"OVIP", "BUSH, GEORGE W.", "PREL"}));
}

// ---- label spellings

TEST(TagLabelVariant, NoColonBeforeAFreeTextWord) {
  EXPECT_EQ(codesOf("TAGS something\nSUBJECT: X\n"), (Codes{"SOMETHING"}));
}

TEST(TagLabelVariant, LowerCaseWithoutColon) {
  EXPECT_EQ(codesOf("tags PREL ECON\nSUBJECT: X\n"), (Codes{"PREL", "ECON"}));
}

TEST(TagLabelVariant, PeriodAfterTheLabel) {
  EXPECT_EQ(codesOf("TAGS. PREL PGOV\nSUBJECT: X\n"), (Codes{"PREL", "PGOV"}));
  EXPECT_TRUE(codesOf("LUGGAGE TAGS. THE BAGS\n").empty());
}

TEST(TagLabelVariant, MisspelledTas) { EXPECT_EQ(codesOf("TAS: PREL ECON IT\n"), (Codes{"PREL", "ECON", "IT"})); }

TEST(TagLabelVariant, MisspelledTabs) { EXPECT_EQ(codesOf("TABS: PGOV KZ\n"), (Codes{"PGOV", "KZ"})); }

TEST(TagLabelVariant, MisspelledTgs) { EXPECT_EQ(codesOf("TGS: ECON EFIN\n"), (Codes{"ECON", "EFIN"})); }

TEST(TagLabelVariant, MisspelledLabelAfterTheDeclassificationDate) {
  EXPECT_EQ(codesOf("E.O. 12958: DECL: 02/14/2018 TAS: PREL RS\n"), (Codes{"PREL", "RS"}));
}

TEST(TagLabelVariant, MisspelledLabelNeedsAKnownCode) {
  EXPECT_TRUE(codesOf("TAS: THE FUND WILL PAY\n").empty());
}

TEST(TagLabelVariant, CommaAfterTheLabel) {
  EXPECT_EQ(codesOf("TAGS, ASEC, APER\nSUBJECT: X\n"), (Codes{"ASEC", "APER"}));
}

// 08TBILISI1349: "C O R R E C T E D COPY -- ADDED E.O., TAGS, AND CLASS BY".
TEST(TagLabelVariant, CommaAfterTagsInProseIsNoLabel) {
  EXPECT_EQ(codesOf("CORRECTED COPY -- ADDED E.O., TAGS, AND CLASS BY\n\nE.O. 12958: N/A\nTAGS: PGOV GG\n"),
            (Codes{"PGOV", "GG"}));
}

// ---- page furniture

TEST(TagFurniture, OlderPageHeaderGluedIntoTheList) {
  EXPECT_EQ(codesOf("TAGS: ECON, EFIN, EFIN, IT   UNCLASSIFIED   PAGE 02   ROME 01059 01 OF 04 281501Z ECON, IT\n"),
            (Codes{"ECON", "EFIN", "IT"}));
}

TEST(TagFurniture, NewerPageCounterGluedIntoTheList) {
  Cable cable;
  cable.ref_id = "09ASTANA123";
  parseTags("TAGS: PREL PGOV ASTANA 00000123  002 OF 004 KZ\n", cable);
  Codes codes;
  for (const Tag& tag : cable.tags) codes.push_back(tag.code);
  EXPECT_EQ(codes, (Codes{"PREL", "PGOV", "KZ"}));
}

TEST(TagFurniture, ClassificationBannerLineInsideTheList) {
  EXPECT_EQ(codesOf("TAGS: PFOR, IR,\n                 CONFIDENTIAL\nPAGE 02 ROME 01196 01 OF 02 082030Z\nPK, XF\n"),
            (Codes{"PFOR", "IR", "PK", "XF"}));
}

TEST(TagFurniture, EraseKeepsTheCodesAround) {
  std::string list = "IT UNCLASSIFIED PAGE 02 ROME 01059 01 OF 04 281501Z ECON";
  eraseGluedPageFurniture(list, "");
  EXPECT_EQ(list, "IT   ECON");
}

// ---- repairs only with evidence

TEST(TagEvidenceRepair, BtioIsARealCode) {
  EXPECT_EQ(codesOf("TAGS: KIPR ETRD ECON BTIO\n"), (Codes{"KIPR", "ETRD", "ECON", "BTIO"}));
}

TEST(TagEvidenceRepair, MoppsIsMops) { EXPECT_EQ(codesOf("TAGS: MARR MOPPS IZ\n"), (Codes{"MARR", "MOPS", "IZ"})); }

TEST(TagEvidenceRepair, UndescoIsUnesco) { EXPECT_EQ(codesOf("TAGS: SCUL UNDESCO\n"), (Codes{"SCUL", "UNESCO"})); }

TEST(TagEvidenceRepair, RuIsRussiaAsRs) {
  Cable cable;
  parseTags("TAGS: PREL GG RU UK\n", cable);
  ASSERT_EQ(cable.tags.size(), 4u);
  EXPECT_EQ(cable.tags[2].code, "RS");
  EXPECT_EQ(kindName(cable.tags[2].kind), "geo");
  EXPECT_EQ(cable.tags[2].written, "RU");
}

TEST(TagEvidenceRepair, RuBesideRsIsKeptOnce) {
  EXPECT_EQ(codesOf("TAGS: PREL FR GG RU RS UN\n"), (Codes{"PREL", "FR", "GG", "RS", "UN"}));
}

// ---- round 2

// A visit tag alone makes no person of two words: the second must be a given name.
TEST(TagPersonWithoutComma, VisitTagBeforeTwoWordsThatAreNoName) {
  EXPECT_EQ(codesOf("TAGS: OVIP SECRETARY VISIT PREL\n"), (Codes{"OVIP", "SECRETARY VISIT", "PREL"}));
  EXPECT_EQ(codesOf("TAGS: OVIP CODEL SMITH PREL\n"), (Codes{"OVIP", "CODEL SMITH", "PREL"}));
}

TEST(TagPersonWithoutComma, VisitTagEarlierInTheList) {
  EXPECT_EQ(codesOf("TAGS: OVIP PREL CLINTON HILLARY\n"), (Codes{"OVIP", "PREL", "CLINTON, HILLARY"}));
}

TEST(TagPersonWithoutComma, CommaSpacingInParentheses) {
  EXPECT_EQ(codesOf("TAGS: OVIP (CLINTON,HILLARY) PREL\n"), (Codes{"OVIP", "CLINTON, HILLARY", "PREL"}));
  EXPECT_EQ(codesOf("TAGS: OVIP (CLINTON , HILLARY) PREL\n"), (Codes{"OVIP", "CLINTON, HILLARY", "PREL"}));
}
