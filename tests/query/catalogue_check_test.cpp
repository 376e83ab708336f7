// `check`: integrity verdict and the suspicious-parse warnings, exactly.
#include <gtest/gtest.h>

#include "catalogue_fixture.h"
#include "query/catalogue_check.h"

using namespace cablecat;
using namespace cablecat::test;

TEST(CatalogueCheck, FixturePassesIntegrityWithWarnings) {
  FixtureCatalogue catalogue;
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  CheckResult result = checkCatalogue(db);
  EXPECT_TRUE(result.integrityPassed());
  EXPECT_EQ(checkResultText(result),
            "integrity_check ok\n"
            "foreign_key_check ok\n"
            "warning: cables without recipients (no TO/INFO parsed): 1 (08ALMATY123)\n"
            "warning: cable references without a reference ID: 1 (7575LIBREVILLE1895 A: LIBREVILLE 18XX)\n"
            "warning: cable references to a station no cable in the catalogue comes from: 1 (08ALMATY123 cites 08MOSCOW456)\n"
            "warning: tags whose code does not fit their kind: 2 (ECON (geo), PGOVPREL (subject))\n"
            "warning: cables with a malformed reference ID: 1 (7575LIBREVILLE1895)\n"
            "warning: load errors recorded in load_issues: 1 (archive/astana-2007-08.txt line 512: no metadata line after title)\n"
            "check passed: integrity ok; 6 kinds of suspicious parse\n");
}

TEST(CatalogueCheck, CableTagsDoNotTripSqliteFalseNullReport) {
  // cable_tags is WITHOUT ROWID with its key not in front: SQLite 3.40 calls
  // every tag_id NULL. The check must not call such a catalogue damaged.
  FixtureCatalogue catalogue;
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_TRUE(checkCatalogue(db).integrity_problems.empty());
  EXPECT_TRUE(checkCatalogue(db, true).integrity_problems.empty());
}

TEST(CatalogueCheck, FtsOutOfSyncAndMalformedCitedIdsAreWarned) {
  FixtureCatalogue catalogue;
  {
    SQLite::Database writable = openCatalogueForWriting(catalogue.path());
    // A cable added without indexing it, citing an ID with a leading-zero serial.
    writable.exec(
        "INSERT INTO cables (id, ref_id, content_hash) VALUES (6, '09PARIS77', 'h6');"
        "INSERT INTO recipients VALUES (6, 1, 'to', NULL, 'SECSTATE WASHDC', NULL, NULL);"
        "INSERT INTO refs VALUES (6, 1, 'A', 'PARIS 0012', '09PARIS0012', 'cable');");
  }
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  std::string text = checkResultText(checkCatalogue(db));
  EXPECT_NE(text.find("warning: references with a malformed cable ID: 1 (09PARIS77 cites 09PARIS0012)\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("warning: cables missing from the full-text index (search will not find them): 1 (09PARIS77)\n"),
            std::string::npos)
      << text;
}

TEST(CatalogueCheck, BrokenForeignKeyFailsIntegrity) {
  FixtureCatalogue catalogue;
  {
    SQLite::Database writable(catalogue.path(), SQLite::OPEN_READWRITE);
    writable.exec("PRAGMA foreign_keys = OFF; INSERT INTO recipients VALUES (99, 1, 'to', NULL, 'NOWHERE', NULL, NULL);");
  }
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  CheckResult result = checkCatalogue(db);
  EXPECT_FALSE(result.integrityPassed());
  EXPECT_EQ(result.foreign_key_problems, (std::vector<std::string>{"recipients: references a missing cables row"}));
}
