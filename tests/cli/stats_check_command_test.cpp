// `cablecat stats` and `cablecat check` through the binary.
#include <gtest/gtest.h>

#include <fstream>

#include "support/command_runner.h"
#include "query/catalogue_fixture.h"
#include "query/catalogue_stats.h"

using namespace cablecat::test;

TEST(StatsCommand, CountsRangeSizeAndVersion) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"stats", "--db", catalogue.path()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "catalogue        " + catalogue.path() + "\n" + "file size        " +
                cablecat::describeFileSize(std::filesystem::file_size(catalogue.path())) + "\n" +
                "schema version   " + std::to_string(cablecat::latestSchemaVersion()) + "\n" +
                "created          2007-06-12 .. 2008-02-02\n"
                "\n"
                "cables            5\n"
                "recipients        7\n"
                "exclusions        1\n"
                "tags              9\n"
                "cable_tags       14\n"
                "refs              7\n"
                "listed_refs       4\n"
                "sources           2\n"
                "cable_sources     6\n"
                "load_issues       3\n"
                "full-text index   5 cables indexed\n");
}

TEST(CheckCommand, IntegrityOkWithWarningsExitsZero) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"check", "--db", catalogue.path()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.starts_with("integrity_check ok\nforeign_key_check ok\n")) << result.out;
  EXPECT_TRUE(result.out.ends_with("check passed: integrity ok; 6 kinds of suspicious parse\n")) << result.out;
}

TEST(CheckCommand, BrokenForeignKeyExitsOne) {
  FixtureCatalogue catalogue;
  {
    SQLite::Database writable(catalogue.path(), SQLite::OPEN_READWRITE);
    writable.exec("PRAGMA foreign_keys = OFF; INSERT INTO refs VALUES (42, 1, NULL, 'X 1', NULL, 'other');");
  }
  CommandResult result = runCablecat({"check", "--quick", "--db", catalogue.path()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_TRUE(result.out.starts_with("quick_check ok\nforeign_key_check FAILED\n"
                                     "  refs: references a missing cables row\n"))
      << result.out;
  EXPECT_TRUE(result.out.ends_with("check FAILED: the database is damaged; 6 kinds of suspicious parse\n"))
      << result.out;
}

TEST(CheckCommand, RefusesANonCatalogue) {
  std::string path = temporaryPath("plain-file.db");
  std::ofstream(path) << "just text\n";
  CommandResult result = runCablecat({"check", "--db", path});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_TRUE(result.err.starts_with("cablecat check: " + path + ": cannot open catalogue: ")) << result.err;
  std::filesystem::remove(path);
}
