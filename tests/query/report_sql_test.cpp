// Every report in reports/*.sql on the fixture catalogue, exactly.
#include <gtest/gtest.h>

#include "catalogue_fixture.h"
#include "query_test_support.h"

using namespace cablecat;
using namespace cablecat::test;

class ReportSql : public ::testing::Test {
 protected:
  FixtureCatalogue catalogue;
  SQLite::Database db = openCatalogueForReading(catalogue.path());
};

TEST_F(ReportSql, ListHasEveryReportWithItsFirstCommentLine) {
  std::vector<std::string> names;
  for (const Report& report : builtInReports()) {
    names.push_back(report.name);
    EXPECT_FALSE(report.description.empty()) << report.name;
  }
  EXPECT_EQ(names, (std::vector<std::string>{"cables-per-month", "load-issues", "most-cited", "recipients-network",
                                             "reference-disagreements", "top-origins", "top-tags",
                                             "unresolved-references"}));
  EXPECT_EQ(findReport("top-tags")->description, "The 50 TAGS used on most cables, with their kind");
}

TEST_F(ReportSql, MonthlyAndPerPostReportsReadOnlyIndexes) {
  // Reading cable rows would mean reading their text: 2.3 GB on the full archive.
  for (const char* name : {"cables-per-month", "top-origins"}) {
    std::string plan = printSql(db, "EXPLAIN QUERY PLAN " + findReport(name)->sql);
    EXPECT_NE(plan.find("USING COVERING INDEX"), std::string::npos) << name << ":\n" << plan;
    EXPECT_EQ(plan.find("SCAN cables\n"), std::string::npos) << name << ":\n" << plan;
  }
}

TEST_F(ReportSql, DescriptionIsFirstDashDashSpaceLine) {
  EXPECT_EQ(reportDescription("\n--\n-- Counts things\n-- more\nSELECT 1;"), "Counts things");
  EXPECT_EQ(reportDescription("SELECT 1;"), "");
}

TEST_F(ReportSql, CablesPerMonthByClassificationFamily) {
  EXPECT_EQ(printReport(db, "cables-per-month"),
            "month\tcables\tunclassified\tconfidential\tsecret\tother\n"
            "2007-06\t1\t0\t1\t0\t0\n"
            "2007-08\t1\t1\t0\t0\t0\n"
            "2008-01\t2\t1\t0\t1\t0\n"
            "2008-02\t1\t0\t1\t0\t0\n");
}

TEST_F(ReportSql, TopTags) {
  EXPECT_EQ(printReport(db, "top-tags"),
            "code\tkind\tcables\n"
            "KZ\tgeo\t4\n"
            "EPET\tsubject\t2\n"
            "PREL\tsubject\t2\n"
            "ECON\tgeo\t1\n"
            "GB\tgeo\t1\n"
            "KDEM\tprogram\t1\n"
            "NAZARBAYEV, NURSULTAN\tperson\t1\n"
            "PGOV\tsubject\t1\n"
            "PGOVPREL\tsubject\t1\n");
}

TEST_F(ReportSql, TopOrigins) {
  EXPECT_EQ(printReport(db, "top-origins"),
            "origin\tcables\tfirst\tlast\n"
            "Embassy Astana\t2\t2007-06-12\t2007-08-27\n"
            "Consulate Almaty\t1\t2008-01-15\t2008-01-15\n"
            "Embassy Libreville\t1\t2008-02-02\t2008-02-02\n"
            "Secretary of State\t1\t2008-01-20\t2008-01-20\n");
}

TEST_F(ReportSql, RecipientsNetworkCountsCablesPerOriginAndAddress) {
  EXPECT_EQ(printReport(db, "recipients-network"),
            "origin\taddress\tcables\tas_to\tas_info\n"
            "Embassy Astana\tSECSTATE WASHDC\t2\t2\t0\n"
            "Embassy Astana\tAMEMBASSY MOSCOW\t1\t0\t1\n"
            "Embassy Astana\tUSOFFICE ALMATY\t1\t0\t1\n"
            "Embassy Libreville\tSECSTATE WASHDC\t1\t1\t0\n"
            "Secretary of State\tAMEMBASSY ASTANA\t1\t1\t0\n"
            "Secretary of State\tAMEMBASSY MOSCOW\t1\t0\t1\n");
}

TEST_F(ReportSql, MostCitedCountsDistinctCitingCables) {
  EXPECT_EQ(printReport(db, "most-cited"),
            "ref_id\tcreated\tsubject\tcited_by\n"
            "07ASTANA1558\t2007-06-12\tKAZAKHSTAN: OIL PIPELINE TALKS STALL\t2\n");
}

TEST_F(ReportSql, UnresolvedReferencesAreCitedIdsNotInCatalogue) {
  EXPECT_EQ(printReport(db, "unresolved-references"),
            "ref_id\tcited_by\texample_citing\traw_example\n"
            "07STATE98765\t2\t07ASTANA2327\tSTATE 98765\n"
            "08MOSCOW456\t1\t08ALMATY123\tMOSCOW 456\n");
}

TEST_F(ReportSql, ReferenceDisagreementsShowBothSides) {
  // 08STATE5000 lists exactly what was parsed; 7575LIBREVILLE1895 lists nothing
  // and its one cable reference has no ID, so neither disagrees.
  EXPECT_EQ(printReport(db, "reference-disagreements"),
            "ref_id\tlisted_not_parsed\tparsed_not_listed\n"
            "07ASTANA2327\t07ALMATY4353\t07STATE98765\n");
}

TEST_F(ReportSql, LoadIssuesErrorsFirst) {
  EXPECT_EQ(printReport(db, "load-issues"),
            "severity\tmessage\tissues\texample\n"
            "error\tno metadata line after title\t1\tarchive/astana-2007-08.txt line 512\n"
            "warning\tmalformed reference ID kept as written\t1\tcsv/cables_tiny.csv row 9\n"
            "warning\tunterminated quoted field\t1\tcsv/cables_tiny.csv row 11\n");
}

TEST_F(ReportSql, EveryReportRunsOnAnEmptyCatalogue) {
  std::string path = temporaryPath("empty.db");
  { openCatalogueForWriting(path); }
  SQLite::Database empty = openCatalogueForReading(path);
  for (const Report& report : builtInReports()) {
    std::string out = printSql(empty, report.sql);
    EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << report.name << ": header only\n" << out;
  }
  std::filesystem::remove(path);
}
