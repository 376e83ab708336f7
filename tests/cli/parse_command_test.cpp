// `cablecat parse` through the binary: a fragment as it is, and a page or
// dump unwrapped by the load's own reader (the whole-cable path).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <map>
#include <sstream>

#include "support/command_runner.h"

using namespace cablecat::test;

namespace {

const std::string kForms = std::string(CABLECAT_TEST_DATA) + "/forms/";

nlohmann::json parsed(const std::vector<std::string>& arguments, const std::string* stdinText = nullptr) {
  CommandResult result = runCablecat(arguments, stdinText);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return nlohmann::json::parse(result.out);
}

}  // namespace

TEST(ParseCommand, FragmentIsParsedAsItIs) {
  std::string fragment = "SUBJECT: KAZAKHSTAN: TEST\n\n1. (C) Summary: Foo. End summary.\n\nORDWAY\n";
  nlohmann::json cable = parsed({"parse", "-"}, &fragment);
  EXPECT_EQ(cable["subject"], "KAZAKHSTAN: TEST");
  EXPECT_EQ(cable["summary"], "Foo.");
  EXPECT_EQ(cable["signers"], nlohmann::json::array({"ORDWAY"}));
}

TEST(ParseCommand, WikiLeaksPageGivesItsCable) {
  for (const std::vector<std::string>& arguments :
       {std::vector<std::string>{"parse", kForms + "07ASTANA2312.html"},
        std::vector<std::string>{"parse", "--id", "07astana2312", kForms + "07ASTANA2312-archive.txt"}}) {
    nlohmann::json cable = parsed(arguments);
    EXPECT_EQ(cable["ref_id"], "07ASTANA2312");
    EXPECT_EQ(cable["from_station"], "AMEMBASSY ASTANA");
    EXPECT_EQ(cable["recipients"].size(), 4u);
    EXPECT_EQ(cable["recipients"][0]["address"], "SECSTATE WASHDC");
    EXPECT_EQ(cable["subject"], "KAZAKHSTAN AGREES TO CONSIDER GAER CANDIDACY FOR COMMITTEE AGAINST TORTURE");
    EXPECT_EQ(cable["signers"], nlohmann::json::array({"ORDWAY"}));
  }
}

TEST(ParseCommand, PageOnStdinToo) {
  std::string page = readFile(kForms + "07ASTANA2312.html");
  EXPECT_EQ(parsed({"parse", "-"}, &page)["ref_id"], "07ASTANA2312");
}

TEST(ParseCommand, UnknownIdInADumpFails) {
  CommandResult result = runCablecat({"parse", "--id", "99NOWHERE1", kForms + "07ASTANA2312.csv"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("no cable 99NOWHERE1 among 1 cables"), std::string::npos) << result.err;
}

namespace {

const std::string kArchivePage = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";

std::vector<nlohmann::json> ndjsonLines(const std::string& text) {
  std::vector<nlohmann::json> objects;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) objects.push_back(nlohmann::json::parse(line));
  return objects;
}

}  // namespace

TEST(ParseCommand, APageOfSeveralCablesGivesOneLineOfJsonEach) {
  CommandResult result = runCablecat({"parse", kArchivePage});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::vector<nlohmann::json> cables = ndjsonLines(result.out);
  ASSERT_EQ(cables.size(), 18u);
  EXPECT_EQ(cables[0]["ref_id"], "07ASTANA2327");
  EXPECT_EQ(cables[0]["format"], "archive");
  EXPECT_EQ(cables[0]["locator"], "line 3");
  EXPECT_EQ(cables[0]["released"], "2011-08-30T01:44");  // the page's metadata line
  EXPECT_EQ(cables[0]["section_count"], 4);
  EXPECT_TRUE(cables[1]["section_count"].is_null());
  EXPECT_EQ(cables[3]["ref_id"], "07ASTANA2315");
}

TEST(ParseCommand, IdPicksOneCableOfAPage) {
  nlohmann::json cable = parsed({"parse", "--id", "07astana2315", kArchivePage});
  EXPECT_EQ(cable["ref_id"], "07ASTANA2315");
  EXPECT_EQ(cable["locator"], "line 855");
}

TEST(ParseCommand, ACsvDumpGivesEveryRowWithItsListedReferences) {
  std::string dump = readFile(kForms + "07ASTANA2312.csv");
  CommandResult result = runCablecat({"parse", "-"}, &dump);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  nlohmann::json cable = nlohmann::json::parse(result.out);  // one row: one object
  EXPECT_EQ(cable["format"], "csv");
  EXPECT_EQ(cable["locator"], "row 1");
  EXPECT_TRUE(cable["listed_refs"].is_array());
}

// The keys are the catalogue's column names, and hold what a load stores.
TEST(ParseCommand, FieldsReadAsTheLoadedCatalogueStoresThem) {
  TemporaryFolder folder;
  std::string catalogue = folder.file("cables.db");
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", catalogue, kArchivePage}).exit_code, 0);
  CommandResult stored = runCablecat({"query", "--db", catalogue, "--mode", "json", "SELECT * FROM cables"});
  std::map<std::string, nlohmann::json> rows;
  for (const nlohmann::json& row : nlohmann::json::parse(stored.out)) rows[row["ref_id"]] = row;
  for (const nlohmann::json& cable : ndjsonLines(runCablecat({"parse", kArchivePage}).out)) {
    const nlohmann::json& row = rows.at(cable["ref_id"]);
    for (const auto& [column, value] : row.items()) {
      if (column == "id" || column == "header" || column == "body" || column == "content_hash") continue;
      ASSERT_TRUE(cable.contains(column)) << column;
      nlohmann::json parsedValue = cable[column].is_boolean() ? nlohmann::json(cable[column] ? 1 : 0) : cable[column];
      EXPECT_EQ(parsedValue, value) << cable["ref_id"] << " " << column;
    }
  }
}
