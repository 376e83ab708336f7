// Reference IDs and canonical station names, as the WikiLeaks release spells them.
#include <gtest/gtest.h>

#include <string>

#include "parse/reference_id.h"
#include "parse/station_table.h"

using namespace cablecat;

namespace {

// Names each table case after its `name` field.
struct CaseName {
  template <class Case>
  std::string operator()(const testing::TestParamInfo<Case>& param) const {
    return param.param.name;
  }
};

struct StationCase {
  const char* name;
  const char* written;
  const char* expected;
};

class CanonicalStationTest : public testing::TestWithParam<StationCase> {};

TEST_P(CanonicalStationTest, MapsWrittenNameToReleaseSpelling) {
  EXPECT_EQ(canonicalStation(GetParam().written), GetParam().expected) << GetParam().written;
}

const StationCase kStationCases[] = {
    {"PlainStation", "ASTANA", "ASTANA"},
    {"MixedCase", "Astana", "ASTANA"},
    {"SecstateIsState", "SECSTATE", "STATE"},
    {"StateIsState", "STATE", "STATE"},
    {"SecstateWashdcIsState", "SECSTATE WASHDC", "STATE"},
    {"SecstatTypoIsState", "SECSTAT", "STATE"},
    {"StaeTypoIsState", "STAE", "STATE"},
    {"DeptelIsState", "DEPTEL", "STATE"},
    {"RioDeJaneiroDropsSpaces", "RIO DE JANEIRO", "RIODEJANEIRO"},
    {"UsunNewYork", "USUN NEW YORK", "USUNNEWYORK"},
    {"UsunAlone", "USUN", "USUNNEWYORK"},
    {"TheHague", "THE HAGUE", "THEHAGUE"},
    {"UsnatoAlone", "USNATO", "USNATO"},
    {"UsMissionNato", "US MISSION NATO", "USNATO"},
    {"UseuBrussels", "USEU BRUSSELS", "USEUBRUSSELS"},
    {"LaPaz", "LA PAZ", "LAPAZ"},
    {"HoChiMinhCity", "HO CHI MINH CITY", "HOCHIMINHCITY"},
    {"StPetersburg", "ST PETERSBURG", "STPETERSBURG"},
    {"StDotPetersburg", "ST. PETERSBURG", "STPETERSBURG"},
    {"PortAuPrinceSpaced", "PORT AU PRINCE", "PORTAUPRINCE"},
    {"PortAuPrinceHyphenated", "PORT-AU-PRINCE", "PORTAUPRINCE"},
    {"NdjamenaApostrophe", "N'DJAMENA", "NDJAMENA"},
    {"KyivAsWritten", "KYIV", "KYIV"},
    {"KievAsWritten", "KIEV", "KIEV"},
    {"UnvieIsUnvieVienna", "UNVIE", "UNVIEVIENNA"},
    {"UnvieVienna", "UNVIE VIENNA", "UNVIEVIENNA"},
    {"UsOsce", "USOSCE", "USOSCE"},
    {"MissionGenevaIsGeneva", "US MISSION GENEVA", "GENEVA"},
    {"AitTaipei", "AIT TAIPEI", "AITTAIPEI"},
    {"TaipeiAlone", "TAIPEI", "TAIPEI"},
    {"JerusalemConsulate", "AMCONSUL JERUSALEM", "JERUSALEM"},
    {"KuwaitAlone", "KUWAIT", "KUWAIT"},
    {"AmembassyPrefixDropped", "AMEMBASSY ASTANA", "ASTANA"},
    {"InterestsSectionPrefixDropped", "USINT HAVANA", "HAVANA"},
    {"LiaisonOfficePrefixDropped", "USLO TRIPOLI", "TRIPOLI"},
    {"ConsulateGeneralPrefixDropped", "AMCONGEN HONG KONG", "HONGKONG"},
    {"UsOfficePrefixDropped", "USOFFICE PRISTINA", "PRISTINA"},
    {"ZeroTypedForO", "BOG0TA", "BOGOTA"},
    {"MexicoCity", "MEXICO CITY", "MEXICO"},
    {"IrpoDubai", "IRPO DUBAI", "IRANRPODUBAI"},
    {"ReleaseTypoMapsToStation", "BEIJIG", "BEIJING"},
    {"EftoPrefixedIdStation", "EFTOLONDON", "LONDON"},
    {"KualaLumpAbbreviation", "KUALA LUMP", "KUALALUMPUR"},
    {"SaoPaulo", "Sao Paulo", "SAOPAULO"},
    {"NewDelhi", "NEW DELHI", "NEWDELHI"},
    {"BuenosAiresInitials", "BA", "BUENOSAIRES"},
    {"KualaLumpurInitials", "KL", "KUALALUMPUR"},
    {"PortAuPrinceCut", "PORT A", "PORTAUPRINCE"},
    {"RioDeJaneiroCut", "RIO DE JAN", "RIODEJANEIRO"},
    {"VaticanCut", "VAT", "VATICAN"},
    {"BrazilIsBrasilia", "BRAZIL", "BRASILIA"},
    {"BasraIsBasrah", "BASRA", "BASRAH"},
    {"UsunescoParisFr", "USUNESCO PARIS FR", "UNESCOPARISFR"},
    {"ParisFrIsUnescoMission", "PARIS FR", "UNESCOPARISFR"},
    {"UnescoParisReleaseSpelling", "UNESCOPARIS", "UNESCOPARISFR"},
    {"SecdefOutsideRelease", "SECDEF", "SECDEF"},
    {"SatteTypoIsState", "SATTE", "STATE"},
    {"DubaiRpoReversed", "DUBAI RPO", "IRANRPODUBAI"},
    {"CountryCodeAfterStation", "ROME IT", "ROME"},
    {"CountryCodeAfterSpacedStation", "BUENOS AIRES AR", "BUENOSAIRES"},
    {"ShortWordAfterStationIsNoCountryCode", "ROME OF", ""},
    {"CircularAirgramIsNoCountryCode", "STATE CA", ""},
    {"UnknownWordIsNoStation", "EMAIL", ""},
    {"MonthIsNoStation", "MARCH", ""},
    {"EmptyIsNoStation", "", ""},
    {"PunctuationOnlyIsNoStation", "-- .", ""},
};

INSTANTIATE_TEST_SUITE_P(Stations, CanonicalStationTest, testing::ValuesIn(kStationCases),
                         CaseName());

struct RefIdCase {
  const char* name;
  int year;
  const char* station;
  const char* serial;
  const char* expected;
};

class CanonicalRefIdTest : public testing::TestWithParam<RefIdCase> {};

TEST_P(CanonicalRefIdTest, BuildsReleaseId) {
  const auto& c = GetParam();
  EXPECT_EQ(canonicalRefId(c.year, c.station, c.serial), c.expected);
}

const RefIdCase kRefIdCases[] = {
    {"TwoDigitYear", 7, "ASTANA", "2318", "07ASTANA2318"},
    {"LeadingZerosDropped", 7, "ASTANA", "002318", "07ASTANA2318"},
    {"FourDigitYear", 2006, "ALMATY", "2135", "06ALMATY2135"},
    {"SecstateWritten", 2007, "SECSTATE", "108617", "07STATE108617"},
    {"SpacedStation", 2008, "RIO DE JANEIRO", "45", "08RIODEJANEIRO45"},
    {"NineteenSixties", 1966, "STATE", "106206", "66STATE106206"},
    {"YearTwoThousand", 2000, "STATE", "12", "00STATE12"},
    {"SerialAllZerosKeepsOneZero", 8, "MADRID", "000", "08MADRID0"},
    {"KievBecomesKyivFrom2007", 2008, "KIEV", "12", "08KYIV12"},
    {"KievStaysKievIn2006", 2006, "KIEV", "12", "06KIEV12"},
    {"CalcuttaBecomesKolkata", 2009, "CALCUTTA", "5", "09KOLKATA5"},
    {"UnknownStationGivesNothing", 2007, "USDEL", "71743", ""},
    {"OriginatorOutsideReleaseKeepsItsId", 2007, "SECDEF", "71743", "07SECDEF71743"},
    {"UnescoMissionUnderOneSpelling", 2008, "PARIS FR", "2144", "08UNESCOPARISFR2144"},
    {"NonDigitSerialGivesNothing", 2007, "STATE", "12A", ""},
    {"EmptySerialGivesNothing", 2007, "STATE", "", ""},
};

INSTANTIATE_TEST_SUITE_P(RefIds, CanonicalRefIdTest, testing::ValuesIn(kRefIdCases),
                         CaseName());

TEST(ReferenceId, SplitsYearStationAndSerial) {
  ReferenceId id("07ASTANA002327");
  EXPECT_EQ(id.yearDigits(), "07");
  EXPECT_EQ(id.station(), "ASTANA");
  EXPECT_EQ(id.serial(), "002327");
  EXPECT_TRUE(id.isWellFormed());
}

TEST(ReferenceId, KeepsThePartsOfAMalformedId) {
  ReferenceId doubled("7575LIBREVILLE1895");
  EXPECT_EQ(doubled.yearDigits(), "7575");
  EXPECT_EQ(doubled.station(), "LIBREVILLE");
  EXPECT_EQ(doubled.serial(), "1895");
  EXPECT_EQ(ReferenceId("08ECTION01OF02MANAMA492").station(), "ECTION01OF02MANAMA");
  EXPECT_EQ(ReferenceId("06ASTANA").serial(), "");
  EXPECT_EQ(ReferenceId("2327").station(), "");
}

TEST(ReferenceId, WellFormedAreReleaseIds) {
  EXPECT_TRUE(ReferenceId("07ASTANA2327").isWellFormed());
  EXPECT_TRUE(ReferenceId("66BUENOSAIRES2481").isWellFormed());
  EXPECT_TRUE(ReferenceId("09STATE1").isWellFormed());
}

TEST(ReferenceId, DoubledYearIsNotWellFormed) { EXPECT_FALSE(ReferenceId("7575LIBREVILLE1895").isWellFormed()); }

TEST(ReferenceId, SectionGarbageIsNotWellFormed) {
  EXPECT_FALSE(ReferenceId("06SECTION01OF02HARARE628").isWellFormed());
}

TEST(ReferenceId, MissingSerialIsNotWellFormed) { EXPECT_FALSE(ReferenceId("06ASTANA").isWellFormed()); }

TEST(ReferenceId, LowerCaseAndSpacesAreNotWellFormed) {
  EXPECT_FALSE(ReferenceId("07astana2327").isWellFormed());
  EXPECT_FALSE(ReferenceId("07 ASTANA 2327").isWellFormed());
  EXPECT_FALSE(ReferenceId("").isWellFormed());
}

TEST(ReferenceId, TrailingLettersAreNotWellFormed) {
  EXPECT_FALSE(ReferenceId("90STATE255195TOSEC140301").isWellFormed());
}

TEST(ReferenceId, PublishedShapeTakesMalformedReleaseIds) {
  EXPECT_TRUE(ReferenceId("07ASTANA2327").hasPublishedShape());
  EXPECT_TRUE(ReferenceId("7575LIBREVILLE1895").hasPublishedShape());
  EXPECT_TRUE(ReferenceId("08ECTION01OF02MANAMA492").hasPublishedShape());
  EXPECT_TRUE(ReferenceId("09PARTO40301").hasPublishedShape());
}

TEST(ReferenceId, PublishedShapeWantsDigitsCapitalsDigits) {
  EXPECT_FALSE(ReferenceId("7ASTANA2327").hasPublishedShape());   // one digit
  EXPECT_FALSE(ReferenceId("07astana2327").hasPublishedShape());  // lower case
  EXPECT_FALSE(ReferenceId("07ASTANA").hasPublishedShape());      // no serial
  EXPECT_FALSE(ReferenceId("07ASTANA-2327").hasPublishedShape());
  EXPECT_FALSE(ReferenceId("20070827").hasPublishedShape());
}

TEST(ReferenceId, PublishedIdsRunFromFiveToFortyCharacters) {
  EXPECT_TRUE(looksLikePublishedId("07A12"));
  EXPECT_FALSE(looksLikePublishedId("07A1"));
  EXPECT_TRUE(looksLikePublishedId("07" + std::string(37, 'A') + "1"));
  EXPECT_FALSE(looksLikePublishedId("07" + std::string(38, 'A') + "1"));
}

TEST(ReferenceId, WellFormedLengthReadsTheIdThatStartsATextRow) {
  EXPECT_EQ(ReferenceId::wellFormedLength("06THEHAGUE131  2006-01-19"), 13u);
  EXPECT_EQ(ReferenceId::wellFormedLength("06THEHAGUE"), 0u);
  EXPECT_EQ(ReferenceId::wellFormedLength("2006-01-19"), 0u);
  EXPECT_EQ(ReferenceId::wellFormedLength(""), 0u);
}

TEST(ReferenceIdYear, TwoThousands) { EXPECT_EQ(ReferenceId("07ASTANA1").year(), 2007); }
TEST(ReferenceIdYear, Year2000) { EXPECT_EQ(ReferenceId("00STATE12").year(), 2000); }
TEST(ReferenceIdYear, Year2010) { EXPECT_EQ(ReferenceId("10CAIRO65").year(), 2010); }
TEST(ReferenceIdYear, Sixties) { EXPECT_EQ(ReferenceId("66BUENOSAIRES2481").year(), 1966); }
TEST(ReferenceIdYear, Nineties) { EXPECT_EQ(ReferenceId("99ROME12").year(), 1999); }
TEST(ReferenceIdYear, MalformedTakesItsFirstTwoDigits) {
  EXPECT_EQ(ReferenceId("7575LIBREVILLE1895").year(), 1975);
  EXPECT_EQ(ReferenceId("7575LIBREVILLE1895").twoDigitYear(), 75);
}
TEST(ReferenceIdYear, NoLeadingYearIsUnknown) {
  EXPECT_EQ(ReferenceId("ASTANA2327").year(), 0);
  EXPECT_EQ(ReferenceId("07").twoDigitYear(), -1);
  EXPECT_EQ(ReferenceId("").year(), 0);
}
TEST(ReferenceIdYear, ReleaseYearPivotsAtSixtySix) {
  EXPECT_EQ(releaseYear(65), 2065);
  EXPECT_EQ(releaseYear(66), 1966);
}

TEST(StationTable, EveryCanonicalSpellingIsItsOwnKey) {
  for (std::size_t i = 0; i < kStationTableSize; ++i)
    EXPECT_EQ(lookupNormalizedStation(kStationTable[i].canonical), kStationTable[i].canonical)
        << kStationTable[i].written;
}

TEST(StationTable, KnowsTheBusiestStations) {
  EXPECT_EQ(lookupNormalizedStation("STATE"), "STATE");
  EXPECT_EQ(lookupNormalizedStation("ANKARA"), "ANKARA");
  EXPECT_EQ(lookupNormalizedStation("USUNNEWYORK"), "USUNNEWYORK");
}

TEST(StationTable, NearestStationFixesOneTypo) {
  EXPECT_EQ(nearestStation("SANJSE"), "SANJOSE");
  EXPECT_EQ(nearestStation("ASHBABAT"), "ASHGABAT");
  EXPECT_EQ(nearestStation("BARSILIA"), "BRASILIA");  // swapped letters
}

TEST(StationTable, NearestStationRefusesShortOrFarWords) {
  EXPECT_EQ(nearestStation("LIMO"), "");      // too short to guess
  EXPECT_EQ(nearestStation("NOVEMBER"), "");  // no station that close
}

}  // namespace
