// reports/*.py (standard-library Python) on the fixture catalogue.
#include <gtest/gtest.h>

#include "support/command_runner.h"
#include "query/catalogue_fixture.h"

using namespace cablecat::test;

namespace {

std::string reportScript(const std::string& name) {
  return (std::filesystem::path(CABLECAT_SOURCE_DIR) / "reports" / name).string();
}

CommandResult runHtmlReport(const std::vector<std::string>& arguments) {
  std::vector<std::string> command{reportScript("html_report.py")};
  command.insert(command.end(), arguments.begin(), arguments.end());
  return runCablecat(command, nullptr, "python3");
}

}  // namespace

TEST(HtmlReportScript, WritesOneSelfContainedPageWithEverySection) {
  FixtureCatalogue catalogue;
  std::string output = temporaryPath("report.html");
  CommandResult result = runHtmlReport({"--db", catalogue.path(), "--output", output});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string page = readFile(output);
  EXPECT_NE(page.find("5 dated cables, created 2007-06 to 2008-02."), std::string::npos);
  // Cables per month: 2007-06 .. 2008-02 on one monthly axis (no early years to set apart).
  EXPECT_NE(page.find("<g class=\"panel\" data-panel=\"main\" data-first=\"2007-06\" data-last=\"2008-02\">"),
            std::string::npos);
  EXPECT_EQ(page.find("data-panel=\"early\""), std::string::npos);
  EXPECT_NE(page.find("<title>2008-01 secret: 1</title>"), std::string::npos);
  EXPECT_NE(page.find("<title>2007-06 confidential: 1</title>"), std::string::npos);
  EXPECT_NE(page.find(">cables per month</text>"), std::string::npos);
  EXPECT_NE(page.find(">date created</text>"), std::string::npos);
  // Cables per year by classification.
  EXPECT_NE(page.find("<tr><td class=\"date\">2008</td><td class=\"number\">3</td><td class=\"number\">1</td>"
                      "<td class=\"number\">1</td><td class=\"number\">1</td><td class=\"number\">0</td>"),
            std::string::npos);
  // Origins over time, tag trends (share of each year's cables, as tags-per-year computes it).
  EXPECT_NE(page.find("title=\"Embassy Astana, 2007: 2 cable(s)\">2</td>"), std::string::npos);
  EXPECT_NE(page.find("title=\"KZ: 66.7 % of the cables of 2008\">66.7</td>"), std::string::npos);
  EXPECT_NE(page.find("<td class=\"code\">NAZARBAYEV, NURSULTAN</td><td class=\"name\">person</td>"), std::string::npos);
  // Citation counts.
  EXPECT_NE(page.find("<td class=\"code\">07ASTANA1558</td><td class=\"date\">2007-06-12</td>"
                      "<td class=\"\">KAZAKHSTAN: OIL PIPELINE TALKS STALL</td><td class=\"number\">2</td>"),
            std::string::npos);
  // Self-contained: nothing is fetched (the SVG namespace URI is a name, not a load).
  EXPECT_EQ(page.find("src="), std::string::npos);
  EXPECT_EQ(page.find("<link"), std::string::npos);
  EXPECT_EQ(page.find("https://"), std::string::npos);
  std::filesystem::remove(output);
}

TEST(HtmlReportScript, AFarEarlyCableGetsAPanelOfItsOwnInsteadOfStretchingTheAxis) {
  // One cable from 1970 beside five from 2007-2008: a monthly axis from 1970
  // would leave the five in its last 2 %.
  FixtureCatalogue catalogue;
  {
    SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO cables (id, ref_id, created, classification, origin, content_hash) "
            "VALUES (6, '70MOSCOW1', '1970-03-02T10:00', 'SECRET', 'Embassy Moscow', 'h6')");
  }
  CommandResult result = runHtmlReport({"--db", catalogue.path(), "-o", "-"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("data-panel=\"early\" data-first=\"1970\" data-last=\"2006\""), std::string::npos);
  EXPECT_NE(result.out.find("data-panel=\"main\" data-first=\"2007-06\" data-last=\"2008-02\""), std::string::npos);
  EXPECT_NE(result.out.find("<title>1970 secret: 1</title>"), std::string::npos);
  EXPECT_NE(result.out.find("The monthly axis starts in 2007. The years before it (1970\u20132006: one cable, 16.7 %) are shown"), std::string::npos);
  EXPECT_NE(result.out.find("<th class=\"period\">1970\u20132006</th><th class=\"period\">2007</th>"),
            std::string::npos);
}

TEST(HtmlReportScript, FiltersNarrowEverySection) {
  FixtureCatalogue catalogue;
  CommandResult result = runHtmlReport({"--db", catalogue.path(), "--output", "-", "--origin", "Embassy Astana",
                                        "--since", "2007-07", "--until", "2007"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& page = result.out;
  EXPECT_NE(page.find("1 of 5 dated cables, since 2007-07, until 2007, from Embassy Astana, created 2007-08 to 2007-08."),
            std::string::npos);
  EXPECT_NE(page.find("data-first=\"2007-08\" data-last=\"2007-08\""), std::string::npos);
  EXPECT_EQ(page.find("Secretary of State"), std::string::npos);
  EXPECT_EQ(page.find("07ASTANA1558"), std::string::npos);  // created 2007-06: before --since

  CommandResult tagged = runHtmlReport({"--db", catalogue.path(), "-o", "-", "--tag", "prel"});
  ASSERT_EQ(tagged.exit_code, 0) << tagged.err;
  EXPECT_NE(tagged.out.find("2 of 5 dated cables, tagged PREL, created 2008-01 to 2008-01."), std::string::npos);
}

TEST(HtmlReportScript, NoMatchingCableIsSaidOnThePageAndOnStderr) {
  FixtureCatalogue catalogue;
  CommandResult result = runHtmlReport({"--db", catalogue.path(), "-o", "-", "--origin", "Embassy Nowhere"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("0 of 5 dated cables, from Embassy Nowhere: no cable matches."), std::string::npos);
  EXPECT_EQ(result.out.find("<svg"), std::string::npos);
  EXPECT_EQ(result.err, "no dated cable matches: from Embassy Nowhere\n");
}

TEST(HtmlReportScript, MissingOutputFolderIsAMessageNotATraceback) {
  FixtureCatalogue catalogue;
  std::string output = "/nonexistent-cablecat-folder/report.html";
  CommandResult result = runHtmlReport({"--db", catalogue.path(), "--output", output});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, output + ": no folder /nonexistent-cablecat-folder; create it first or give another --output\n");
}

TEST(HtmlReportScript, ABadDateIsAUsageError) {
  FixtureCatalogue catalogue;
  CommandResult result = runHtmlReport({"--db", catalogue.path(), "-o", "-", "--since", "08/2008"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("argument --since: '08/2008' is not a date: give 2008, 2008-06 or 2008-06-15"),
            std::string::npos)
      << result.err;
}

TEST(HtmlReportScript, RunsTheReportSqlFilesInsteadOfRestatingThem) {
  // Every number of the page comes from reports/*.sql (through named_reports.py):
  // the page's own code holds no query.
  for (const std::string script : {"html_report.py", "html_tables.py", "timeline_chart.py", "time_axis.py"}) {
    std::string code = readFile(reportScript(script));
    EXPECT_EQ(code.find("SELECT"), std::string::npos) << script;
    EXPECT_EQ(code.find("execute("), std::string::npos) << script;
  }
  std::string code = readFile(reportScript("html_report.py"));
  for (const std::string name : {"cables-per-month", "cables-per-year", "origins-per-year", "tags-per-year",
                                 "most-cited"})
    EXPECT_NE(code.find("run_report(connection, \"" + name + "\""), std::string::npos) << name;
}

TEST(CsvExportScript, OneRowPerCableWithTagsAndCounts) {
  FixtureCatalogue catalogue;
  CommandResult result =
      runCablecat({reportScript("csv_export.py"), "--db", catalogue.path()}, nullptr, "python3");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "ref_id,created,released,classification,origin,subject,precedence,from_station,signer,tags,"
            "to_recipients,info_recipients,references,cited_by\r\n"
            "07ASTANA1558,2007-06-12T08:30,2011-08-30T01:44,CONFIDENTIAL,Embassy Astana,KAZAKHSTAN: OIL PIPELINE TALKS STALL,"
            "ROUTINE,AMEMBASSY ASTANA,ORDWAY,EPET; KZ,1,0,0,2\r\n"
            "07ASTANA2327,2007-08-27T10:01,2011-08-30T01:44,UNCLASSIFIED,Embassy Astana,"
            "KAZAKHSTAN: ELECTION COMMISSION PREPARES FOR PARLIAMENTARY VOTE,PRIORITY,AMEMBASSY ASTANA,ORDWAY,"
            "PGOV; KZ; KDEM,1,2,3,0\r\n"
            "08ALMATY123,2008-01-15T06:00,2011-08-30T01:44,SECRET//NOFORN,Consulate Almaty,"
            "NAZARBAYEV MEETS RUSSIAN ENVOY ON GAS PRICES,IMMEDIATE,AMCONSUL ALMATY,,"
            "\"PREL; KZ; NAZARBAYEV, NURSULTAN\",0,0,1,0\r\n"
            "08STATE5000,2008-01-20T15:00,2011-08-30T01:44,UNCLASSIFIED,Secretary of State,DEMARCHE ON CASPIAN PIPELINE,"
            "IMMEDIATE,SECSTATE WASHDC,RICE,PREL; EPET; KZ,1,1,2,0\r\n"
            "7575LIBREVILLE1895,2008-02-02T09:00,2011-08-30T01:44,CONFIDENTIAL,Embassy Libreville,"
            "\"GABON: \"\"OIL, GAS\"\" AND THE BUDGET\",ROUTINE,AMEMBASSY LIBREVILLE,,PGOVPREL; GB; ECON,1,0,1,0\r\n");
}

TEST(ReportScripts, RefuseANonCatalogue) {
  std::string path = temporaryPath("plain.db");
  {
    SQLite::Database other(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    other.exec("CREATE TABLE t (a)");
  }
  for (const std::string script : {"html_report.py", "csv_export.py"}) {
    CommandResult result = runCablecat({reportScript(script), "--db", path, "--output", path + ".out"}, nullptr, "python3");
    EXPECT_EQ(result.exit_code, 1) << script;
    EXPECT_EQ(result.err, path + ": not a cablecat catalogue; give another --db file\n") << script;
    EXPECT_FALSE(std::filesystem::exists(path + ".out"));
  }
  std::filesystem::remove(path);
}
