// `cablecat search` through the binary.
#include <gtest/gtest.h>

#include "support/command_runner.h"
#include "query/catalogue_fixture.h"

using namespace cablecat::test;

TEST(SearchCommand, RankedHitsWithBracketedSnippetsOffTerminal) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"search", "--db", catalogue.path(), "--mode", "csv", "gas", "prices"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "rank,ref_id,created,subject,snippet\r\n"
            "1,08ALMATY123,2008-01-15,NAZARBAYEV MEETS RUSSIAN ENVOY ON GAS PRICES,"
            "1. (S/NF) The president discussed [gas] [prices] with the Russian envoy…\r\n");
  EXPECT_EQ(result.err, "1 matching cable\n");
}

TEST(SearchCommand, LimitCutsTheList) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"search", "--db", catalogue.path(), "--limit", "1", "--no-headers", "--mode",
                                      "tsv", "ordway"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "1\t07ASTANA1558\t2007-06-12\tKAZAKHSTAN: OIL PIPELINE TALKS STALL\t"
            "…C) Talks on the Caspian oil pipeline stalled again over tariffs. [ORDWAY]\n");
  EXPECT_EQ(result.err, "1 of 2 matching cables; --limit N shows more\n");
}

TEST(SearchCommand, JsonMode) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"search", "--db", catalogue.path(), "--mode", "json", "--fts", "subject:gabon"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "[{\"rank\":1,\"ref_id\":\"7575LIBREVILLE1895\",\"created\":\"2008-02-02\",\"subject\":\"GABON: \\\"OIL, GAS\\\" AND "
            "THE BUDGET\",\"snippet\":\"[GABON]: \\\"OIL, GAS\\\" AND THE BUDGET\"}]\n");
}

TEST(SearchCommand, MalformedQueryIsAClearMessage) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"search", "--db", catalogue.path(), "--fts", "\"unterminated"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err,
            "cablecat search: cannot search for '\"unterminated': unterminated string\n"
            "  with --fts the terms are an FTS5 query: words, \"a phrase\", AND, OR, NOT, NEAR(a b, 10), "
            "subject:word, prefix*; without --fts every word is searched as a word\n");
}

TEST(SearchCommand, NeedsTerms) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"search", "--db", catalogue.path()});
  EXPECT_EQ(result.exit_code, 2);
}

TEST(SearchCommand, BoldHighlightOnATerminalKeepsColumnsAligned) {
  // util-linux `script` gives the command a pseudo-terminal as stdout.
  if (std::system("command -v script > /dev/null 2>&1") != 0) GTEST_SKIP() << "no script(1)";
  FixtureCatalogue catalogue;
  std::string command = std::string(CABLECAT_BINARY) + " search --db " + catalogue.path() + " --limit 1 gas";
  CommandResult result = runCablecat({"-qc", command, "/dev/null"}, nullptr, "script");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "rank  ref_id              created     subject                           snippet                         \r\n"
            "----  ------------------  ----------  --------------------------------  --------------------------------\r\n"
            "1     7575LIBREVILLE1895  2008-02-02  GABON: \"OIL, GAS\" AND THE BUDGET  GABON: \"OIL, \x1b[1mGAS\x1b[0m\" AND THE BUDGET\r\n"
            "1 of 2 matching cables; --limit N shows more\r\n");
}

TEST(SearchCommand, SaysSoWhenTheIndexIsEmpty) {
  std::string path = temporaryPath("no-fts.db");
  {
    SQLite::Database db = cablecat::openCatalogueForWriting(path);
    db.exec("INSERT INTO cables (id, ref_id, subject, content_hash) VALUES (1, '07ASTANA1', 'OIL', 'h')");
  }
  CommandResult result = runCablecat({"search", "--db", path, "oil"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "rank\tref_id\tcreated\tsubject\tsnippet\n");
  EXPECT_EQ(result.err, "cablecat search: the full-text index of " + path +
                            " is empty (loaded with --no-fts?); nothing can match\nno cable matches\n");
  std::filesystem::remove(path);
}

TEST(SearchCommand, SaysSoWhenTheWriterMarkedTheIndexStale) {
  FixtureCatalogue catalogue;
  {
    SQLite::Database db = cablecat::openCatalogueForWriting(catalogue.path());
    // catalogue_settings comes with schema 003; older catalogues lack it.
    db.exec("CREATE TABLE IF NOT EXISTS catalogue_settings (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
            "INSERT OR REPLACE INTO catalogue_settings VALUES ('fts_stale', '1')");
  }
  CommandResult result = runCablecat({"search", "--db", catalogue.path(), "--limit", "1", "--no-headers", "gas"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "cablecat search: the full-text index of " + catalogue.path() +
                            " is out of date (a load ran with --no-fts); the next load without --no-fts rebuilds it\n"
                            "1 of 2 matching cables; --limit N shows more\n");
}
