// Tests writing one cable: every column and child row as stored.
#include <gtest/gtest.h>

#include "store_test_support.h"

namespace cablecat {
namespace {

using test::TempCatalogue;

class WriterColumns : public ::testing::TestWithParam<bool> {};

TEST_P(WriterColumns, StoresEveryColumnAndChildRow) {
  TempCatalogue catalogue;
  WriterOptions options;
  options.build_new_catalogue_aside = GetParam();
  Cable cable = test::makeCable("07ASTANA2327", "Energy talks.");
  cable.listed_references = {"07ASTANA1558", "07STATE12345"};
  cable.has_listed_references = true;
  test::loadCables(catalogue.path(), {cable}, "cables.csv", "csv", options);

  SQLite::Database db = openCatalogueForReading(catalogue.path());
  SQLite::Statement row(db,
                        "SELECT ref_id, ref_id_malformed, created, released, classification, "
                        "origin, subject, summary, transmission_id, precedence, dtg, from_station, "
                        "section_count, is_partial, decl, classified_by, signer, header, body, "
                        "content_hash FROM cables_with_text");
  ASSERT_TRUE(row.executeStep());
  EXPECT_EQ(row.getColumn(0).getString(), "07ASTANA2327");
  EXPECT_EQ(row.getColumn(1).getInt(), 0);
  EXPECT_EQ(row.getColumn(2).getString(), "2007-08-27T10:01");
  EXPECT_EQ(row.getColumn(3).getString(), "2011-08-30T01:44");
  EXPECT_EQ(row.getColumn(4).getString(), "CONFIDENTIAL");
  EXPECT_EQ(row.getColumn(5).getString(), "Embassy Astana");
  EXPECT_EQ(row.getColumn(6).getString(), "KAZAKHSTAN: ENERGY TALKS");
  EXPECT_EQ(row.getColumn(7).getString(), "Summary: talks went well. End summary.");
  EXPECT_EQ(row.getColumn(8).getString(), "VZCZCXRO1141");
  EXPECT_EQ(row.getColumn(9).getString(), "PRIORITY");
  EXPECT_EQ(row.getColumn(10).getString(), "2007-08-27T10:01Z");
  EXPECT_EQ(row.getColumn(11).getString(), "AMEMBASSY ASTANA");
  EXPECT_EQ(row.getColumn(12).getInt(), 2);
  EXPECT_EQ(row.getColumn(13).getInt(), 0);
  EXPECT_EQ(row.getColumn(14).getString(), "2017-08-27");
  EXPECT_EQ(row.getColumn(15).getString(), "Amb. John Ordway, reasons 1.4 (B) and (D)");
  EXPECT_EQ(row.getColumn(16).getString(), "ORDWAY; MILAS");
  EXPECT_EQ(row.getColumn(17).getString(), cable.header);
  EXPECT_EQ(row.getColumn(18).getString(), cable.body);
  EXPECT_EQ(row.getColumn(19).getString(), "hash-Energy talks.");

  EXPECT_EQ(test::dumpRows(db, "SELECT position, kind, routing_indicator, address, precedence, "
                               "serial FROM recipients ORDER BY position"),
            (std::vector<std::string>{"1|to|RUEHC|SECSTATE WASHDC|PRIORITY|0482",
                                      "2|info|RUEHAST|USOFFICE ALMATY|NULL|NULL",
                                      "3|info|RUEKJCS|SECDEF WASHINGTON DC//USDP/APSA-CA|NULL|0011"}));
  EXPECT_EQ(test::dumpRows(db, "SELECT position, routing_indicator, address FROM exclusions"),
            (std::vector<std::string>{"1|NULL|AMCONSUL ALMATY"}));
  EXPECT_EQ(test::dumpRows(db, "SELECT ct.position, t.code, t.kind FROM cable_tags ct "
                               "JOIN tags t ON t.id = ct.tag_id ORDER BY ct.position"),
            (std::vector<std::string>{"1|EPET|subject", "2|KZ|geo", "3|CLINTON, HILLARY|person"}));
  EXPECT_EQ(test::dumpRows(db, "SELECT position, letter, raw, ref_id, kind FROM refs ORDER BY position"),
            (std::vector<std::string>{"1|A|Astana 1558|07ASTANA1558|cable",
                                      "2|B|Smith-Jones email 08/01/07|NULL|email"}));
  EXPECT_EQ(test::dumpRows(db, "SELECT position, ref_id FROM listed_refs ORDER BY position"),
            (std::vector<std::string>{"1|07ASTANA1558", "2|07STATE12345"}));
  EXPECT_EQ(test::dumpRows(db, "SELECT s.path, s.format, s.size, s.cables_read, cs.locator, "
                               "cs.format, cs.content_hash FROM cable_sources cs "
                               "JOIN sources s ON s.id = cs.source_id"),
            (std::vector<std::string>{"cables.csv|csv|1001|1|line 1|csv|hash-Energy talks."}));
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), latestSchemaVersion());
  EXPECT_EQ(db.execAndGet("PRAGMA journal_mode").getString(), "wal");
}

INSTANTIATE_TEST_SUITE_P(LiveAndBuiltAside, WriterColumns, ::testing::Values(false, true));

// Child rows go in multi-row INSERTs of up to 32 rows: longer lists span
// several statements and must keep every row, in order, on both paths.
TEST_P(WriterColumns, KeepsLongChildListsWholeAndInOrder) {
  TempCatalogue catalogue;
  WriterOptions options;
  options.build_new_catalogue_aside = GetParam();
  Cable cable = test::makeCable("07STATE1", "Collective instruction.");
  cable.recipients.clear();
  for (int i = 1; i <= 70; ++i)
    cable.recipients.push_back({i % 3 == 0 ? RecipientKind::info : RecipientKind::to, "RUEH" + std::to_string(i),
                                "POST " + std::to_string(i), "", i % 2 ? "" : std::to_string(i)});
  cable.tags.clear();
  for (int i = 1; i <= 33; ++i) cable.tags.push_back({"TAG" + std::to_string(i), TagKind::subject, ""});
  cable.listed_references.clear();
  for (int i = 1; i <= 32; ++i) cable.listed_references.push_back("07STATE" + std::to_string(100 + i));
  cable.has_listed_references = true;
  test::loadCables(catalogue.path(), {cable}, "cables.csv", "csv", options);

  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(db.execAndGet("SELECT count(*) || ' ' || min(position) || ' ' || max(position) FROM recipients")
                .getString(),
            "70 1 70");
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM recipients WHERE address <> 'POST ' || position OR "
                          "routing_indicator <> 'RUEH' || position OR kind <> CASE position % 3 "
                          "WHEN 0 THEN 'info' ELSE 'to' END OR ifnull(serial, '') <> CASE position % 2 "
                          "WHEN 1 THEN '' ELSE CAST(position AS TEXT) END")
                .getInt(),
            0);
  EXPECT_EQ(db.execAndGet("SELECT group_concat(t.code, ' ') FROM (SELECT code FROM cable_tags "
                          "JOIN tags ON tags.id = tag_id ORDER BY position) AS t")
                .getString()
                .substr(0, 19),
            "TAG1 TAG2 TAG3 TAG4");
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cable_tags AS ct JOIN tags AS t ON t.id = ct.tag_id "
                          "WHERE t.code <> 'TAG' || ct.position").getInt(),
            0);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cable_tags").getInt(), 33);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM listed_refs WHERE ref_id = '07STATE' || (100 + position)")
                .getInt(),
            32);
}

TEST(CatalogueWriter, StoresEmptyStringsAndZeroSectionCountAsNull) {
  TempCatalogue catalogue;
  Cable cable;
  cable.ref_id = "66STATE1";
  cable.body = "Text";
  cable.content_hash = "h1";
  test::loadCables(catalogue.path(), {cable}, "a.txt", "text");
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(test::dumpRows(db, "SELECT created, released, classification, origin, subject, summary, "
                               "transmission_id, precedence, dtg, from_station, section_count, "
                               "decl, classified_by, signer, header FROM cables_with_text"),
            (std::vector<std::string>{
                "NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL|NULL"}));
}

TEST(CatalogueWriter, ReportsChildRowsTheSchemaCannotHold) {
  TempCatalogue catalogue;
  Cable cable = test::makeCable("07ASTANA2327");
  // Kinds cast from outside their enums: no parser makes them, the writer
  // still reports them rather than failing a CHECK constraint.
  cable.recipients.push_back({static_cast<RecipientKind>(7), "RUEHXX", "SOMEWHERE", "", ""});
  cable.recipients.push_back({RecipientKind::to, "RUEHYY", "", "", ""});
  cable.tags.push_back({"ZZZ", static_cast<TagKind>(9)});
  cable.references.push_back({"C", "Phone call 3 May", "", static_cast<ReferenceKind>(12)});
  test::loadCables(catalogue.path(), {cable}, "a.csv", "csv");
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM recipients").getInt(), 3);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cable_tags").getInt(), 3);
  EXPECT_EQ(db.execAndGet("SELECT kind FROM refs WHERE letter = 'C'").getString(), "other");
  EXPECT_EQ(test::dumpRows(db, "SELECT path, locator, ref_id, severity, message FROM load_issues ORDER BY id"),
            (std::vector<std::string>{
                "a.csv|line 1|07ASTANA2327|warning|recipient 5 (SOMEWHERE) has unknown kind 7; not stored",
                "a.csv|line 1|07ASTANA2327|warning|recipient 6 has no address; not stored",
                "a.csv|line 1|07ASTANA2327|warning|tag 'ZZZ' has unknown kind 9; not stored",
                "a.csv|line 1|07ASTANA2327|note|reference 'Phone call 3 May' has unknown kind 12; "
                "stored as 'other'"}));
  EXPECT_EQ(db.execAndGet("SELECT issues FROM sources").getInt(), 4);
}

TEST(CatalogueWriter, SharesTagsBetweenCablesAndRuns) {
  TempCatalogue catalogue;
  test::loadCables(catalogue.path(), {test::makeCable("07ASTANA1", "one")}, "a.csv", "csv");
  test::loadCables(catalogue.path(), {test::makeCable("07ASTANA2", "two")}, "b.csv", "csv");
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM tags").getInt(), 3);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cable_tags").getInt(), 6);
}

TEST(CatalogueWriter, RecordsIssuesWithAndWithoutSource) {
  TempCatalogue catalogue;
  {
    CatalogueWriter writer(catalogue.path(), {});
    writer.recordIssue(0, {"missing.csv", 0, 0}, "", Severity::error, "cannot open");
    std::int64_t source = writer.beginSource("a.csv", "csv");
    writer.recordIssue(source, {"a.csv", 0, 7}, "07X1", Severity::warning, "odd row");
    writer.endSource(source, 10, 0);
    writer.finish();
    EXPECT_EQ(writer.counts().issues, 2u);
  }
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(test::dumpRows(db, "SELECT source_id IS NULL, path, locator, ref_id, severity, message "
                               "FROM load_issues ORDER BY id"),
            (std::vector<std::string>{"1|missing.csv|NULL|NULL|error|cannot open",
                                      "0|a.csv|row 7|07X1|warning|odd row"}));
}

TEST(CatalogueWriter, RefusesWorkAfterFinish) {
  TempCatalogue catalogue;
  CatalogueWriter writer(catalogue.path(), {});
  writer.finish();
  EXPECT_THROW(writer.beginSource("a", "csv"), CatalogueError);
}

}  // namespace
}  // namespace cablecat
