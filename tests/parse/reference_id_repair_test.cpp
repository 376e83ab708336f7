// The cable's own ID when WikiLeaks published another spelling: every shape of
// the release's malformed IDs, and where the canonical ID comes from.
#include <gtest/gtest.h>

#include <string>

#include "parse/cable_parser.h"
#include "parse/reference_id_repair.h"
#include "parse/station_table.h"

using namespace cablecat;

namespace {

Cable repaired(const std::string& published, const std::string& fromStation = "", const std::string& body = "") {
  Cable cable;
  cable.ref_id = published;
  cable.from_station = fromStation;
  cable.body = body;
  canonicalizePublishedRefId(cable);
  return cable;
}

struct ShapeCase {
  const char* name;
  const char* published;
  const char* canonical;
};

void PrintTo(const ShapeCase& c, std::ostream* out) { *out << c.name; }

class PublishedIdShapeTest : public testing::TestWithParam<ShapeCase> {};

// Without any text the station table repairs every shape the release has.
TEST_P(PublishedIdShapeTest, ReadsCanonicalIdAndKeepsPublishedOne) {
  const auto& c = GetParam();
  Cable cable = repaired(c.published);
  EXPECT_EQ(cable.ref_id, c.canonical);
  EXPECT_EQ(cable.published_ref_id, c.published);
  EXPECT_FALSE(cable.ref_id_malformed);
  ASSERT_EQ(cable.diagnostics.size(), 1u);
  EXPECT_EQ(cable.diagnostics[0].severity, Severity::note);
}

const ShapeCase kShapeCases[] = {
    {"SectionLineBeforeStation", "09SECTION01OF03SANJOSE525", "09SANJOSE525"},
    {"SectionWordWithoutFirstLetter", "08ECTION01OF02MANAMA492", "08MANAMA492"},
    {"SectionWordWithoutSecondLetter", "08SCTION02OF02SAOPAULO335", "08SAOPAULO335"},
    {"SectionWordCutShort", "08SECTIO04OF07BEIJING3049", "08BEIJING3049"},
    {"SectionWordWithoutT", "06SECION01OF02HARARE628", "06HARARE628"},
    {"SectionWordWithoutC", "07SETION02OF02BAKU1501", "07BAKU1501"},
    {"SectionWordWithoutI", "08SECTON02OF02TIRANA398", "08TIRANA398"},
    {"SectionWordWithoutO", "08SECTIN01OF02BUDAPEST836", "08BUDAPEST836"},
    {"SectionWordDoubledN", "08SECTINN02OF02JAKARTA1486", "08JAKARTA1486"},
    {"SectionWordTypedK", "06SECTIKN01OF03MINSK1223", "06MINSK1223"},
    {"SectionWordTypedQ", "09SQCTION02OF02DUSHANBE143", "09DUSHANBE143"},
    {"SectionNumberTypedQ", "09SECTIOQ1OF06HARARE876", "09HARARE876"},
    {"SectionWordMissing", "0901OF02RPODUBAI288", "09RPODUBAI288"},
    {"OfWrittenO", "06SECTION01O02HONGKONG2311", "06HONGKONG2311"},
    {"OfWrittenF", "08SECTION01F03BEIRUT1568", "08BEIRUT1568"},
    {"OfWrittenGf", "08SECTION01GF02BISHIEK21", "08BISHKEK21"},
    {"OfWrittenQf", "09SECTION0QF05HANOI297", "09HANOI297"},
    {"StationWithoutFirstLetter", "07SECTION02OF03EIJING483", "07BEIJING483"},
    {"StationFirstLetterTypedQ", "09SECTION02OF03QRIPOLI583", "09TRIPOLI583"},
    {"YearTypedTwice", "7575LIBREVILLE1895", "75LIBREVILLE1895"},
    {"DuplicateMarkerAfterSerial", "07OSLO000160ZDK164", "07OSLO160"},
    {"CancelMarkerAfterSerial", "06MADRID002583ZFR2585", "06MADRID2583"},
    {"SuspectedDuplicateAfterSerial", "08ACCRA001382SUSPECTEDDUPLICATE1392", "08ACCRA1382"},
    {"TosecSerialAfterStateSerial", "90STATE255195TOSEC140301", "90STATE255195"},
    {"EftoGluedToStation", "09EFTOLONDON2187", "09LONDON2187"},
    {"ClassificationGluedToStation", "85NOFORNMOGADISHU1643", "85MOGADISHU1643"},
    {"OfficeGluedToStation", "09AMEMBASSYHANOI1234", "09HANOI1234"},
    {"StationTypoInRelease", "09BRUSSQLS1235", "09BRUSSELS1235"},
    {"UnescoMissionSpelledParisFr", "08PARISFR2144", "08UNESCOPARISFR2144"},
};

INSTANTIATE_TEST_SUITE_P(ReleaseShapes, PublishedIdShapeTest, testing::ValuesIn(kShapeCases),
                         [](const testing::TestParamInfo<ShapeCase>& param) { return std::string(param.param.name); });

TEST(PublishedIdSource, ClassificationLineNamesTheCable) {
  Cable cable = repaired("7575LIBREVILLE1895", "", "C O N F I D E N T I A L 75 LIBREVILLE 1895\nE.O. 11652: NGDS\n");
  EXPECT_EQ(cable.ref_id, "75LIBREVILLE1895");
  ASSERT_EQ(cable.diagnostics.size(), 1u);
  EXPECT_NE(cable.diagnostics[0].message.find("classification line"), std::string::npos);
}

TEST(PublishedIdSource, PageHeaderNamesTheCable) {
  Cable cable = repaired("08SECTION01GF02BISHIEK21", "", "S E C R E T\n\nSUBJECT: X\n\nBISHKEK 00000021  002 OF 002\n");
  EXPECT_EQ(cable.ref_id, "08BISHKEK21");
  ASSERT_EQ(cable.diagnostics.size(), 1u);
  EXPECT_NE(cable.diagnostics[0].message.find("classification line"), std::string::npos);
}

// "SECTION 02 OF 03QRIPOLI 000583": the line is garbled like the ID; the FM line is not.
TEST(PublishedIdSource, FmLineNamesTheStation) {
  Cable cable = repaired("09SECTION02OF03QRIPOLI583", "AMEMBASSY TRIPOLI",
                         "S E C R E T SECTION 02 OF 03QRIPOLI 000583\n\nNOFORN\n");
  EXPECT_EQ(cable.ref_id, "09TRIPOLI583");
  EXPECT_EQ(cable.published_ref_id, "09SECTION02OF03QRIPOLI583");
  ASSERT_EQ(cable.diagnostics.size(), 1u);
  EXPECT_NE(cable.diagnostics[0].message.find("FM line"), std::string::npos);
}

TEST(PublishedIdSource, SerialMissingFromIdIsTakenFromClassificationLine) {
  Cable cable = repaired("06ASTANA", "", "UNCLAS ASTANA 001234\n\nSIPDIS\n");
  EXPECT_EQ(cable.ref_id, "06ASTANA1234");
  EXPECT_EQ(cable.published_ref_id, "06ASTANA");
}

TEST(PublishedIdKept, SerialMissingEverywhere) {
  Cable cable = repaired("06ASTANA");
  EXPECT_EQ(cable.ref_id, "06ASTANA");
  EXPECT_TRUE(cable.published_ref_id.empty());
  EXPECT_TRUE(cable.ref_id_malformed);
  ASSERT_EQ(cable.diagnostics.size(), 1u);
  EXPECT_EQ(cable.diagnostics[0].severity, Severity::warning);
}

TEST(PublishedIdKept, NoStationInId) {
  Cable cable = repaired("092OF5");
  EXPECT_EQ(cable.ref_id, "092OF5");
  EXPECT_TRUE(cable.ref_id_malformed);
}

TEST(PublishedIdKept, CanonicalIdIsLeftAlone) {
  Cable cable = repaired("07ASTANA2327", "AMEMBASSY ASTANA");
  EXPECT_EQ(cable.ref_id, "07ASTANA2327");
  EXPECT_TRUE(cable.published_ref_id.empty());
  EXPECT_TRUE(cable.diagnostics.empty());
}

// A typo the station table maps one way while the FM line names another
// station: no evidence which is right, so the release's ID stays.
TEST(PublishedIdKept, FmLineDisagreesWithTheTable) {
  Cable cable = repaired("09BRUSSQLS1235", "USNATO");
  EXPECT_EQ(cable.ref_id, "09BRUSSQLS1235");
  EXPECT_TRUE(cable.published_ref_id.empty());
  EXPECT_FALSE(cable.ref_id_malformed);
}

TEST(PublishedIdKept, SectionWordsAreNoStations) {
  for (const char* word : {"SECTION", "SCTION", "ECTION", "SECTIO", "SECION", "SETION", "SECTON", "SECTIN",
                           "SECTINN", "SECTIKN", "SQCTION", "SECTIOQ", "SUSPECTEDDUPLICATE"}) {
    EXPECT_EQ(lookupNormalizedStation(word), "") << word;
    EXPECT_EQ(nearestStation(word), "") << word;
  }
}

// The whole parse: the canonical ID is the cable's, its own classification
// line is no reference, and its REF list takes the canonical year.
TEST(PublishedIdInCable, ParsedCableUsesCanonicalId) {
  RawCable raw;
  raw.format = "text";
  raw.metadata.ref_id = "08ECTION01OF02MANAMA492";
  raw.header = "R 101010Z JUL 08\nFM AMEMBASSY MANAMA\nTO RUEHC/SECSTATE WASHDC 1234\n";
  raw.body = "C O N F I D E N T I A L SECTION 01 OF 02 MANAMA 000492\n\nSUBJECT: X\n\nREF: MANAMA 450\n\n1. (C) x\n";
  Cable cable = parseCable(raw);
  EXPECT_EQ(cable.ref_id, "08MANAMA492");
  EXPECT_EQ(cable.published_ref_id, "08ECTION01OF02MANAMA492");
  ASSERT_EQ(cable.references.size(), 1u);
  EXPECT_EQ(cable.references[0].ref_id, "08MANAMA450");
}

}  // namespace
