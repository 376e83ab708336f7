// reports/*.py (standard-library Python) on the fixture catalogue.
#include <gtest/gtest.h>

#include "support/command_runner.h"
#include "query/catalogue_fixture.h"

using namespace cablecat::test;

namespace {

std::string reportScript(const std::string& name) {
  return (std::filesystem::path(CABLECAT_SOURCE_DIR) / "reports" / name).string();
}

}  // namespace

TEST(HtmlReportScript, WritesOneSelfContainedPageWithSvgTimeline) {
  FixtureCatalogue catalogue;
  std::string output = temporaryPath("report.html");
  CommandResult result = runCablecat({reportScript("html_report.py"), "--db", catalogue.path(), "--output", output},
                                     nullptr, "python3");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string page = readFile(output);
  EXPECT_NE(page.find("<svg"), std::string::npos);
  EXPECT_NE(page.find("5 cables from 2007-06-12 to 2008-02-02."), std::string::npos);
  // 2007-06 .. 2008-02 is 9 months; 2008-01 has one unclassified and one secret cable.
  EXPECT_NE(page.find("<title>2008-01 secret: 1</title>"), std::string::npos);
  EXPECT_NE(page.find("<title>2007-06 confidential: 1</title>"), std::string::npos);
  EXPECT_NE(page.find("<td>NAZARBAYEV, NURSULTAN</td><td>person</td><td class=\"number\">1</td>"), std::string::npos);
  EXPECT_NE(page.find("<td>07ASTANA1558</td><td>2007-06-12</td><td>KAZAKHSTAN: OIL PIPELINE TALKS STALL</td>"
                      "<td class=\"number\">2</td>"),
            std::string::npos);
  // Self-contained: nothing is fetched (the SVG namespace URI is a name, not a load).
  EXPECT_EQ(page.find("src="), std::string::npos);
  EXPECT_EQ(page.find("<link"), std::string::npos);
  EXPECT_EQ(page.find("https://"), std::string::npos);
  std::filesystem::remove(output);
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
