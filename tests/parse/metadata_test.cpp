#include <gtest/gtest.h>

#include "parse/metadata.h"

using namespace cablecat;

TEST(Metadata, IsoDateTimeFromArchiveAndHtmlTables) {
  EXPECT_EQ(normalizeDateTime("2007-08-27 10:01"), "2007-08-27T10:01");
  EXPECT_EQ(normalizeDateTime(" 2011-08-30 01:44 "), "2011-08-30T01:44");
  EXPECT_EQ(normalizeDateTime("2007-08-27"), "2007-08-27");
}

TEST(Metadata, CsvDumpDatesAreMonthDayYear) {
  EXPECT_EQ(normalizeDateTime("12/28/1966 18:48"), "1966-12-28T18:48");
  EXPECT_EQ(normalizeDateTime("2/25/1972 9:30"), "1972-02-25T09:30");
}

TEST(Metadata, UnreadableDatesGiveEmpty) {
  EXPECT_EQ(normalizeDateTime("yesterday"), "");
  EXPECT_EQ(normalizeDateTime("2007-13-01 10:00"), "");
  EXPECT_EQ(normalizeDateTime(""), "");
}

TEST(Metadata, WrongPageCreatedTimeIsReplacedByTheDtgWithANote) {
  Cable cable;
  cable.created = "2005-12-02T12:12";  // pre-final builds: minutes lost
  cable.dtg = "2005-12-02T12:54Z";
  reconcileCreatedWithDtg(cable);
  EXPECT_EQ(cable.created, "2005-12-02T12:54");
  ASSERT_EQ(cable.diagnostics.size(), 1u);
  EXPECT_EQ(cable.diagnostics[0].severity, Severity::note);
}

TEST(Metadata, DtgAcrossMidnightStillWins) {
  Cable cable;
  cable.created = "2007-08-20T00:10";
  cable.dtg = "2007-08-19T23:55Z";
  reconcileCreatedWithDtg(cable);
  EXPECT_EQ(cable.created, "2007-08-19T23:55");
}

TEST(Metadata, FarAwayDtgIsDistrustedAndCreatedKept) {
  Cable cable;
  cable.created = "2007-08-27T10:01";
  cable.dtg = "2007-09-27T10:01Z";
  reconcileCreatedWithDtg(cable);
  EXPECT_EQ(cable.created, "2007-08-27T10:01");
  EXPECT_EQ(cable.diagnostics.size(), 1u);
}

TEST(Metadata, AgreeingDtgChangesNothing) {
  Cable cable;
  cable.created = "2007-08-27T10:01";
  cable.dtg = "2007-08-27T10:01Z";
  reconcileCreatedWithDtg(cable);
  EXPECT_TRUE(cable.diagnostics.empty());
}
