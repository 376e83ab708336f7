// `cablecat parse` on a whole cable and on fragments of one.
#include <gtest/gtest.h>


#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "support/temporary_folder.h"

namespace {

// Runs `cablecat parse ARGS` with `input` on stdin; returns stdout as JSON.
nlohmann::json parse(const std::string& arguments, const std::string& input = "") {
  std::string inputFile = cablecat::test::temporaryPath("parse-input.txt");
  cablecat::test::writeFile(inputFile, input);
  std::string command = std::string(CABLECAT_BINARY) + " parse " + arguments + " < " + inputFile;
  std::string output;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
    EXPECT_EQ(pclose(pipe), 0) << command;
  }
  std::remove(inputFile.c_str());
  return nlohmann::json::parse(output);
}

}  // namespace

TEST(ParseVerb, WholeCableFileTakesItsIdFromTheFileName) {
  nlohmann::json cable = parse(std::string(CABLECAT_TEST_DATA) + "/07ASTANA2312.txt");
  EXPECT_EQ(cable["ref_id"], "07ASTANA2312");
  EXPECT_EQ(cable["transmission_id"], "VZCZCXRO9158");
  EXPECT_EQ(cable["precedence"], "IMMEDIATE");
  EXPECT_EQ(cable["dtg"], "2007-08-24T09:31Z");
  EXPECT_EQ(cable["from_station"], "AMEMBASSY ASTANA");
  EXPECT_EQ(cable["classification"], "UNCLASSIFIED");
  EXPECT_EQ(cable["subject"],
            "KAZAKHSTAN AGREES TO CONSIDER GAER CANDIDACY FOR COMMITTEE AGAINST TORTURE");
  EXPECT_EQ(cable["tags"], nlohmann::json({"PHUM", "PREL", "UNGA", "KZ"}));
  ASSERT_EQ(cable["references"].size(), 1u);
  EXPECT_EQ(cable["references"][0]["ref_id"], "07STATE108617");
  EXPECT_EQ(cable["references"][0]["kind"], "cable");
  ASSERT_EQ(cable["recipients"].size(), 4u);
  EXPECT_EQ(cable["recipients"][0]["kind"], "to");
  EXPECT_EQ(cable["recipients"][0]["routing_indicator"], "RUEHC");
  EXPECT_EQ(cable["recipients"][0]["address"], "SECSTATE WASHDC");
  EXPECT_EQ(cable["recipients"][0]["precedence"], "IMMEDIATE");
  EXPECT_EQ(cable["recipients"][0]["serial"], "0464");
  EXPECT_EQ(cable["recipients"][3]["kind"], "info");
  EXPECT_EQ(cable["recipients"][3]["address"], "USOFFICE ALMATY");
  EXPECT_TRUE(cable["recipients"][3]["serial"].is_null());
  EXPECT_EQ(cable["signers"], nlohmann::json({"ORDWAY"}));
  EXPECT_TRUE(cable["decl"].is_null());
  EXPECT_TRUE(cable["section_count"].is_null());
  EXPECT_EQ(cable["signer"], "ORDWAY");
  EXPECT_EQ(cable["is_partial"], false);
}

TEST(ParseVerb, ReferenceFragmentTakesTheYearOfCreated) {
  nlohmann::json cable =
      parse("--created 2009-03-02 -", "REF: A) Astana 1558, B) 08 STATE 12345\n");
  ASSERT_EQ(cable["references"].size(), 2u);
  EXPECT_EQ(cable["references"][0]["letter"], "A");
  EXPECT_EQ(cable["references"][0]["ref_id"], "09ASTANA1558");
  EXPECT_EQ(cable["references"][1]["ref_id"], "08STATE12345");
}

TEST(ParseVerb, RecipientFragmentWithoutAnythingElse) {
  nlohmann::json cable = parse("-",
                               "TO RUEHC/SECSTATE WASHDC PRIORITY 9048\n"
                               "INFO RUEHAST/USOFFICE ALMATY\n"
                               "RUEHVEN/USMISSION USOSCE 1821\n");
  ASSERT_EQ(cable["recipients"].size(), 3u);
  EXPECT_EQ(cable["recipients"][0]["precedence"], "PRIORITY");
  EXPECT_EQ(cable["recipients"][2]["kind"], "info");
  EXPECT_EQ(cable["recipients"][2]["serial"], "1821");
}

TEST(ParseVerb, TagsAndSubjectFragment) {
  nlohmann::json cable = parse("-",
                               "TAGS: PGOV, PREL, KZ\n"
                               "SUBJECT: KAZAKHSTAN: A LONG SUBJECT THAT WRAPS ONTO\n"
                               "THE NEXT LINE\n\n1. Text.\n");
  EXPECT_EQ(cable["tags"], nlohmann::json({"PGOV", "PREL", "KZ"}));
  EXPECT_EQ(cable["subject"], "KAZAKHSTAN: A LONG SUBJECT THAT WRAPS ONTO THE NEXT LINE");
}

TEST(ParseVerb, DeclAndClassifiedByFragment) {
  nlohmann::json cable = parse("-",
                               "Classified By: Amb. John Ordway, reasons 1.4 (B) and (D).\n\n"
                               "E.O. 12958: DECL: 08/27/2017\n");
  EXPECT_EQ(cable["decl"], "2017-08-27");
  EXPECT_EQ(cable["classified_by"], "Amb. John Ordway, reasons 1.4 (B) and (D)");
}

TEST(ParseVerb, MissingFileIsAClearFailure) {
  std::string command = std::string(CABLECAT_BINARY) + " parse /nonexistent/x.txt 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  char buffer[512] = {};
  std::size_t n = std::fread(buffer, 1, sizeof buffer - 1, pipe);
  int status = pclose(pipe);
  EXPECT_NE(status, 0);
  EXPECT_NE(std::string(buffer, n).find("/nonexistent/x.txt"), std::string::npos);
}
