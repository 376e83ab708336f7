// The seed archive page, loaded end to end: fields of named cables pinned.
#include <gtest/gtest.h>

#include "seed_catalogue.h"
#include "support/command_runner.h"

using namespace cablecat::test;
using Strings = std::vector<std::string>;

namespace {

Strings tagsOf(const std::string& refId) {
  return seedColumn("SELECT t.code FROM cable_tags ct JOIN tags t ON t.id = ct.tag_id"
                " JOIN cables c ON c.id = ct.cable_id WHERE c.ref_id = '" + refId +
                "' ORDER BY ct.position");
}

Strings referencesOf(const std::string& refId) {
  return seedColumn("SELECT coalesce(r.letter || ')', '') || coalesce(r.ref_id, '-') FROM refs r"
                " JOIN cables c ON c.id = r.cable_id WHERE c.ref_id = '" + refId +
                "' ORDER BY r.position");
}

std::string field(const std::string& refId, const std::string& column) {
  return seedValue("SELECT " + column + " FROM cables WHERE ref_id = '" + refId + "'");
}

}  // namespace

TEST(SeedArchive, HoldsExactlyItsEighteenCables) {
  EXPECT_EQ(seedValue("SELECT count(*) FROM cables"), "18");
  EXPECT_EQ(seedValue("SELECT min(ref_id) || ' ' || max(ref_id) FROM cables"),
            "07ASTANA2098 07ASTANA2327");
  EXPECT_EQ(seedValue("SELECT count(*) FROM load_issues WHERE severity = 'error'"), "0");
}

TEST(SeedArchive, MetadataLineGivesDatesClassificationOrigin) {
  EXPECT_EQ(field("07ASTANA2318", "created"), "2007-08-27T01:46");
  EXPECT_EQ(field("07ASTANA2318", "released"), "2011-08-30T01:44");
  EXPECT_EQ(field("07ASTANA2318", "classification"), "UNCLASSIFIED//FOR OFFICIAL USE ONLY");
  EXPECT_EQ(field("07ASTANA2318", "origin"), "Embassy Astana");
  EXPECT_EQ(field("07ASTANA2327", "classification"), "UNCLASSIFIED");
}

TEST(SeedArchive, HeaderFieldsOfARoutineCable) {
  EXPECT_EQ(field("07ASTANA2327", "transmission_id"), "VZCZCXRO1141");
  EXPECT_EQ(field("07ASTANA2327", "precedence"), "ROUTINE");
  EXPECT_EQ(field("07ASTANA2327", "dtg"), "2007-08-27T10:01Z");
  EXPECT_EQ(field("07ASTANA2327", "from_station"), "AMEMBASSY ASTANA");
  EXPECT_EQ(field("07ASTANA2327", "section_count"), "4");
}

TEST(SeedArchive, ToAndInfoListsOfARoutineCable) {
  EXPECT_EQ(seedRecipients("07ASTANA2327", "to"), (Strings{"RUEHC/SECSTATE WASHDC||0482"}));
  EXPECT_EQ(seedRecipients("07ASTANA2327", "info"),
            (Strings{"RUEHAST/USOFFICE ALMATY||", "RUEHVEN/USMISSION USOSCE||1821",
                     "RUCNCIS/CIS COLLECTIVE||0251",
                     "RUCNCLS/SOUTH AND CENTRAL ASIA COLLECTIVE||"}));
}

TEST(SeedArchive, ImmediateCableCarriesPrecedencePerRecipient) {
  EXPECT_EQ(field("07ASTANA2312", "precedence"), "IMMEDIATE");
  EXPECT_EQ(seedRecipients("07ASTANA2312", "to"), (Strings{"RUEHC/SECSTATE WASHDC|IMMEDIATE|0464"}));
  EXPECT_EQ(seedRecipients("07ASTANA2312", "info"),
            (Strings{"RUCNDT/USMISSION USUN NEW YORK|IMMEDIATE|1883",
                     "RUEHGV/USMISSION GENEVA|IMMEDIATE|0961", "RUEHAST/USOFFICE ALMATY||"}));
  EXPECT_EQ(field("07ASTANA2113", "precedence"), "IMMEDIATE");
}

TEST(SeedArchive, PriorityCableKeepsOfficeSuffixesInAddresses) {
  EXPECT_EQ(field("07ASTANA2178", "precedence"), "PRIORITY");
  EXPECT_EQ(seedRecipients("07ASTANA2178", "to"), (Strings{"RUEHC/SECSTATE WASHDC|PRIORITY|0330"}));
  EXPECT_EQ(seedRecipients("07ASTANA2178", "info"),
            (Strings{"RUEHAST/USOFFICE ALMATY||", "RUCNCLS/SCA COLLECTIVE||",
                     "RHMFISS/HQ USCENTCOM MACDILL AFB FL//CCJ5/||",
                     "RHMFISS/HQ USEUCOM VAIHINGEN GE//ECJ5||",
                     "RUEKJCS/SECDEF WASHINGTON DC//USDP/APSA-CA||",
                     "RUEKJCS/SECDEF WASHINGTON DC//USDP/GSA-CN||",
                     "RHMFIUU/DTRA CT WASHINGTON DC||",
                     "RHMFIUU/DEPT OF HOMELAND SECURITY WASHINGTON DC||"}));
}

TEST(SeedArchive, ToListOverManyLinesWithNoInfo) {
  Strings to = seedRecipients("07ASTANA2101", "to");
  ASSERT_EQ(to.size(), 15u);
  EXPECT_EQ(to.front(), "RUEHC/SECSTATE WASHDC||0262");
  EXPECT_EQ(to[5], "RUEKJCS/SECDEF WASHDC||0054");
  EXPECT_EQ(to.back(), "RUEHAST/USOFFICE ALMATY||");
  EXPECT_TRUE(seedRecipients("07ASTANA2101", "info").empty());
}

TEST(SeedArchive, DtgWithSuffixAfterTheYear) {
  EXPECT_EQ(field("07ASTANA2244", "dtg"), "2007-08-19T23:55Z");
}

TEST(SeedArchive, SubjectsWrappedOverTwoLinesAreJoined) {
  EXPECT_EQ(field("07ASTANA2318", "subject"),
            "KAZAKHSTAN PARLIAMENTARY ELECTIONS: MISSED OPPORTUNITY FOR ALL");
  EXPECT_EQ(field("07ASTANA2312", "subject"),
            "KAZAKHSTAN AGREES TO CONSIDER GAER CANDIDACY FOR COMMITTEE AGAINST TORTURE");
  EXPECT_EQ(field("07ASTANA2315", "subject"),
            "KAZAKHSTAN ECONOMIC AND ENERGY UPDATE, JULY 29 - AUGUST 24, 2007");
  EXPECT_EQ(field("07ASTANA2101", "subject"),
            "EXBS: KAZAKHSTAN ADVISOR'S MONTHLY REPORTING CABLE (MAY-JUNE 2007)");
  EXPECT_EQ(field("07ASTANA2222", "subject"),
            "CAMPAIGNING IN NORTHERN KAZAKHSTAN OBLAST: WHERE ART THOU, OPPOSITION?");
}

TEST(SeedArchive, TagsInOrder) {
  EXPECT_EQ(tagsOf("07ASTANA2327"), (Strings{"PGOV", "OSCE", "KZ"}));
  EXPECT_EQ(tagsOf("07ASTANA2323"), (Strings{"SNAR", "EFIN", "SOCI", "KCOR", "KCRM", "KZ"}));
  EXPECT_EQ(tagsOf("07ASTANA2214"),
            (Strings{"EFIN", "SNAR", "SOCI", "PREL", "PGOV", "KCOR", "KCRM", "AU", "KZ"}));
  EXPECT_EQ(seedValue("SELECT kind FROM tags WHERE code = 'KZ'"), "geo");
  EXPECT_EQ(seedValue("SELECT count(*) FROM tags WHERE code = 'SIPDIS'"), "0");
}

TEST(SeedArchive, ReferenceWithoutYearTakesTheCablesYear) {
  EXPECT_EQ(referencesOf("07ASTANA2327"), (Strings{"07ASTANA2318"}));
  EXPECT_EQ(referencesOf("07ASTANA2312"), (Strings{"07STATE108617"}));
  EXPECT_EQ(referencesOf("07ASTANA2113"), (Strings{"07STATE99409"}));
  EXPECT_EQ(referencesOf("07ASTANA2192"), (Strings{"07ASTANA918"}));
}

TEST(SeedArchive, LetteredReferencesOverSeveralLines) {
  EXPECT_EQ(referencesOf("07ASTANA2318"),
            (Strings{"A)07ASTANA1558", "B)07ASTANA1906", "C)07ASTANA1949", "D)07ASTANA2221",
                     "E)07ASTANA2222", "F)07ASTANA2223", "G)07ASTANA2244"}));
  EXPECT_EQ(referencesOf("07ASTANA2223"), (Strings{"A)07ASTANA2069", "B)07ASTANA1906"}));
}

TEST(SeedArchive, ReferencesWithExplicitYearsAndAStationSplitFromItsSerial) {
  EXPECT_EQ(referencesOf("07ASTANA2323"),
            (Strings{"A)05ALMATY4353", "B)06ASTANA689", "C)06ALMATY1437", "D)07ASTANA1104"}));
}

TEST(SeedArchive, PageBreakLinesNeverBecomeReferences) {
  EXPECT_EQ(seedValue("SELECT count(*) FROM refs r JOIN cables c ON c.id = r.cable_id"
                  " WHERE r.ref_id = c.ref_id"),
            "0");
  EXPECT_EQ(seedValue("SELECT count(*) FROM refs"), "22");
}

TEST(SeedArchive, SignerIsTheSurnameOnTheLastLine) {
  EXPECT_EQ(field("07ASTANA2327", "signer"), "ORDWAY");
  EXPECT_EQ(field("07ASTANA2315", "signer"), "ORDWAY");
  EXPECT_EQ(field("07ASTANA2113", "signer"), "MILAS");
  EXPECT_EQ(field("07ASTANA2098", "signer"), "MILAS");
  // These two end with "End comment." and no signature line.
  EXPECT_EQ(field("07ASTANA2223", "signer"), "");
  EXPECT_EQ(field("07ASTANA2221", "signer"), "");
}

TEST(SeedArchive, SummaryWithoutLabelAndEndMarker) {
  std::string summary = field("07ASTANA2327", "summary");
  EXPECT_EQ(summary.rfind("On August 24, Nur Otan selected 98 candidates", 0), 0u) << summary;
  const std::string ending = "recently chosen by the Assembly of People of Kazakhstan.";
  ASSERT_GE(summary.size(), ending.size());
  EXPECT_EQ(summary.substr(summary.size() - ending.size()), ending);
}

TEST(SeedArchive, NoDeclWhenTheExecutiveOrderSaysNotApplicable) {
  EXPECT_EQ(seedValue("SELECT count(*) FROM cables WHERE decl IS NOT NULL"), "0");
}

TEST(SeedArchive, CitedByResolvesWithinTheCatalogue) {
  EXPECT_EQ(seedColumn("SELECT cited_by_ref_id FROM cited_by WHERE ref_id = '07ASTANA2221'"
                   " ORDER BY cited_by_ref_id"),
            (Strings{"07ASTANA2244", "07ASTANA2318"}));
}

TEST(SeedArchive, LoadingTwiceChangesNoRowCount) {
  const char* tables[] = {"cables",      "recipients", "exclusions",    "tags",
                          "cable_tags",  "refs",       "listed_refs",   "sources",
                          "cable_sources", "load_issues"};
  auto counts = [&] {
    Strings values;
    for (const char* table : tables)
      values.push_back(seedValue(std::string("SELECT count(*) FROM ") + table));
    return values;
  };
  Strings before = counts();
  std::string command = std::string(CABLECAT_BINARY) + " load --quiet --db " +
                        seedCataloguePath() + " " + CABLECAT_TEST_DATA +
                        "/astana-2007-08.txt 2>/dev/null";
  ASSERT_EQ(cablecat::test::runCommand(command).exit_code, 0);
  EXPECT_EQ(counts(), before);
}

TEST(SeedArchive, ShowListsTheTwoSeedCablesThatCiteACable) {
  auto result = runCablecat({"show", "--db", seedCataloguePath(), "07ASTANA2221"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::size_t citedBy = result.out.find("CITED BY\n");
  ASSERT_NE(citedBy, std::string::npos) << result.out;
  std::string section = result.out.substr(citedBy, result.out.find("\n\n", citedBy) - citedBy);
  EXPECT_EQ(section,
            "CITED BY\n"
            "  07ASTANA2244  2007-08-19  CAMPAIGNING IN EASTERN KAZAKHSTAN OBLAST: NUR OTAN "
            "DOMINATES RELATIVELY CLEAN AND FAIR CAMPAIGN\n"
            "  07ASTANA2318  2007-08-27  KAZAKHSTAN PARLIAMENTARY ELECTIONS: MISSED OPPORTUNITY "
            "FOR ALL");
}
