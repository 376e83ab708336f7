// REF forms of issue 13: glued labels and bullets, bare letters, inline page
// headers, station abbreviations, years in odd places, several serials after
// one station. One named case per form, each with its own minimal fixture.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/reference_parser.h"
#include "parsed_fields.h"

using namespace cablecat;

namespace {

struct FormCase {
  const char* name;
  const char* citing;  // the citing cable's ID
  const char* body;
  std::vector<std::string> expected;  // "letter|ref_id|kind", "-" for no letter
};

void PrintTo(const FormCase& c, std::ostream* out) { *out << c.name; }


class ReferenceFormTest : public testing::TestWithParam<FormCase> {};

TEST_P(ReferenceFormTest, FindsEveryReference) {
  const auto& c = GetParam();
  EXPECT_EQ(test::referencesOf(c.citing, c.body), c.expected) << c.body;
}

const FormCase kFormCases[] = {
    // Labels glued to what comes before them.
    {"LabelGluedToSubjectWord", "09LONDON1991",
     "SUBJECT: (C/NF) WHO WOULD REPLACE GORDON BROWN AS UK PRIMEREF: A. LONDON 1939 B. LONDON 1704\n\n1. x\n",
     {"A|09LONDON1939|cable", "B|09LONDON1704|cable"}},
    {"LabelGluedToWrappedSubjectWord", "09CAIRO941", "SUBJECT: PREPARING FOR THE\nVISIT TO EGYPTREF: CAIRO 493\n\n1. x\n",
     {"-|09CAIRO493|cable"}},
    {"SubjectWordEndingInRefIsNoLabel", "09CAIRO941", "SUBJECT: A BRIEF: TALKS\n\n1. x\n", {}},
    {"LabelWithoutColonAfterHandlingMarkers", "08LONDON2766", "SENSITIVE SIPDIS REF LONDON 01170\n\nE.O. 12598: N/A\n",
     {"-|08LONDON1170|cable"}},
    {"LabelAfterClassifiedByOnOneLine", "09BRASILIA1186",
     "Classified By: Lisa Kubiske, Reasons 1.4 (b) and (d). REF: A) STATE 91633, B) BRASILIA 1170\n\n1. (C) x\n",
     {"A|09STATE91633|cable", "B|09BRASILIA1170|cable"}},
    // Lettered lists run together, or lettered without punctuation.
    {"BulletsGluedToSerials", "09STATE1", "REF: A. STATE 021770B. STATE 039585C. STATE 041216\n\n1. x\n",
     {"A|09STATE21770|cable", "B|09STATE39585|cable", "C|09STATE41216|cable"}},
    {"BulletParenGluedToSerial", "09STATE1", "REF: A) STATE 021770B) STATE 039585\n\n1. x\n",
     {"A|09STATE21770|cable", "B|09STATE39585|cable"}},
    {"BulletBareLetters", "09WELLINGTON800", "REF A WELLINGTON 721 B WELLINGTON 690\n\n1. x\n",
     {"A|09WELLINGTON721|cable", "B|09WELLINGTON690|cable"}},
    {"BulletRepeatedRefLabel", "09CAIRO100", "REF A 09 CAIRO 074 REF B 08 CAIRO 784\n\n1. x\n",
     {"A|09CAIRO74|cable", "B|08CAIRO784|cable"}},
    {"BulletRepeatedRefLabelOnNextLine", "07GENEVA2626", "Ref A: Geneva 2373\nRef B: Geneva 2355\n\n1. x\n",
     {"A|07GENEVA2373|cable", "B|07GENEVA2355|cable"}},
    {"BulletLetterDash", "09ROME1", "REF: A- ROME 12 B- STATE 13\n\n1. x\n", {"A|09ROME12|cable", "B|09STATE13|cable"}},
    {"BulletRefColonRepeated", "09STATE39054", "REF: A. REF: A) STATE 12 B. B) STATE 13\n\n1. x\n",
     {"A|09STATE12|cable", "B|09STATE13|cable"}},
    {"BulletStrayParenthesis", "08LONDON1761", "REF: A. ) STATE 064404\nB. ) ROME 2405\n\n1. x\n",
     {"A|08STATE64404|cable", "B|08ROME2405|cable"}},
    {"BulletParenthesizedWithColon", "09STATE1", "REF (A): STATE 1234 (B): STATE 5678\n\n1. x\n",
     {"A|09STATE1234|cable", "B|09STATE5678|cable"}},
    {"PortAIsStationNotBullet", "10SANTODOMINGO1", "REF: PORT A 76\n\n1. x\n", {"-|10PORTAUPRINCE76|cable"}},
    {"PilcrowBulletWithCountryName", "09BRASILIA1", "REF: A. BRASILIA 2\n\xC2\xB6" "B. BRAZIL 1280\n\n1. x\n",
     {"A|09BRASILIA2|cable", "B|09BRASILIA1280|cable"}},
    {"MarkingBeforeItemIsNoParagraph", "09STATE1", "REF: A. (U) STATE 1234 B. (SBU) STATE 5678\n\n1. x\n",
     {"A|09STATE1234|cable", "B|09STATE5678|cable"}},
    {"MarkingAfterItemIsNoParagraph", "09STATE1", "REF: A. STATE 1234 (U) B. STATE 5678\n\n1. x\n",
     {"A|09STATE1234|cable", "B|09STATE5678|cable"}},
    // Layout inside the list.
    {"OldPageHeaderInsideOneLine", "74ROME1200",
     "REF: A. STATE 40721 CONFIDENTIAL PAGE 02 ROME 01196 01 OF 02 082030Z B. ROME 1098\n\n1. x\n",
     {"A|74STATE40721|cable", "B|74ROME1098|cable"}},
    {"OldPageHeaderLimitedOfficialUse", "74ROME1200",
     "REF: STATE 40721 LIMITED OFFICIAL USE PAGE 02 ROME 01196 01 OF 02 082030Z\n\n1. x\n",
     {"-|74STATE40721|cable"}},
    {"OldPageHeaderSpacedClassification", "74ROME1200",
     "REF: A. STATE 40721 C O N F I D E N T I A L PAGE 02 ROME 01196 01 OF 02 082030Z B. ROME 1098\n\n1. x\n",
     {"A|74STATE40721|cable", "B|74ROME1098|cable"}},
    {"OldPageHeaderWithoutPageWord", "74ROME1200", "REF: A. STATE 40721 ROME 01196 01 OF 02 082030Z B. ROME 1098\n\n1. x\n",
     {"A|74STATE40721|cable", "B|74ROME1098|cable"}},
    {"WrappedItemThenLaterBullets", "08BEIJING3662",
     "REF: A. HONG KONG 1747 B. E-mail Shanghai Update: Local Reaction to\nthe U.S. Crisis C. Shanghai 402\nD. Beijing "
     "3501\n\n1. x\n",
     {"A|08HONGKONG1747|cable", "B||email", "C|08SHANGHAI402|cable", "D|08BEIJING3501|cable"}},
    // Station abbreviations and spellings.
    {"StationBuenosAiresInitials", "08BUENOSAIRES1439", "REF: A. BA 1485 B. BA 1062\n\n1. x\n",
     {"A|08BUENOSAIRES1485|cable", "B|08BUENOSAIRES1062|cable"}},
    {"StationKualaLumpurInitials", "09KUALALUMPUR752", "REF: 09 KL 1016\n\n1. x\n", {"-|09KUALALUMPUR1016|cable"}},
    {"StationRioDeJan", "09BRASILIA1", "REF: 08 RIO DE JAN 138\n\n1. x\n", {"-|08RIODEJANEIRO138|cable"}},
    {"StationVat", "04ROME1", "REF: 03 VAT 4859\n\n1. x\n", {"-|03VATICAN4859|cable"}},
    {"StationAfterOfficePrefix", "09HAVANA1", "REF: A. USINT HAVANA 123 B. AMCONGEN HONG KONG 45\n\n1. x\n",
     {"A|09HAVANA123|cable", "B|09HONGKONG45|cable"}},
    {"StationWithCountryCode", "09ROME1", "REF: A. ROME IT 1234 B. TOKYO JA 12\n\n1. x\n",
     {"A|09ROME1234|cable", "B|09TOKYO12|cable"}},
    {"CircularAirgramIsNoCountryCode", "66BUENOSAIRES2481", "REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966\n",
     {"-|66STATE106206|cable", "-||other"}},
    {"StationSecstate", "09LONDON1", "REF: SECSTATE 116264\n\n1. x\n", {"-|09STATE116264|cable"}},
    {"StationUsunescoParisFr", "10UNESCOPARISFR100", "REF: USUNESCO PARIS FR 87\n\n1. x\n",
     {"-|10UNESCOPARISFR87|cable"}},
    {"StationParisFrIsUnesco", "08UNESCOPARISFR2200", "REF: PARIS FR 2144\n\n1. x\n", {"-|08UNESCOPARISFR2144|cable"}},
    {"StationSecdefOutsideRelease", "09STATE1", "REF: SECDEF 122723\n\n1. x\n", {"-|09SECDEF122723|cable"}},
    {"StationBasraAbbreviation", "09BAGHDAD1104", "REF: A. BAGHDAD 342 B. BASRA 17\n\n1. x\n",
     {"A|09BAGHDAD342|cable", "B|09BASRAH17|cable"}},
    {"StationSatteTypo", "08MANAMA53", "REF: SATTE 07237\n\n1. x\n", {"-|08STATE7237|cable"}},
    {"StationDubaiRpoReversed", "09RPODUBAI379", "REF: DUBAI RPO 378\n\n1. x\n", {"-|09RPODUBAI378|cable"}},
    {"StationBuenosAiresBsAs", "08BUENOSAIRES568", "REF:  Buenos Aires 496, 407, 07 BsAs 1892\n\n1. x\n",
     {"-|08BUENOSAIRES496|cable", "-|08BUENOSAIRES407|cable", "-|07BUENOSAIRES1892|cable"}},
    // AIT Taipei's series is published as both 06TAIPEI... and 06AITTAIPEI...:
    // a citation takes the spelling the release gives that cable.
    {"StationTaipeiAsTheReleaseSpellsIt", "06TAIPEI2921",
     "REF: A. TAIPEI 02800 B. AIT TAIPEI 103 C. TAIPEI 105\n\n1. x\n",
     {"A|06AITTAIPEI2800|cable", "B|06TAIPEI103|cable", "C|06TAIPEI105|cable"}},
    {"StationJiddaOlderSpelling", "91RIYADH100", "REF: JIDDA 1234\n\n1. x\n", {"-|91JEDDAH1234|cable"}},
    {"StationHongKongInitials", "09BEIJING1", "REF: HK 1234\n\n1. x\n", {"-|09HONGKONG1234|cable"}},
    {"StationGluedToSerial", "09ROME1", "REF: A. ROME123 B. STATE12345\n\n1. x\n",
     {"A|09ROME123|cable", "B|09STATE12345|cable"}},
    {"YearThenStationGluedToSerial", "09ROME1", "REF: A. 08 STATE12345\n\n1. x\n", {"A|08STATE12345|cable"}},
    {"WordsBetweenStationAndSerial", "75MOSCOW1",
     "REF: A. STATE CABLE 1234 B. MOSCOW TEL. NO. 5678 C. STATE #91 D. DEPT TEL 92\n\n1. x\n",
     {"A|75STATE1234|cable", "B|75MOSCOW5678|cable", "C|75STATE91|cable", "D|75STATE92|cable"}},
    {"NonStateOfficeBeforeStation", "09ANKARA100", "REF: A. USDAO ANKARA 1234 B. ANKARA 12\n\n1. x\n",
     {"A||cable", "B|09ANKARA12|cable"}},
    {"OwnTelegramsPlural", "75TEHRAN100", "REF: EMBTELS 12 AND 34\n\n1. x\n",
     {"-|75TEHRAN12|cable", "-|75TEHRAN34|cable"}},
    // Years in odd places.
    {"YearOfTwoDigitsAfterSerial", "09ROME1", "REF: A. ROME 1234 OF 08 B. ROME 1235 OF 12 MAY\n\n1. x\n",
     {"A|08ROME1234|cable", "B|09ROME1235|cable"}},
    {"YearWithComma", "09STATE1", "REF: 08, STATE 1234\n\n1. x\n", {"-|08STATE1234|cable"}},
    {"YearGluedToStation", "09RIYADH1", "REF: 09DHAHRAN 201\n\n1. x\n", {"-|09DHAHRAN201|cable"}},
    {"YearFourDigitsGluedToId", "06PANAMA1", "REF: 2005PANAMA2342\n\n1. x\n", {"-|05PANAMA2342|cable"}},
    {"YearAndSerialJoinedByHyphens", "10OTTAWA100", "REF: 10-OTTAWA-57\n\n1. x\n", {"-|10OTTAWA57|cable"}},
    {"StationColonSerial", "09CAIRO1", "REF: STATE: 73097\n\n1. x\n", {"-|09STATE73097|cable"}},
    {"YearLetterOForZero", "05CHENNAI1000", "REF: (A)04 CHENNAI 0927 (B)O4 CHENNAI 0944\n\n1. x\n",
     {"A|04CHENNAI927|cable", "B|04CHENNAI944|cable"}},
    {"StationZeroForLetterO", "06OTTAWA1", "REF: 05 0TTAWA 3518\n\n1. x\n", {"-|05OTTAWA3518|cable"}},
    {"YearSlashAfterSerial", "09PANAMA1", "REF: PANAMA 00725/08\n\n1. x\n", {"-|08PANAMA725|cable"}},
    {"YearHyphenAfterSerial", "92QUITO1", "REF: QUITO 4525-91\n\n1. x\n", {"-|91QUITO4525|cable"}},
    {"YearThreeDigitsWithZero", "95QUITO1", "REF: 094 QUITO 841\n\n1. x\n", {"-|94QUITO841|cable"}},
    {"YearBetweenStationAndSerial", "09STATE1", "REF: STATE 08 123456\n\n1. x\n", {"-|08STATE123456|cable"}},
    {"YearHyphenBeforeSerial", "09STATE1", "REF: STATE 08-123456\n\n1. x\n", {"-|08STATE123456|cable"}},
    {"YearApostropheInParenthesesAfter", "09STATE1", "REF: STATE 1234 ('08)\n\n1. x\n", {"-|08STATE1234|cable"}},
    {"TwoSerialsAfterSlashStayTwo", "07ASTANA9000", "REF: ASTANA 1104/05 AND MALABO 19/21\n\n1. x\n",
     {"-|05ASTANA1104|cable", "-|07MALABO19|cable", "-|07MALABO21|cable"}},
    // Several serials after one station.
    {"MarkerBetweenSerials", "09STATE1", "REF: STATE 1234 (NOTAL) AND 5678\n\n1. x\n",
     {"-|09STATE1234|cable", "-|09STATE5678|cable"}},
    {"SerialsAfterStationInBracketedItem", "09OTTAWA1", "REF: [A] State 188314, 259032, [B] Ottawa 2285\n\n1. x\n",
     {"A|09STATE188314|cable", "A|09STATE259032|cable", "B|09OTTAWA2285|cable"}},
    {"StationRepeatedBeforeSerial", "09PRAGUE1", "REF: PRAGUE 849, PRAGUE, 1228\n\n1. x\n",
     {"-|09PRAGUE849|cable", "-|09PRAGUE1228|cable"}},
    {"SerialAloneContinuesPreviousStation", "06CALCUTTA389",
     "REF: A)   CALCUTTA 00354   B)  00357   C)  CALCUTTA 00363\n\n1. x\n",
     {"A|06CALCUTTA354|cable", "B|06CALCUTTA357|cable", "C|06CALCUTTA363|cable"}},
    {"SerialAloneKeepsPreviousYear", "07SOFIA1271", "REF: A. A) 06 SOFIA 1219\nB. B) 1206\n\n1. x\n",
     {"A|06SOFIA1219|cable", "B|06SOFIA1206|cable"}},
    {"SerialAloneWithoutStationIsOther", "08SANJOSE886", "REF: 97114\n\n1. x\n", {"-||other"}},
    {"LetteredProseAfterBlankLineIsNoItem", "09STATE1", "REF: STATE 1234\n\nA. Background: the visit was planned for May.\n",
     {"-|09STATE1234|cable"}},
    {"LetteredNonCableItemAfterBlankLine", "05PARIS7527", "REF: A. PARIS 7525\n\nB. OCTOBER 25 PARIS POINTS\n\nClassified By: X\n",
     {"A|05PARIS7525|cable", "B||report"}},
    {"StationAndYearInTitleIsNoCitation", "09MOSCOW100",
     "REF: A. 09 MOSCOW 12 (MOSCOW 2008 ELECTIONS) B. 09 ROME 12 (\"ROME 2009: A YEAR OF CHANGE\")\n\n1. x\n",
     {"A|09MOSCOW12|cable", "B|09ROME12|cable"}},
    // Dates are no serials.
    {"DateAfterStationIsNoSerial", "08LONDON3110", "REF: A. USEU DAILY TO DEPT 12/10/08 (NOTAL) B. LONDON 2798\n\n1. x\n",
     {"A||report", "B|08LONDON2798|cable"}},
    {"DayAndMonthAfterSerialIsNoSerial", "09CAIRO1", "REF: CAIRO 1234, 12 MAY 2009\n\n1. x\n", {"-|09CAIRO1234|cable"}},
    {"DayAndMonthAfterStationIsNoSerial", "09CAIRO1", "REF: A. CAIRO 12 MAY MEETING B. CAIRO 13\n\n1. x\n",
     {"A||other", "B|09CAIRO13|cable"}},
};

INSTANTIATE_TEST_SUITE_P(Issue13, ReferenceFormTest, testing::ValuesIn(kFormCases),
                         [](const testing::TestParamInfo<FormCase>& param) { return std::string(param.param.name); });

TEST(ReferenceFormRaw, ColonAfterBulletIsNotKept) {
  Cable cable;
  cable.ref_id = "09STATE1";
  parseReferences("REF (A): STATE 1234 (B): STATE 5678\n", cable);
  ASSERT_EQ(cable.references.size(), 2u);
  EXPECT_EQ(cable.references[0].raw, "STATE 1234");
}

TEST(ReferenceFormRaw, PageHeaderLeavesNoTextInTheItem) {
  Cable cable;
  cable.ref_id = "74ROME1200";
  parseReferences("REF: A. STATE 40721 CONFIDENTIAL PAGE 02 ROME 01196 01 OF 02 082030Z B. ROME 1098\n", cable);
  ASSERT_EQ(cable.references.size(), 2u);
  EXPECT_EQ(cable.references[0].raw, "STATE 40721");
}

}  // namespace
