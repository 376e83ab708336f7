// Canonical station names and reference IDs, as the WikiLeaks release spells them.
#include <gtest/gtest.h>

#include <string>

#include "parse/reference_ids.h"
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

TEST(RefIdShape, AcceptsReleaseIds) {
  EXPECT_TRUE(isWellFormedRefId("07ASTANA2327"));
  EXPECT_TRUE(isWellFormedRefId("66BUENOSAIRES2481"));
  EXPECT_TRUE(isWellFormedRefId("09STATE1"));
}

TEST(RefIdShape, RejectsDoubledYear) { EXPECT_FALSE(isWellFormedRefId("7575LIBREVILLE1895")); }

TEST(RefIdShape, RejectsSectionGarbage) { EXPECT_FALSE(isWellFormedRefId("06SECTION01OF02HARARE628")); }

TEST(RefIdShape, RejectsMissingSerial) { EXPECT_FALSE(isWellFormedRefId("06ASTANA")); }

TEST(RefIdShape, RejectsLowerCaseAndSpaces) {
  EXPECT_FALSE(isWellFormedRefId("07astana2327"));
  EXPECT_FALSE(isWellFormedRefId("07 ASTANA 2327"));
  EXPECT_FALSE(isWellFormedRefId(""));
}

TEST(RefIdShape, RejectsTrailingLetters) { EXPECT_FALSE(isWellFormedRefId("90STATE255195TOSEC140301")); }

TEST(RefIdYear, TwoThousands) { EXPECT_EQ(yearOfRefId("07ASTANA1"), 2007); }
TEST(RefIdYear, Year2000) { EXPECT_EQ(yearOfRefId("00STATE12"), 2000); }
TEST(RefIdYear, Year2010) { EXPECT_EQ(yearOfRefId("10CAIRO65"), 2010); }
TEST(RefIdYear, Sixties) { EXPECT_EQ(yearOfRefId("66BUENOSAIRES2481"), 1966); }
TEST(RefIdYear, Nineties) { EXPECT_EQ(yearOfRefId("99ROME12"), 1999); }
TEST(RefIdYear, MalformedIsUnknown) { EXPECT_EQ(yearOfRefId("7575LIBREVILLE1895"), 0); }

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
