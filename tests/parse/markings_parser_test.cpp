// Classification line, section count, DECL and Classified By.
#include <gtest/gtest.h>

#include "parse/classification_line.h"
#include "parse/classified_by.h"
#include "parse/decl_marking.h"
#include "parse/markings_parser.h"

using namespace cablecat;

namespace {

Cable marked(std::string_view body, std::string classification = "") {
  Cable cable;
  cable.classification = std::move(classification);
  parseMarkings(body, cable);
  return cable;
}

std::string classificationOf(std::string_view line) {
  ClassificationLine parsed;
  return parseClassificationLine(line, parsed) ? parsed.classification : "none";
}

}  // namespace

TEST(Markings, SectionCountFromClassificationLine) {
  Cable cable = marked("UNCLAS SECTION 01 OF 04 ASTANA 002327 \n \nSIPDIS\n");
  EXPECT_EQ(cable.section_count, 4);
  EXPECT_EQ(cable.classification, "UNCLASSIFIED");
}

TEST(Markings, NoSectionMeansZero) { EXPECT_EQ(marked("UNCLAS ASTANA 002323\n").section_count, 0); }

TEST(Markings, SectionWithoutLeadingZeros) {
  EXPECT_EQ(marked("C O N F I D E N T I A L SECTION 1 OF 2 TEHRAN 2069\n").section_count, 2);
}

TEST(Markings, MetadataClassificationWins) {
  Cable cable = marked("UNCLAS ASTANA 002318\n", "UNCLASSIFIED//FOR OFFICIAL USE ONLY");
  EXPECT_EQ(cable.classification, "UNCLASSIFIED//FOR OFFICIAL USE ONLY");
}

TEST(Markings, SpacedConfidential) {
  EXPECT_EQ(marked("C O N F I D E N T I A L ASTANA 000919\n").classification, "CONFIDENTIAL");
}

TEST(Markings, ClassificationLineAfterBlankLines) {
  EXPECT_EQ(marked("\n \nS E C R E T ISLAMABAD 003705\n").classification, "SECRET");
}

TEST(ClassificationLine, Variants) {
  EXPECT_EQ(classificationOf("UNCLAS ASTANA 002327"), "UNCLASSIFIED");
  EXPECT_EQ(classificationOf("UNCLASSIFIED BUENOS AIRES 2481"), "UNCLASSIFIED");
  EXPECT_EQ(classificationOf("CONFIDENTIAL"), "CONFIDENTIAL");
  EXPECT_EQ(classificationOf("SECRET"), "SECRET");
  EXPECT_EQ(classificationOf("CONFIDENTIAL KABUL 3619"), "CONFIDENTIAL");
  EXPECT_EQ(classificationOf("S E C R E T        DOHA 00214"), "SECRET");
  EXPECT_EQ(classificationOf("C O N F I D E N T I A L 75 LIBREVILLE 1895"), "CONFIDENTIAL");
}

TEST(ClassificationLine, Noforn) {
  EXPECT_EQ(classificationOf("SECRET NOFORN"), "SECRET//NOFORN");
  EXPECT_EQ(classificationOf("S E C R E T SECTION 01 OF 03 USNATO 000123 NOFORN"), "SECRET//NOFORN");
  EXPECT_EQ(classificationOf("CONFIDENTIAL//NOFORN"), "CONFIDENTIAL//NOFORN");
}

TEST(ClassificationLine, LimitedOfficialUseAndTopSecret) {
  EXPECT_EQ(classificationOf("LIMITED OFFICIAL USE ROME 001196"), "LIMITED OFFICIAL USE");
  EXPECT_EQ(classificationOf("LIMITED OFFICIAL USE SECTION 01 OF 02 ROME 001196"),
            "LIMITED OFFICIAL USE");
  EXPECT_EQ(classificationOf("TOP SECRET STATE 012345"), "TOP SECRET");
}

TEST(ClassificationLine, UnclasEfto) {
  EXPECT_EQ(classificationOf("UNCLAS E F T O SECTION 01 OF 02 MOSCOW 01234"), "UNCLASSIFIED");
}

TEST(ClassificationLine, SentencesAreNotClassificationLines) {
  EXPECT_EQ(classificationOf("Secret talks began today."), "none");
  EXPECT_EQ(classificationOf("SECRET TALKS BEGAN TODAY"), "none");
  EXPECT_EQ(classificationOf("CONFIDENTIAL SOURCES SAY"), "none");
  EXPECT_EQ(classificationOf("UNCLASSIFIED: SEE BELOW"), "none");
  EXPECT_EQ(classificationOf(""), "none");
}

TEST(ClassificationLine, SectionCount) {
  ClassificationLine parsed;
  ASSERT_TRUE(parseClassificationLine("UNCLAS SECTION 02 OF 10 ASTANA 002327", parsed));
  EXPECT_EQ(parsed.section_count, 10);
  EXPECT_EQ(findSectionCount("no section here"), 0);
}

TEST(Markings, FlattenedBodyStillGivesSectionAndDecl) {
  Cable cable = marked(
      "C O N F I D E N T I A L SECTION 01 OF 03 MOSCOW 001234 SIPDIS E.O. 12958: DECL: "
      "03/25/2019 TAGS: PREL RS SUBJECT: TALKS");
  EXPECT_EQ(cable.section_count, 3);
  EXPECT_EQ(cable.decl, "2019-03-25");
}

TEST(Decl, NotApplicableIsEmpty) {
  EXPECT_EQ(marked("UNCLAS ASTANA 002327\n\nE.O. 12958: N/A \nTAGS: PGOV\n").decl, "");
  EXPECT_EQ(findDecl("E.o. 12958: n/a\n"), "");
  EXPECT_EQ(findDecl("E.O. 12958:N/A\n"), "");
  EXPECT_EQ(findDecl("EO 12958 N/A\n"), "");
}

TEST(Decl, StandardDate) {
  EXPECT_EQ(marked("CONFIDENTIAL\n\nE.O. 12958: DECL: 08/27/2017 \nTAGS: PGOV\n").decl, "2017-08-27");
}

TEST(Decl, EarlyBuildWithoutColonsAndShortYear) {
  EXPECT_EQ(findDecl("EO 12958 DECL: 1/2/18\nTAGS EINV, ENRG, KZ\n"), "2018-01-02");
}

TEST(Decl, YearFirstDate) { EXPECT_EQ(findDecl("E.O. 13526: DECL: 2019/01/02\n"), "2019-01-02"); }

TEST(Decl, NoColonAfterDecl) { EXPECT_EQ(findDecl("E.O. 12958: DECL 08/27/2017\n"), "2017-08-27"); }

TEST(Decl, ExtraSpacesAndSingleDigits) {
  EXPECT_EQ(findDecl("E.O. 12958:  DECL:  9/5/2016\n"), "2016-09-05");
}

TEST(Decl, DashedDate) { EXPECT_EQ(findDecl("E.O. 12958:  DECL:  03-25-19\n"), "2019-03-25"); }

TEST(Decl, DayFirstDateIsSwappedWhenMonthIsImpossible) {
  EXPECT_EQ(findDecl("E.O. 12958: DECL: 27/08/2017\n"), "2017-08-27");
}

TEST(Decl, LowerCaseSpelling) { EXPECT_EQ(findDecl("E.o. 12958: decl: 10/31/2016\n"), "2016-10-31"); }

TEST(Decl, TypoInDeclWord) { EXPECT_EQ(findDecl("E.O. 12958: DECLl: 10/31/2016\n"), "2016-10-31"); }

TEST(Decl, Oadr) {
  EXPECT_EQ(findDecl("E.O. 12958: DECL: OADR\n"), "OADR");
  EXPECT_EQ(findDecl("E.O. 12958: DECL:OADR\n"), "OADR");
  EXPECT_EQ(findDecl("E.O. 12958: DECL:  oadr\n"), "OADR");
}

TEST(Decl, ExemptionCodes) {
  EXPECT_EQ(findDecl("E.O. 12958: DECL: X1\n"), "X1");
  EXPECT_EQ(findDecl("E.O. 12958: DECL: X8\n"), "X8");
  EXPECT_EQ(findDecl("E.O. 12958: DECL: 25X1\n"), "25X1");
  EXPECT_EQ(findDecl("E.O. 12958: DECL: 25X1- HUMAN\n"), "25X1-HUMAN");
}

TEST(Decl, OldScheduleCodes) {
  EXPECT_EQ(findDecl("E. O. 11652: GDS\nTAGS: PFOR\n"), "GDS");
  EXPECT_EQ(findDecl("E.O. 11652: NGDS\n"), "NGDS");
  EXPECT_EQ(findDecl("E.O. 11652: N/A\n"), "");
}

TEST(Decl, DeclassificationNoticesAreNotDecl) {
  EXPECT_EQ(findDecl("E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006\n"), "");
  EXPECT_EQ(findDecl("E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009\n"), "");
}

TEST(Decl, FreeTextIsKeptUpperCase) {
  EXPECT_EQ(findDecl("E.O. 12958: DECL: twenty years\n"), "TWENTY YEARS");
}

TEST(Decl, GluedTagsAreCut) {
  EXPECT_EQ(findDecl("E.O. 12958: DECL: 1/9/2018 TAGS: PREL PHUM LY\n"), "2018-01-09");
}

TEST(Decl, AfterAddresseeNotesOnTheSameLine) {
  EXPECT_EQ(findDecl("DEPT FOR NEA/MAG E.O. 12958: DECL: 06/04/2019\n"), "2019-06-04");
}

TEST(Decl, BareDeclLine) { EXPECT_EQ(findDecl("SECRET\n\nDECL: OADR\n"), "OADR"); }

TEST(Decl, NoEoLineIsEmpty) { EXPECT_EQ(findDecl("1. (C) Nothing to see.\n"), ""); }

TEST(Decl, WordEndingInEIsNotAnEoMarker) {
  EXPECT_EQ(findDecl("THE O 12345: DECL: 01/01/2010\n"), "");
}

TEST(Decl, NormalizeValue) {
  EXPECT_EQ(normalizeDeclValue("08/27/2017."), "2017-08-27");
  EXPECT_EQ(normalizeDeclValue("n/a"), "");
  EXPECT_EQ(normalizeDeclValue(""), "");
}

TEST(ClassifiedBy, OneLine) {
  EXPECT_EQ(findClassifiedBy("SUBJECT: X\n\nClassified By: Amb. John Ordway, reasons 1.4 (B) and (D).\n\n1. (C) Text\n"),
            "Amb. John Ordway, reasons 1.4 (B) and (D)");
}

TEST(ClassifiedBy, WrappedOverTwoLines) {
  EXPECT_EQ(findClassifiedBy("Classified By: Political Minister Counselor Robert S. Ford for reasons \n"
                             "1.4 (b) and (d) \n \n 1.  (S) SUMMARY.\n"),
            "Political Minister Counselor Robert S. Ford for reasons 1.4 (b) and (d)");
}

TEST(ClassifiedBy, WrappedOverThreeLines) {
  EXPECT_EQ(findClassifiedBy("Classified By: Deputy Chief of Mission\nJohn Smith for\nreasons 1.4 (b) and (d).\n"),
            "Deputy Chief of Mission John Smith for reasons 1.4 (b) and (d)");
}

TEST(ClassifiedBy, StopsAtTheNextParagraph) {
  EXPECT_EQ(findClassifiedBy("Classified By: DCM Michael J. Fitzpatrick for reasons 1.4 (b) and (d).\n"
                             "\xC2\xB6" "1. (C) SUMMARY: President named\n"),
            "DCM Michael J. Fitzpatrick for reasons 1.4 (b) and (d)");
  EXPECT_EQ(findClassifiedBy("Classified By: Amb. X, 1.4 (b)\n1. (C) Text\n"), "Amb. X, 1.4 (b)");
}

TEST(ClassifiedBy, LonePeriodLineClosesTheSentence) {
  EXPECT_EQ(findClassifiedBy("Classified By: Charge d'Affaires Donald Lu, for reasons 1.4 (B) and (D)\n.\n\nIntroduction\n"),
            "Charge d'Affaires Donald Lu, for reasons 1.4 (B) and (D)");
}

TEST(ClassifiedBy, UpperCaseLabel) {
  EXPECT_EQ(findClassifiedBy("CLASSIFIED BY: Gene A. Cretz, Ambassador. REASON: 1.4 (b), (d)\n\n"),
            "Gene A. Cretz, Ambassador. REASON: 1.4 (b), (d)");
}

TEST(ClassifiedBy, NoColon) {
  EXPECT_EQ(findClassifiedBy("Classified by DCM John Smith for reasons 1.4 b and d\n\n"),
            "DCM John Smith for reasons 1.4 b and d");
  EXPECT_EQ(findClassifiedBy("CLASSIFIED BY POL/ECON CHIEF STEVEN FAGIN, REASONS 1.4 (B)\n"),
            "POL/ECON CHIEF STEVEN FAGIN, REASONS 1.4 (B)");
}

TEST(ClassifiedBy, DeclassifiedByIsNotIt) {
  EXPECT_EQ(findClassifiedBy("E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009\n"), "");
}

TEST(ClassifiedBy, RunningTextWithoutColonIsNotIt) {
  EXPECT_EQ(findClassifiedBy("1. The report was classified by the ministry as secret.\n"), "");
}

TEST(ClassifiedBy, FlattenedBodyStopsAtFirstParagraph) {
  EXPECT_EQ(findClassifiedBy("TAGS: PREL SUBJECT: TALKS Classified By: Ambassador X, reasons 1.4 (b) and (d). "
                             "1. (C) Summary: text"),
            "Ambassador X, reasons 1.4 (b) and (d)");
}

TEST(ClassifiedBy, StopsAtTagsOnTheNextLine) {
  EXPECT_EQ(findClassifiedBy("CLASSIFIED BY: A/DCM GEORGE FROWICK FOR REASONS 1.5 (B) AND (D).\nTAGS: PREL\n"),
            "A/DCM GEORGE FROWICK FOR REASONS 1.5 (B) AND (D)");
}

TEST(ClassifiedBy, AbsentIsEmpty) { EXPECT_EQ(findClassifiedBy("UNCLAS ASTANA 002327\n"), ""); }

TEST(Markings, AllFieldsOfAClassifiedBody) {
  Cable cable = marked(
      "C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 000919 \n"
      "\n"
      "SIPDIS \n"
      "\n"
      "E.O. 12958: DECL: 04/10/2017 \n"
      "TAGS: PREL KZ\n"
      "SUBJECT: TALKS\n"
      "\n"
      "Classified By: Amb. John Ordway, reasons 1.4 (B) and (D).\n"
      "\n"
      "1. (C) Summary.\n");
  EXPECT_EQ(cable.classification, "CONFIDENTIAL");
  EXPECT_EQ(cable.section_count, 2);
  EXPECT_EQ(cable.decl, "2017-04-10");
  EXPECT_EQ(cable.classified_by, "Amb. John Ordway, reasons 1.4 (B) and (D)");
}

TEST(ClassificationLine, SpacedLevelBeforeShortStationWords) {
  EXPECT_EQ(classificationOf("C O N F I D E N T I A L THE HAGUE 002137"), "CONFIDENTIAL");
  EXPECT_EQ(classificationOf("S E C R E T TEL AVIV 001984"), "SECRET");
  EXPECT_EQ(classificationOf("C O N F I D E N T I A L LA PAZ 002385"), "CONFIDENTIAL");
  EXPECT_EQ(classificationOf("S E C R E T ABU DHABI 001151"), "SECRET");
}

TEST(ClassificationLine, DoubledOrBrokenSpacedLetters) {
  EXPECT_EQ(classificationOf("C C O N F I D E N T I A L SECTION 01 OF 02 MADRID 000779"), "CONFIDENTIAL");
  EXPECT_EQ(classificationOf("SS E C R E T TUNIS 000679"), "SECRET");
  EXPECT_EQ(classificationOf("CSE C R E T SECTION 01 OF 02 SHENYANG 000004"), "SECRET");
  EXPECT_EQ(classificationOf("CO N F I D E N T I A L SECTION 01 OF 04 HANOI 000809"), "CONFIDENTIAL");
}

TEST(ClassificationLine, LowerCasedPageBuild) {
  EXPECT_EQ(classificationOf("C o n f i d e n t i a l section 01 of 03 damascus 000389"), "CONFIDENTIAL");
  EXPECT_EQ(classificationOf("S e c r e t state 135366"), "SECRET");
  ClassificationLine parsed;
  ASSERT_TRUE(parseClassificationLine("C o n f i d e n t i a l section 01 of 03 damascus 000389", parsed));
  EXPECT_EQ(parsed.section_count, 3);
}

TEST(ClassificationLine, LowerCaseOfInSectionGroup) {
  ClassificationLine parsed;
  ASSERT_TRUE(parseClassificationLine("SECRET SECTION 01 of 05 ROME 000097", parsed));
  EXPECT_EQ(parsed.classification, "SECRET");
  EXPECT_EQ(parsed.section_count, 5);
}

TEST(ClassificationLine, FlattenedBodyLine) {
  ClassificationLine parsed;
  ASSERT_TRUE(parseClassificationLine(
      "C O N F I D E N T I A L SECTION 01 OF 06 BUENOS AIRES 000118 SIPDIS SIPDIS WHA FOR A/S "
      "TOM SHANNON E.O. 12958: DECL: 01/20/2016 TAGS: PREL AR",
      parsed));
  EXPECT_EQ(parsed.classification, "CONFIDENTIAL");
  EXPECT_EQ(parsed.section_count, 6);
}

TEST(ClassificationLine, SerialGluedToWhatFollows) {
  EXPECT_EQ(classificationOf("C O N F I D E N T I A L SECTION 01 OF 02 CAIRO 000941SIPDISE.O. 12958: DECL"),
            "CONFIDENTIAL");
}

TEST(ClassificationLine, RecordStampAndQuoteBeforeTheLine) {
  EXPECT_EQ(classificationOf("Cable dated:2006-02-15T15:18:00S E C R E T TEL AVIV 000687SIPDISE.O."),
            "SECRET");
  EXPECT_EQ(classificationOf("\"S E C R E T SECTION 01 OF 05 TEL AVIV 001080 "), "SECRET");
}

TEST(Decl, GluedToTheWordBefore) {
  EXPECT_EQ(findDecl("CAIRO 000941SIPDISE.O. 12958: DECL: 02/14/2016 TAGS: PTER"), "2016-02-14");
  EXPECT_EQ(findDecl("TEL AVIV 000687SIPDISE.O. 12958: DECL: 02/15/2016TAGS: ECON"), "2016-02-15");
}

TEST(ClassifiedBy, ParagraphForm) {
  EXPECT_EQ(findClassifiedBy("\xC2\xB6" "1. (U) CLASSIFIED BY DCM ROBERT S. DEUTSCH; REASONS 1.5 (B) AND (D).\n\n"),
            "DCM ROBERT S. DEUTSCH; REASONS 1.5 (B) AND (D)");
  EXPECT_EQ(findClassifiedBy("1. (U) Classified by Polcouns John Kunstadter; reasons 1.5 (b,d).\n\n2. (C) Text\n"),
            "Polcouns John Kunstadter; reasons 1.5 (b,d)");
}

TEST(ClassifiedBy, ReclassifiedInRunningTextIsNotIt) {
  EXPECT_EQ(findClassifiedBy("trafficking may be later reclassified by the Fiscalia to have\n"), "");
}

TEST(Decl, EoNotApplicableWithoutOrderNumber) {
  EXPECT_EQ(findDecl("E.O. N/A\nTAGS: PGOV\n\nDECL: OADR\n"), "");
  EXPECT_EQ(findDecl("EO N/A\n"), "");
}

TEST(Decl, FirstEoLineWins) {
  EXPECT_EQ(findDecl("E. O. 11652: GDS\nTAGS: PFOR\n\nLATER: E.O. 12958: DECL: 01/19/2016\n"), "GDS");
}

TEST(Markings, BodyWithoutClassificationLineKeepsFieldsEmpty) {
  Cable cable = marked("1. (U) Text only.\n2. More.\n");
  EXPECT_EQ(cable.classification, "");
  EXPECT_EQ(cable.section_count, 0);
  EXPECT_EQ(cable.decl, "");
  EXPECT_EQ(cable.classified_by, "");
}

TEST(Markings, EarlyBuildDateLineBeforeTheClassificationLine) {
  Cable cable = marked("Monday, 04 June 2007, 11:37\nS E C R E T NEW DELHI 002621 \nSIPDIS \nEO 12958 DECL: 06/01/2017\n");
  EXPECT_EQ(cable.classification, "SECRET");
  EXPECT_EQ(cable.decl, "2017-06-01");
}

TEST(Markings, CrlfBody) {
  Cable cable = marked("CONFIDENTIAL KABUL 3619 \r\n \r\nE.O. 11652: GDS \r\nTAGS: PGOV\r\n");
  EXPECT_EQ(cable.classification, "CONFIDENTIAL");
  EXPECT_EQ(cable.decl, "GDS");
}

// 08STOCKHOLM257: "E.O. 12958: 07/21/2019", the DECL label left out.
TEST(Decl, DateWithoutTheDeclLabel) { EXPECT_EQ(findDecl("E.O. 12958: 07/21/2019\nTAGS: PREL SW\n"), "2019-07-21"); }

// 08MEXICO2187: "E.O. 12958:" alone, DECL on the next line.
TEST(Decl, DeclOnTheLineAfterTheOrder) {
  EXPECT_EQ(findDecl("  E.O. 12958: \nDECL: 04/05/2011 \nTAGS: PREL MX\n"), "2011-04-05");
  EXPECT_EQ(findDecl("E.O. 12958:\n\nTAGS: PREL MX\n"), "");
}
