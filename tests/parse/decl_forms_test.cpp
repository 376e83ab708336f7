// DECL and Classified By forms found by probing real cable shapes (issue 13,
// second round): label variants, written-out dates, old schedule codes, and
// where a Classified By value stops.
#include <gtest/gtest.h>

#include "parse/classified_by.h"
#include "parse/decl_marking.h"

using namespace cablecat;

TEST(DeclForms, OrderQualifiedAsAmended) {
  EXPECT_EQ(findDecl("E.O. 12958 AS AMENDED: DECL: 08/27/2017\n"), "2017-08-27");
  EXPECT_EQ(findDecl("E.O. 12958 (AS AMENDED): DECL: 08/27/2017\n"), "2017-08-27");
  // The qualifier before a declassification notice still gives nothing.
  EXPECT_EQ(findDecl("E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006\n"), "");
}

TEST(DeclForms, SemicolonAfterTheOrderNumber) {
  EXPECT_EQ(findDecl("E.O. 12958; DECL: 08/27/2017\n"), "2017-08-27");
}

TEST(DeclForms, DeclOnLabel) {
  // 09REYKJAVIK121: "E.O. 12958: DECL ON: 07/01/2019".
  EXPECT_EQ(findDecl("E.O. 12958: DECL ON: 07/01/2019\n"), "2019-07-01");
}

TEST(DeclForms, DeclassifyLabel) {
  EXPECT_EQ(findDecl("E.O. 12958: DECLASSIFY ON: 01/15/2018\n"), "2018-01-15");
  EXPECT_EQ(findDecl("E.O. 12958: DECLASSIFY: 1/15/2018\n"), "2018-01-15");
}

TEST(DeclForms, DashInPlaceOfTheColon) { EXPECT_EQ(findDecl("E.O. 12958: DECL - 08/27/2017\n"), "2017-08-27"); }

TEST(DeclForms, LabelTypedTwice) {
  // 06PARAMARIBO343: "E.O. 12958: DECL: DECL: 06/09/2016".
  EXPECT_EQ(findDecl("E.O. 12958: DECL: DECL: 06/09/2016\n"), "2016-06-09");
}

TEST(DeclForms, WrittenOutDates) {
  EXPECT_EQ(findDecl("E.O. 12958: DECL: 27 AUG 2017\n"), "2017-08-27");
  EXPECT_EQ(findDecl("E.O. 12958: DECL: AUGUST 27, 2017\n"), "2017-08-27");
  EXPECT_EQ(findDecl("E.O. 12958: DECL: Sept. 3, 2018\n"), "2018-09-03");
  EXPECT_EQ(findDecl("E.O. 12958: 27 AUG 2017\n"), "2017-08-27");
}

TEST(DeclForms, DateWithAMarkingAfterIt) { EXPECT_EQ(findDecl("E.O. 12958: DECL: 08/27/2017 (C)\n"), "2017-08-27"); }

TEST(DeclForms, ScheduleCodeWithItsDate) {
  // E.O. 12065 (1978-82) wrote the schedule, its date, the classifier and office.
  EXPECT_EQ(findDecl("E.O. 12065: GDS 8/27/86 (JONES, A.) OR-P\n"), "1986-08-27");
  EXPECT_EQ(findDecl("E.O. 12065: RDS-1 3/15/99 (SMITH, JOHN) OR-M\n"), "1999-03-15");
  EXPECT_EQ(findDecl("E.O. 11652: ADS 12/31/82\n"), "1982-12-31");
  // Without a date the code stays.
  EXPECT_EQ(findDecl("E.O. 11652: XGDS-1\n"), "XGDS-1");
  EXPECT_EQ(findDecl("E.O. 11652: GDS\n"), "GDS");
}

TEST(DeclForms, DowngradeInstructionIsNotADeadline) {
  // 08STOCKHOLM257: "E.O. 12958: DNG: CO 03/31/2018" downgrades, it does not declassify.
  EXPECT_EQ(findDecl("E.O. 12958: DNG: CO 03/31/2018\n"), "");
}

TEST(DeclForms, FiveDigitYearIsKeptAsWritten) {
  EXPECT_EQ(findDecl("E.O. 12958: DECL: 01/30/20018\n"), "01/30/20018");
}

TEST(ClassifiedByForms, StopsAtAParagraphWithoutSpaceBeforeItsMarking) {
  // 09CAIRO1714.
  EXPECT_EQ(findClassifiedBy("Classified By:Minister Counselor Donald A. Blome for reasons 1.4 (b) and (d).\n"
                             "1.(C) Key Points: -- Egyptian officials were pleased.\n"),
            "Minister Counselor Donald A. Blome for reasons 1.4 (b) and (d)");
}

TEST(ClassifiedByForms, StopsAtAMarkedParagraphWithoutNumber) {
  // 09CAIRO940, 09LONDON2184.
  EXPECT_EQ(findClassifiedBy("Classified By: Ambassador Margaret Scobey per 1.4 (b) and (d).\n"
                             "(C) The Ambassador spoke to FM Aboul Ghayt.\n"),
            "Ambassador Margaret Scobey per 1.4 (b) and (d)");
  EXPECT_EQ(findClassifiedBy("Classified By: Political Counselor Robin Quinville for Reason 1.4 (c)\n"
                             "(S/NF) HMG agrees on the importance.\n"),
            "Political Counselor Robin Quinville for Reason 1.4 (c)");
}

TEST(ClassifiedByForms, FlattenedBodyStopsAtTheParagraph) {
  EXPECT_EQ(findClassifiedBy("SUBJECT: X Classified By: Ambassador Margaret Scobey for reasons 1.4 (b) and (d). "
                             "1.(C) Key Points: -- Foo."),
            "Ambassador Margaret Scobey for reasons 1.4 (b) and (d)");
  EXPECT_EQ(findClassifiedBy("Classified By: Gene A. Cretz, Ambassador. REASON: 1.4 (b), (d) (S) Ambassador "
                             "telephoned Treiki."),
            "Gene A. Cretz, Ambassador. REASON: 1.4 (b), (d)");
  EXPECT_EQ(findClassifiedBy("Classified By: DCM Michael Fitzpatrick; reasons 1.4 (b) and (d). 1.KEY POINTS -- x"),
            "DCM Michael Fitzpatrick; reasons 1.4 (b) and (d)");
}

TEST(ClassifiedByForms, ReasonCodesInCapitalsAreKept) {
  EXPECT_EQ(findClassifiedBy("Classified By: DCM John Smith for reasons 1.4 (B), (C) and (D)\n\n1. (C) Text.\n"),
            "DCM John Smith for reasons 1.4 (B), (C) and (D)");
}

TEST(ClassifiedByForms, ReasonWrappedAfterItsNumber) {
  // 06MEXICO3081: "REASONS; 1. \n4(B/D)" is one reason, not a paragraph.
  EXPECT_EQ(findClassifiedBy("Classified By: POLITICAL MINISTER COUNSELOR LESLIE BASSETT, REASONS; 1. \n4(B/D) \n\n"
                             "1. (C) SUMMARY.\n"),
            "POLITICAL MINISTER COUNSELOR LESLIE BASSETT, REASONS; 1. 4(B/D)");
}

TEST(ClassifiedByForms, HeadingGluedAfterTheReasons) {
  // Flattened "Summary\n-------" headings: 08STOCKHOLM51, 08MANAMA127, 08BRASILIA707.
  EXPECT_EQ(findClassifiedBy("Classified By: DCM Robert Silverman for reasons 1.4 (b) and (d). Summary -------\n"),
            "DCM Robert Silverman for reasons 1.4 (b) and (d)");
  EXPECT_EQ(findClassifiedBy("Classified By: Ambassador Adam Ereli, reasons 1.4(b) and (d). ------- SUMMARY -------\n"),
            "Ambassador Adam Ereli, reasons 1.4(b) and (d)");
  EXPECT_EQ(findClassifiedBy("Classified By: Charge Phillip Chicola for reasons 1.4 b and d Summary -------\n"),
            "Charge Phillip Chicola for reasons 1.4 b and d");
}

TEST(DeclForms, BareDeclOnLine) {
  EXPECT_EQ(findDecl("SECRET\n\nDECL ON: 10/31/2017\nTAGS: PGOV\n"), "2017-10-31");
  // Without a colon a line starting with DECL is prose.
  EXPECT_EQ(findDecl("SECRET\n\nDECLINE IN OIL OUTPUT\n"), "");
}

TEST(DeclForms, OrderNumberGluedToEo) { EXPECT_EQ(findDecl("EO12958 DECL: 02/13/2017\n"), "2017-02-13"); }
