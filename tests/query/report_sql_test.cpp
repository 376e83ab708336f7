// Every report in reports/*.sql on the fixture catalogue, exactly.
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <sstream>

#include "catalogue_fixture.h"
#include "query_test_support.h"

using namespace cablecat;
using namespace cablecat::test;

namespace {

using Arguments = std::vector<std::pair<std::string, std::string>>;

// A report run the way `cablecat report -p NAME VALUE ...` runs it.
std::string printReportWith(SQLite::Database& db, const std::string& name, const Arguments& given) {
  std::optional<Report> report = findReport(name);
  if (!report) return "no report " + name;
  std::ostringstream out;
  auto printer = makeResultPrinter(PrintOptions{OutputMode::Tsv, true}, out);
  runSql(db, report->sql, *printer, SqlArguments::byName(reportArguments(*report, given)));
  return out.str();
}

// Plan lines that read rows of `cables` (SCAN or SEARCH of the table, not of
// one of its covering indexes): each such row read drags the cable's text.
std::string planLinesReadingCableRows(const std::string& plan) {
  std::istringstream lines(plan);
  std::string line, found;
  while (std::getline(lines, line)) {
    bool onCables = line.find("SCAN cables") != std::string::npos || line.find("SEARCH cables") != std::string::npos ||
                    line.find("SCAN c ") != std::string::npos || line.find("SEARCH c ") != std::string::npos ||
                    line.ends_with("SCAN c") || line.ends_with("SCAN cables");
    if (onCables && line.find("COVERING INDEX") == std::string::npos) found += line + "\n";
  }
  return found;
}

}  // namespace

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
  EXPECT_EQ(names, (std::vector<std::string>{"cables-per-month", "cables-per-year", "load-issues", "most-cited",
                                             "origins-per-year", "recipients-network", "reference-disagreements",
                                             "tags-per-year", "top-origins", "top-tags", "unresolved-references"}));
  EXPECT_EQ(findReport("top-tags")->description, "The 50 TAGS used on most cables, with their kind");
}

TEST_F(ReportSql, TimeAndPostReportsReadOnlyIndexes) {
  // Reading cable rows would mean reading their text: 2.3 GB on the full
  // archive. The filters (:since, :origin, :tag, ...) are in every plan
  // (SQLite plans before it knows their values) and must not change that.
  for (const char* name : {"cables-per-month", "cables-per-year", "top-origins", "origins-per-year", "top-tags",
                           "tags-per-year"}) {
    std::string plan = printSql(db, "EXPLAIN QUERY PLAN " + findReport(name)->sql);
    EXPECT_NE(plan.find("USING COVERING INDEX"), std::string::npos) << name << ":\n" << plan;
    EXPECT_EQ(planLinesReadingCableRows(plan), "") << name << ":\n" << plan;
  }
}

TEST_F(ReportSql, ParametersAreTheOnesSqliteNumbers) {
  // reportParameters lists them in the order SQLite numbers them.
  for (const Report& report : builtInReports()) {
    sqlite3_stmt* statement = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db.getHandle(), report.sql.c_str(), -1, &statement, nullptr), SQLITE_OK)
        << report.name;
    std::vector<std::string> sqliteNames;
    for (int index = 1; index <= sqlite3_bind_parameter_count(statement); ++index)
      sqliteNames.push_back(sqlite3_bind_parameter_name(statement, index) + 1);  // without the ':'
    sqlite3_finalize(statement);
    EXPECT_EQ(report.parameters, sqliteNames) << report.name;
  }
  EXPECT_EQ(findReport("cables-per-month")->parameters,
            (std::vector<std::string>{"since", "until", "origin", "tag"}));
  EXPECT_EQ(findReport("top-tags")->parameters,
            (std::vector<std::string>{"since", "until", "origin", "tag", "limit"}));
  EXPECT_TRUE(findReport("load-issues")->parameters.empty());
}

TEST_F(ReportSql, ParameterNamesSkipCommentsAndQuotedText) {
  EXPECT_EQ(reportParameters("-- :not\nSELECT ':nor', \":neither\", 'it'':s' /* :no */ FROM t\n"
                             "WHERE a = :first AND b = :second_2 OR a = :first"),
            (std::vector<std::string>{"first", "second_2"}));
}

TEST_F(ReportSql, RowLimitIsTheDefaultOfLimit) {
  EXPECT_EQ(findReport("recipients-network")->row_limit, 100);
  EXPECT_EQ(findReport("top-tags")->row_limit, 50);
  EXPECT_EQ(findReport("cables-per-month")->row_limit, std::nullopt);
  EXPECT_EQ(reportRowLimit("LIMIT coalesce(:limit,   7);"), 7);
  EXPECT_EQ(reportRowLimit("LIMIT coalesce(:limit, x)"), std::nullopt);
}

TEST_F(ReportSql, ArgumentsAreTextInParameterOrderAndNullWhenNotGiven) {
  Report report = *findReport("top-tags");
  NamedValues values = reportArguments(report, {{"limit", "3"}, {"since", "2008"}});
  ASSERT_EQ(values.size(), 5u);
  EXPECT_EQ(values[0].first, "since");
  EXPECT_EQ(values[0].second.text, "2008");
  EXPECT_TRUE(values[1].second.isNull());
  EXPECT_EQ(values[4].first, "limit");
  EXPECT_EQ(values[4].second.type, SqlValue::Type::Text);
  EXPECT_EQ(values[4].second.text, "3");
  EXPECT_EQ(unknownReportParameter(report, {{"limit", "3"}, {"year", "2008"}}), "year");
  EXPECT_EQ(unknownReportParameter(report, {{"limit", "3"}}), std::nullopt);
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

TEST_F(ReportSql, CablesPerYearByClassificationFamily) {
  EXPECT_EQ(printReport(db, "cables-per-year"),
            "year\tcables\tunclassified\tconfidential\tsecret\tother\n"
            "2007\t2\t1\t1\t0\t0\n"
            "2008\t3\t1\t1\t1\t0\n");
}

TEST_F(ReportSql, SinceAndUntilTakeADateOrItsStartBothInclusive) {
  std::string header = "month\tcables\tunclassified\tconfidential\tsecret\tother\n";
  // 2007-08-27 and 2008-01-15 are the edges: a day, a month and a year all keep them.
  EXPECT_EQ(printReportWith(db, "cables-per-month", {{"since", "2007-08-27"}, {"until", "2008-01"}}),
            header + "2007-08\t1\t1\t0\t0\t0\n2008-01\t2\t1\t0\t1\t0\n");
  EXPECT_EQ(printReportWith(db, "cables-per-month", {{"since", "2008"}, {"until", "2008"}}),
            header + "2008-01\t2\t1\t0\t1\t0\n2008-02\t1\t0\t1\t0\t0\n");
  EXPECT_EQ(printReportWith(db, "cables-per-month", {{"until", "2008-01-15"}}),
            header + "2007-06\t1\t0\t1\t0\t0\n2007-08\t1\t1\t0\t0\t0\n2008-01\t1\t0\t0\t1\t0\n");
}

TEST_F(ReportSql, OriginAndTagFilters) {
  EXPECT_EQ(printReportWith(db, "cables-per-year", {{"origin", "Embassy Astana"}}),
            "year\tcables\tunclassified\tconfidential\tsecret\tother\n2007\t2\t1\t1\t0\t0\n");
  // Tag codes are stored in capitals; the filter takes any case.
  EXPECT_EQ(printReportWith(db, "top-origins", {{"tag", "prel"}}),
            "origin\tcables\tfirst\tlast\n"
            "Consulate Almaty\t1\t2008-01-15\t2008-01-15\n"
            "Secretary of State\t1\t2008-01-20\t2008-01-20\n");
  // With a tag: the tags used together with it.
  EXPECT_EQ(printReportWith(db, "top-tags", {{"tag", "EPET"}, {"since", "2008"}}),
            "code\tkind\tcables\nEPET\tsubject\t1\nKZ\tgeo\t1\nPREL\tsubject\t1\n");
  EXPECT_EQ(printReportWith(db, "most-cited", {{"origin", "Embassy Libreville"}}),
            "ref_id\tcreated\tsubject\tcited_by\n");
  EXPECT_EQ(printReportWith(db, "recipients-network", {{"origin", "Secretary of State"}, {"until", "2008-01-20"}}),
            "origin\taddress\tcables\tas_to\tas_info\n"
            "Secretary of State\tAMEMBASSY ASTANA\t1\t1\t0\n"
            "Secretary of State\tAMEMBASSY MOSCOW\t1\t0\t1\n");
}

TEST_F(ReportSql, LimitCutsAndMinusOneShowsAll) {
  EXPECT_EQ(printReportWith(db, "top-origins", {{"limit", "1"}}),
            "origin\tcables\tfirst\tlast\nEmbassy Astana\t2\t2007-06-12\t2007-08-27\n");
  std::string all = printReportWith(db, "recipients-network", {{"limit", "-1"}});
  EXPECT_EQ(std::count(all.begin(), all.end(), '\n'), 7) << all;
}

TEST_F(ReportSql, OriginsPerYearBusiestPostFirst) {
  EXPECT_EQ(printReport(db, "origins-per-year"),
            "origin\tyear\tcables\torigin_cables\n"
            "Embassy Astana\t2007\t2\t2\n"
            "Consulate Almaty\t2008\t1\t1\n"
            "Embassy Libreville\t2008\t1\t1\n"
            "Secretary of State\t2008\t1\t1\n");
  EXPECT_EQ(printReportWith(db, "origins-per-year", {{"limit", "1"}, {"tag", "KZ"}}),
            "origin\tyear\tcables\torigin_cables\nEmbassy Astana\t2007\t2\t2\n");
}

TEST_F(ReportSql, TagsPerYearWithTheShareOfEachYearsCables) {
  // 2007 has 2 cables, 2008 has 3 (one of them, 7575LIBREVILLE1895, without KZ).
  EXPECT_EQ(printReportWith(db, "tags-per-year", {{"limit", "3"}}),
            "code\tkind\tyear\tcables\tpercent_of_year\ttag_cables\n"
            "KZ\tgeo\t2007\t2\t100.0\t4\n"
            "KZ\tgeo\t2008\t2\t66.7\t4\n"
            "EPET\tsubject\t2007\t1\t50.0\t2\n"
            "EPET\tsubject\t2008\t1\t33.3\t2\n"
            "PREL\tsubject\t2008\t2\t66.7\t2\n");
  EXPECT_EQ(printReportWith(db, "tags-per-year", {{"origin", "Embassy Astana"}, {"limit", "2"}}),
            "code\tkind\tyear\tcables\tpercent_of_year\ttag_cables\n"
            "KZ\tgeo\t2007\t2\t100.0\t2\n"
            "EPET\tsubject\t2007\t1\t50.0\t1\n");
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
            "ref_id\tlisted_not_parsed\tparsed_not_listed\tdifferences\n"
            "07ASTANA2327\t07ALMATY4353\t07STATE98765\t2\n");
}

TEST_F(ReportSql, LoadIssuesErrorsFirst) {
  EXPECT_EQ(printReport(db, "load-issues"),
            "severity\tkind\tissues\texample\texample_at\tlist_all\n"
            "error\tno metadata line after title\t1\tno metadata line after title\tarchive/astana-2007-08.txt line 512\t"
            "SELECT * FROM load_issues WHERE severity = 'error' AND message LIKE 'no metadata line after title'\n"
            "warning\tmalformed reference ID kept as written\t1\tmalformed reference ID kept as written\t"
            "csv/cables_tiny.csv row 9\t"
            "SELECT * FROM load_issues WHERE severity = 'warning' AND message LIKE 'malformed reference ID kept as written'\n"
            "warning\tunterminated quoted field\t1\tunterminated quoted field\tcsv/cables_tiny.csv row 11\t"
            "SELECT * FROM load_issues WHERE severity = 'warning' AND message LIKE 'unterminated quoted field'\n");
}

TEST(LoadIssuesReport, GroupsMessagesByKindWithTheirVaryingPartsLeftOut) {
  // Messages as the loader writes them (a full load records thousands).
  FixtureCatalogue catalogue;
  {
    SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
    db.exec(R"SQL(
      DELETE FROM load_issues;
      INSERT INTO load_issues (id, path, locator, severity, message) VALUES
        (1, 'a.csv', 'row 4', 'note', 'tag BTIO read as TBIO'),
        (2, 'a.csv', 'row 5', 'note', 'tag BTIO read as TBIO'),
        (3, 'a.csv', 'row 9', 'note', 'tag KCRIM read as KCRM'),
        (4, 'b.html', NULL, 'note', 'Created 2008-10-17T20:08 disagrees with the DTG 2008-10-17T20:33Z; using the DTG'),
        (5, 'b.html', NULL, 'note', 'Created 1988-12-05T07:11 is more than a day from the DTG 2005-06-14T21:15Z; kept Created'),
        (6, 'a.csv', 'row 12', 'note', 'header: 7 unrecognized line(s), first at header line 1: "TRIPOLI 00000563 P CO"'),
        (7, 'a.csv', 'row 13', 'note', 'header: 1 unrecognized line(s), first at header line 6: "CONFIDENTIAL PTQ1859"'),
        (8, 'a.csv', 'row 14', 'warning', 'malformed reference ID ''09SECTION02OF03QRIPOLI583'' kept as written'),
        (9, 'a.csv', 'row 15', 'error', 'record starting at line 120: has 7 fields instead of 8; skipped'),
        (10, 'a.csv', 'row 16', 'error', 'record starting at line 9031: has 9 fields instead of 8; skipped'),
        (11, 'a.csv', 'row 16', 'note', 'tag PTERE read as PTER');
    )SQL");
  }
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(printSql(db, "SELECT severity, kind, issues, example, example_at FROM (" +
                             findReport("load-issues")->sql.substr(0, findReport("load-issues")->sql.rfind(';')) + ")"),
            "severity\tkind\tissues\texample\texample_at\n"
            "error\trecord starting at line %: has % fields instead of %; skipped\t2\t"
            "record starting at line 120: has 7 fields instead of 8; skipped\ta.csv row 15\n"
            "warning\tmalformed reference ID '%' kept as written\t1\t"
            "malformed reference ID '09SECTION02OF03QRIPOLI583' kept as written\ta.csv row 14\n"
            "note\ttag % read as %\t4\ttag BTIO read as TBIO\ta.csv row 4\n"
            "note\theader: % unrecognized line(s), first at header line %: \"%\"\t2\t"
            "header: 7 unrecognized line(s), first at header line 1: \"TRIPOLI 00000563 P CO\"\ta.csv row 12\n"
            "note\tCreated % disagrees with the DTG %; using the DTG\t1\t"
            "Created 2008-10-17T20:08 disagrees with the DTG 2008-10-17T20:33Z; using the DTG\tb.html\n"
            "note\tCreated % is more than a day from the DTG %; kept Created\t1\t"
            "Created 1988-12-05T07:11 is more than a day from the DTG 2005-06-14T21:15Z; kept Created\tb.html\n");
  // Each row's list_all lists exactly the issues it counts.
  SQLite::Statement kinds(db, findReport("load-issues")->sql);
  while (kinds.executeStep()) {
    SQLite::Statement listed(db, "SELECT count(*) FROM (" + kinds.getColumn("list_all").getString() + ")");
    ASSERT_TRUE(listed.executeStep());
    EXPECT_EQ(listed.getColumn(0).getInt(), kinds.getColumn("issues").getInt()) << kinds.getColumn("kind").getString();
  }
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
