// `cablecat show` through the binary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/command_runner.h"
#include "query/catalogue_fixture.h"

using namespace cablecat::test;

TEST(ShowCommand, TextForOneCableAnyCase) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"show", "--db", catalogue.path(), "08state5000"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "08STATE5000: DEMARCHE ON CASPIAN PIPELINE\n"
            "\n"
            "Reference ID     08STATE5000\n"
            "Created          2008-01-20T15:00\n"
            "Released         2011-08-30T01:44\n"
            "Classification   UNCLASSIFIED\n"
            "Origin           Secretary of State\n"
            "Precedence       IMMEDIATE\n"
            "DTG              2008-01-20T15:00Z\n"
            "From             SECSTATE WASHDC\n"
            "Subject          DEMARCHE ON CASPIAN PIPELINE\n"
            "Signer           RICE\n"
            "Sources          csv/cables_tiny.csv row 7 (csv)\n"
            "\n"
            "TO\n"
            "  RUEHTA/AMEMBASSY ASTANA IMMEDIATE 5001\n"
            "INFO\n"
            "  RUEHMO/AMEMBASSY MOSCOW 5002\n"
            "EXCLUDED (XMT)\n"
            "  AMCONSUL ALMATY\n"
            "\n"
            "TAGS\n"
            "  PREL  subject\n"
            "  EPET  subject\n"
            "  KZ    geo\n"
            "\n"
            "REFERENCES\n"
            "  A. ASTANA 1558 = 07ASTANA1558, in catalogue: KAZAKHSTAN: OIL PIPELINE TALKS STALL\n"
            "  B. STATE 98765 = 07STATE98765, not in catalogue\n"
            "\n"
            "BODY\n"
            "1. Embassy should deliver the points on the pipeline and oil transit.\n"
            "RICE\n");
}

TEST(ShowCommand, JsonIsOneObject) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"show", "--db", catalogue.path(), "--mode", "json", "07ASTANA1558"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  nlohmann::json json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["ref_id"], "07ASTANA1558");
  EXPECT_EQ(json["cited_by"].size(), 2u);
  EXPECT_EQ(json["cited_by"][1]["ref_id"], "08STATE5000");
  EXPECT_EQ(json["body"], "1. (C) Talks on the Caspian oil pipeline stalled again over tariffs.\nORDWAY");
}

TEST(ShowCommand, UnknownIdSaysSoAndFails) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"show", "--db", catalogue.path(), "07X"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "cablecat show: no cable 07X in " + catalogue.path() + " (find IDs with 'cablecat search WORDS')\n");
}
