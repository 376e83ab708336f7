// `cablecat parse` through the binary: a fragment as it is, and a page or
// dump unwrapped by the load's own reader (the whole-cable path).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/command_runner.h"

using namespace testsupport;

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
    EXPECT_EQ(cable["from"], "AMEMBASSY ASTANA");
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
