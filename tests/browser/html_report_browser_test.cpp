// reports/html_report.py as a reader sees it: the page laid out by headless
// Chromium, its chart measured in the browser (report_layout_check.js), and
// a screenshot taken. Skips when Chromium is absent, unless
// CABLECAT_REQUIRE_BROWSER=1 (set by .ci/slow-stages, which installs it).
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "query/catalogue_fixture.h"
#include "support/command_runner.h"

using namespace cablecat::test;
using nlohmann::json;

namespace {

const std::filesystem::path kSourceDir = CABLECAT_SOURCE_DIR;

// A catalogue shaped like the archive: a bulk of cables every month from
// 2003-01 to 2010-02, growing, and a few early ones from 1966 to 2002
// (2.6 % of them). Tags and citations come along so every section has rows.
constexpr const char* kArchiveShapeSql = R"SQL(
WITH RECURSIVE
  month(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM month WHERE i < 85),
  cable(i, k) AS (SELECT i, 1 FROM month UNION ALL SELECT i, k + 1 FROM cable WHERE k < 5 + i / 2)
INSERT INTO cables (id, ref_id, created, classification, origin, subject, content_hash)
SELECT 1000 + i * 100 + k, printf('%02dSYNTHETIC%d', (3 + i / 12) % 100, i * 100 + k),
       printf('%04d-%02d-%02dT10:00', 2003 + i / 12, 1 + i % 12, 1 + k % 28),
       CASE k % 3 WHEN 0 THEN 'SECRET' WHEN 1 THEN 'CONFIDENTIAL//NOFORN' ELSE 'UNCLASSIFIED' END,
       'Embassy ' || char(65 + k % 7), 'A SYNTHETIC CABLE', 'h'
FROM cable;

WITH RECURSIVE
  early(year, n) AS (VALUES (1966, 1), (1972, 2), (1985, 3), (1995, 4), (2000, 10), (2001, 15), (2002, 25)),
  copy(year, k, n) AS (SELECT year, 1, n FROM early UNION ALL SELECT year, k + 1, n FROM copy WHERE k < n)
INSERT INTO cables (id, ref_id, created, classification, origin, subject, content_hash)
SELECT 100000 + year * 100 + k, printf('%02dEARLY%d', year % 100, k), printf('%04d-06-%02dT08:00', year, k),
       'CONFIDENTIAL', 'Embassy A', 'AN EARLY CABLE', 'h'
FROM copy;

INSERT INTO cable_tags (cable_id, position, tag_id)
SELECT id, 1, 1 + id % 9 FROM cables WHERE id >= 1000
UNION ALL SELECT id, 2, 1 + (id / 7) % 9 FROM cables WHERE id >= 1000 AND (id / 7) % 9 <> id % 9;

INSERT INTO refs (cable_id, position, raw, ref_id, kind)
SELECT id, 1, 'SYNTHETIC', (SELECT ref_id FROM cables WHERE id = 1000 + (c.id % 5) * 100 + 1), 'cable'
FROM cables AS c WHERE id >= 1000 AND id % 3 = 0;
)SQL";

std::string chromium() {
  if (const char* chosen = std::getenv("CABLECAT_CHROMIUM")) return chosen;
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    CommandResult found = runCommand(std::string("command -v ") + name);
    if (found.exit_code == 0) return found.out.substr(0, found.out.find('\n'));
  }
  return "";
}

class HtmlReportInBrowser : public ::testing::Test {
 protected:
  void SetUp() override {
    browser = chromium();
    if (browser.empty()) {
      const char* required = std::getenv("CABLECAT_REQUIRE_BROWSER");
      if (required && std::string(required) == "1") FAIL() << "CABLECAT_REQUIRE_BROWSER=1 but no Chromium found";
      GTEST_SKIP() << "no Chromium (apt-get install chromium); the browser test is skipped";
    }
    SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
    db.exec(kArchiveShapeSql);
  }

  // Runs html_report.py with `arguments` and returns the page's path.
  std::string writeReport(const std::string& name, const std::vector<std::string>& arguments = {}) {
    std::string page = folder.file(name + ".html");
    std::vector<std::string> command{(kSourceDir / "reports" / "html_report.py").string(), "--db", catalogue.path(),
                                     "--output", page};
    command.insert(command.end(), arguments.begin(), arguments.end());
    CommandResult result = runCablecat(command, nullptr, "python3");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return page;
  }

  std::string browserLine(const std::string& flags, const std::string& page) {
    // A profile of its own, and nothing that reaches the network.
    return "timeout 120 " + shellQuote(browser) +
           " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
           " --disable-background-networking --disable-component-update --disable-sync"
           " --window-size=1400,2000 --user-data-dir=" + shellQuote(folder.file("profile")) + " " + flags +
           " " + shellQuote("file://" + page) + " 2>/dev/null";
  }

  // The page with the layout check appended, as Chromium lays it out.
  json measure(const std::string& page) {
    std::string html = readFile(page);
    std::string script = readFile((kSourceDir / "tests" / "browser" / "report_layout_check.js").string());
    std::string checked = page + ".checked.html";
    writeFile(checked, html.substr(0, html.rfind("</body>")) + "<script>\n" + script + "</script>\n</body></html>\n");
    CommandResult dom = runCommand(browserLine("--dump-dom", checked));
    std::size_t start = dom.out.rfind("<pre id=\"layout-check\">");
    std::size_t end = dom.out.find("</pre>", start);
    if (start == std::string::npos || end == std::string::npos) {
      ADD_FAILURE() << "no layout facts in Chromium's DOM (exit " << dom.exit_code << ")";
      return json::object();
    }
    start += std::string("<pre id=\"layout-check\">").size();
    std::string text = dom.out.substr(start, end - start);
    for (auto [entity, character] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}})
      for (std::size_t at; (at = text.find(entity)) != std::string::npos;)
        text.replace(at, std::string(entity).size(), character);
    return json::parse(text);
  }

  std::string browser;
  FixtureCatalogue catalogue;
  TemporaryFolder folder{"cablecat-browser"};
};

std::vector<std::string> texts(const json& labels) {
  std::vector<std::string> result;
  for (const json& label : labels) result.push_back(label["text"]);
  return result;
}

// Labels in order left to right, each clear of the next, none empty (fonts present).
void expectReadableLabels(const json& labels, const std::string& panel) {
  for (std::size_t i = 0; i < labels.size(); ++i) {
    EXPECT_GT(labels[i]["width"].get<double>(), 10) << panel << " label " << labels[i]["text"];
    if (i > 0) {
      EXPECT_LT(labels[i - 1]["right"].get<double>() + 2, labels[i]["left"].get<double>())
          << panel << ": " << labels[i - 1]["text"] << " runs into " << labels[i]["text"];
    }
  }
}

}  // namespace

TEST_F(HtmlReportInBrowser, TimeAxisFitsWhereTheCablesAreWithTheEarlyOnesBeside) {
  json facts = measure(writeReport("archive"));
  EXPECT_EQ(facts["sections"], json({"per-month", "per-year", "origins", "tags", "most-cited"}));

  // The monthly axis covers 2003-01 .. 2010-02, a bar every month.
  const json& main = facts["panels"]["main"];
  EXPECT_EQ(main["first"], "2003-01");
  EXPECT_EQ(main["last"], "2010-02");
  EXPECT_EQ(main["periods"].size(), 86u);
  EXPECT_EQ(texts(main["xLabels"]),
            (std::vector<std::string>{"2003", "2004", "2005", "2006", "2007", "2008", "2009", "2010"}));
  expectReadableLabels(main["xLabels"], "main");

  // 1966-2002 sit in a narrow per-year panel: every early year with cables
  // has a visible bar, and the monthly axis keeps most of the width.
  const json& early = facts["panels"]["early"];
  EXPECT_EQ(early["first"], "1966");
  EXPECT_EQ(early["last"], "2002");
  EXPECT_EQ(early["periods"], json({"1966", "1972", "1985", "1995", "2000", "2001", "2002"}));
  EXPECT_GE(early["thinnestBar"].get<double>(), 1.0);
  double earlyWidth = early["baseline"]["width"], mainWidth = main["baseline"]["width"];
  EXPECT_LT(earlyWidth, 0.25 * mainWidth);
  EXPECT_GT(mainWidth, 0.65 * facts["svg"]["width"].get<double>());
  EXPECT_LT(early["baseline"]["right"].get<double>(), main["baseline"]["left"].get<double>());
  EXPECT_EQ(texts(early["xLabels"]), (std::vector<std::string>{"1970", "1980", "1990", "2000"}));
  expectReadableLabels(early["xLabels"], "early");

  // Labelled axes, a legend, and nothing drawn outside the chart.
  EXPECT_EQ(facts["axisTitles"], json({"cables per year", "cables per month", "date created"}));
  EXPECT_EQ(facts["legend"], json({"unclassified", "confidential", "secret", "other"}));
  EXPECT_EQ(main["yLabels"][0], "0");
  EXPECT_EQ(facts["textOutsideSvg"], json::array());
  // No date, code or year header wraps.
  EXPECT_GE(facts["dateCells"].get<int>(), 15);  // a year per row, and the most-cited dates
  EXPECT_EQ(facts["wrappedCells"], json::array());
}

TEST_F(HtmlReportInBrowser, AShortSpanIsLabelledByMonth) {
  json facts = measure(writeReport("summer-2008", {"--since", "2008-06", "--until", "2008-09"}));
  EXPECT_TRUE(facts["panels"].find("early") == facts["panels"].end());
  const json& main = facts["panels"]["main"];
  EXPECT_EQ(texts(main["xLabels"]), (std::vector<std::string>{"2008-06", "2008-07", "2008-08", "2008-09"}));
  expectReadableLabels(main["xLabels"], "main");
  EXPECT_EQ(facts["textOutsideSvg"], json::array());
  EXPECT_EQ(facts["wrappedCells"], json::array());
}

TEST_F(HtmlReportInBrowser, ScreenshotIsTaken) {
  // Kept for a human to look at when CABLECAT_SCREENSHOT_DIR names a folder
  // (.ci/slow-stages: build/), else removed with the test's temp folder.
  const char* keep = std::getenv("CABLECAT_SCREENSHOT_DIR");
  std::string screenshot =
      ((keep && *keep) ? std::filesystem::path(keep) : folder.path()) / "html-report-browser-test.png";
  std::filesystem::remove(screenshot);
  runCommand(browserLine("--screenshot=" + shellQuote(screenshot), writeReport("archive")));
  ASSERT_TRUE(std::filesystem::exists(screenshot));
  std::string png = readFile(screenshot);
  ASSERT_GT(png.size(), 24u);
  EXPECT_EQ(png.substr(0, 8), "\x89PNG\r\n\x1a\n");
  auto bigEndian = [&](std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = (value << 8) | static_cast<unsigned char>(png[at + i]);
    return value;
  };
  EXPECT_EQ(bigEndian(16), 1400u);  // IHDR width and height: the whole window
  EXPECT_EQ(bigEndian(20), 2000u);
  EXPECT_GT(png.size(), 50000u) << "a page of charts and tables, not a blank screen";
}
