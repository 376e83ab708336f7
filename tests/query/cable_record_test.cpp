// `show`'s record: lookup, text layout and JSON, on the fixture catalogue.
#include <gtest/gtest.h>

#include "catalogue_fixture.h"
#include "query/cable_record.h"

using namespace cablecat;
using namespace cablecat::test;

class CableRecordTest : public ::testing::Test {
 protected:
  FixtureCatalogue catalogue;
  SQLite::Database db = openCatalogueForReading(catalogue.path());
};

TEST_F(CableRecordTest, LookupIgnoresCase) {
  ASSERT_TRUE(loadCableRecord(db, "07astana2327").has_value());
  EXPECT_EQ(loadCableRecord(db, "07astana2327")->ref_id, "07ASTANA2327");
  EXPECT_FALSE(loadCableRecord(db, "07X").has_value());
}

TEST_F(CableRecordTest, TextShowsEverythingAPersonReads) {
  EXPECT_EQ(cableRecordText(*loadCableRecord(db, "07ASTANA2327")),
            "07ASTANA2327: KAZAKHSTAN: ELECTION COMMISSION PREPARES FOR PARLIAMENTARY VOTE\n"
            "\n"
            "Reference ID     07ASTANA2327\n"
            "Created          2007-08-27T10:01\n"
            "Released         2011-08-30T01:44\n"
            "Classification   UNCLASSIFIED\n"
            "Origin           Embassy Astana\n"
            "Precedence       PRIORITY\n"
            "DTG              2007-08-27T10:01Z\n"
            "From             AMEMBASSY ASTANA\n"
            "Subject          KAZAKHSTAN: ELECTION COMMISSION PREPARES FOR PARLIAMENTARY VOTE\n"
            "DECL             N/A\n"
            "Signer           ORDWAY\n"
            "Sections         2\n"
            "Transmission ID  VZCZCXRO1141\n"
            "Sources          archive/astana-2007-08.txt line 12 (archive)\n"
            "                 csv/cables_tiny.csv row 3 (csv)\n"
            "\n"
            "TO\n"
            "  RUEHC/SECSTATE WASHDC PRIORITY 0482\n"
            "INFO\n"
            "  RUEHAST/USOFFICE ALMATY\n"
            "  RUEHMO/AMEMBASSY MOSCOW 0033\n"
            "\n"
            "TAGS\n"
            "  PGOV  subject\n"
            "  KZ    geo\n"
            "  KDEM  program\n"
            "\n"
            "REFERENCES\n"
            "  A. ASTANA 1558 = 07ASTANA1558, in catalogue: KAZAKHSTAN: OIL PIPELINE TALKS STALL\n"
            "  B. STATE 98765 = 07STATE98765, not in catalogue\n"
            "  C. EMAIL FROM POL/ECON 08/20/07 (email)\n"
            "\n"
            "SUMMARY\n"
            "The Central Election Commission says it is ready for the August 18 vote.\n"
            "\n"
            "BODY\n"
            "1. (U) Summary: The Central Election Commission says it is ready for the August 18 vote. End summary.\n"
            "2. (U) Observers from the OSCE arrived in Astana to watch the election.\n"
            "ORDWAY\n");
}

TEST_F(CableRecordTest, TextShowsCitedByExclusionsAndClassifiedBy) {
  std::string cited = cableRecordText(*loadCableRecord(db, "07ASTANA1558"));
  EXPECT_NE(cited.find("Classified by    Amb. John Ordway, reasons 1.4 (B) and (D)\n"), std::string::npos);
  EXPECT_NE(cited.find("\nCITED BY\n"
                       "  07ASTANA2327  2007-08-27  KAZAKHSTAN: ELECTION COMMISSION PREPARES FOR PARLIAMENTARY VOTE\n"
                       "  08STATE5000  2008-01-20  DEMARCHE ON CASPIAN PIPELINE\n\nBODY\n"),
            std::string::npos)
      << cited;
  std::string demarche = cableRecordText(*loadCableRecord(db, "08STATE5000"));
  EXPECT_NE(demarche.find("TO\n  RUEHTA/AMEMBASSY ASTANA IMMEDIATE 5001\nINFO\n  RUEHMO/AMEMBASSY MOSCOW 5002\n"
                          "EXCLUDED (XMT)\n  AMCONSUL ALMATY\n"),
            std::string::npos)
      << demarche;
}

TEST_F(CableRecordTest, TextMarksMissingRecipientsPartialAndMalformedId) {
  std::string partial = cableRecordText(*loadCableRecord(db, "08ALMATY123"));
  EXPECT_NE(partial.find("Partial          yes: a partial extract, not the whole cable\n"), std::string::npos);
  EXPECT_NE(partial.find("\n(no recipients)\n"), std::string::npos);
  EXPECT_NE(partial.find("  NAZARBAYEV, NURSULTAN  person\n"), std::string::npos);
  std::string malformed = cableRecordText(*loadCableRecord(db, "7575libreville1895"));
  EXPECT_NE(malformed.find("Reference ID     7575LIBREVILLE1895 (malformed, kept as written)\n"), std::string::npos);
  EXPECT_NE(malformed.find("  A. LIBREVILLE 18XX (cable, no reference ID)\n"), std::string::npos);
  EXPECT_NE(malformed.find("TO\n  SECSTATE WASHDC 0007\n"), std::string::npos);
}

TEST_F(CableRecordTest, JsonHasTheSameContent) {
  nlohmann::ordered_json json = cableRecordJson(*loadCableRecord(db, "07ASTANA1558"));
  EXPECT_EQ(json["ref_id"], "07ASTANA1558");
  EXPECT_EQ(json["classified_by"], "Amb. John Ordway, reasons 1.4 (B) and (D)");
  EXPECT_TRUE(json["summary"].is_null());
  EXPECT_TRUE(json["section_count"].is_null());
  EXPECT_EQ(json["is_partial"], false);
  EXPECT_EQ(json["recipients"].dump(),
            R"([{"kind":"to","routing_indicator":"RUEHC","address":"SECSTATE WASHDC","precedence":null,"serial":"0101"}])");
  // The keys and child arrays of `cablecat parse`.
  EXPECT_EQ(json["from_station"], "AMEMBASSY ASTANA");
  EXPECT_FALSE(json.contains("from"));
  EXPECT_EQ(json["signer"], "ORDWAY");
  EXPECT_EQ(json["signers"].dump(), R"(["ORDWAY"])");
  EXPECT_EQ(json["tags"].dump(), R"(["EPET","KZ"])");
  EXPECT_EQ(json["tag_details"].dump(),
            R"([{"code":"EPET","kind":"subject","written":null},{"code":"KZ","kind":"geo","written":null}])");
  EXPECT_EQ(json["cited_by"].dump(),
            R"([{"ref_id":"07ASTANA2327","created":"2007-08-27T10:01","subject":"KAZAKHSTAN: ELECTION COMMISSION PREPARES FOR PARLIAMENTARY VOTE"},)"
            R"({"ref_id":"08STATE5000","created":"2008-01-20T15:00","subject":"DEMARCHE ON CASPIAN PIPELINE"}])");
  EXPECT_EQ(json["sources"].dump(), R"([{"path":"archive/astana-2007-08.txt","format":"archive","locator":"line 140"}])");
  nlohmann::ordered_json citing = cableRecordJson(*loadCableRecord(db, "07ASTANA2327"));
  EXPECT_EQ(citing["references"].dump(),
            R"([{"letter":"A","raw":"ASTANA 1558","ref_id":"07ASTANA1558","kind":"cable","in_catalogue":true,"cited_subject":"KAZAKHSTAN: OIL PIPELINE TALKS STALL"},)"
            R"({"letter":"B","raw":"STATE 98765","ref_id":"07STATE98765","kind":"cable","in_catalogue":false,"cited_subject":null},)"
            R"({"letter":"C","raw":"EMAIL FROM POL/ECON 08/20/07","ref_id":null,"kind":"email","in_catalogue":false,"cited_subject":null}])");
  EXPECT_EQ(cableRecordJson(*loadCableRecord(db, "08STATE5000"))["exclusions"].dump(),
            R"([{"routing_indicator":null,"address":"AMCONSUL ALMATY"}])");
}
