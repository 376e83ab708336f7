// Issue 16: a command-line mistake is one line that starts "cablecat" (and
// the verb), says what is wrong and what to try; exit 2 (DESIGN.md). A --db
// that cannot be a catalogue is named for what it is; exit 1.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/command_runner.h"

using namespace cablecat::test;

namespace {

const std::string kVerbs = "load, query, search, show, report, stats, check, export-graph, parse";

void expectUsageError(const std::vector<std::string>& arguments, const std::string& line) {
  CommandResult run = runCablecat(arguments);
  std::string given;
  for (const std::string& argument : arguments) given += " " + argument;
  EXPECT_EQ(run.exit_code, 2) << "cablecat" << given;
  EXPECT_EQ(run.err, line + "\n") << "cablecat" << given;
  EXPECT_EQ(run.out, "") << "cablecat" << given;
}

}  // namespace

TEST(UsageErrors, AnUnknownVerbIsNamedWithTheVerbs) {
  expectUsageError({"frobnicate"}, "cablecat: no verb 'frobnicate'; the verbs are " + kVerbs);
  expectUsageError({"serch", "oil"},
                   "cablecat: no verb 'serch'; did you mean 'search'? The verbs are " + kVerbs);
  expectUsageError({}, "cablecat: name a verb: " + kVerbs + " ('cablecat --help' says what each does)");
}

TEST(UsageErrors, RangesReadAsSentences) {
  expectUsageError({"search", "--limit", "0", "oil"}, "cablecat search: --limit must be at least 1");
  expectUsageError({"search", "-n", "many", "oil"},
                   "cablecat search: --limit must be a whole number, at least 1 (not 'many')");
  expectUsageError({"load", "--batch-size", "0", "x"}, "cablecat load: --batch-size must be at least 1");
  expectUsageError({"load", "--jobs", "-1", "x"}, "cablecat load: --jobs must be at least 0");
  expectUsageError({"load", "--format", "xml", "x"},
                   "cablecat load: --format must be one of auto, archive, html, csv, text (not 'xml')");
  expectUsageError({"show", "--mode", "yaml", "07ASTANA2327"},
                   "cablecat show: --mode must be one of text, json (not 'yaml')");
}

TEST(UsageErrors, MissingAndUnexpectedArguments) {
  expectUsageError({"load"}, "cablecat load: missing INPUT: Files, folders, .gz files or - for stdin");
  expectUsageError({"show"}, "cablecat show: missing REF_ID: Reference ID, e.g. 07ASTANA2327 (any case)");
  expectUsageError({"load", "--bogus", "x"}, "cablecat load: no option --bogus; 'cablecat load --help' lists the options");
  expectUsageError({"search", "--limt", "5", "oil"},
                   "cablecat search: no option --limt; did you mean --limit? 'cablecat search --help' lists the options");
  expectUsageError({"load", "--formt=csv", "x"},
                   "cablecat load: no option --formt=csv; did you mean --format? 'cablecat load --help' lists the options");
  expectUsageError({"query", "SELECT", "1"},
                   "cablecat query: unexpected argument '1' (quote a value that holds spaces); 'cablecat query "
                   "--help' shows what it takes");
  expectUsageError({"query", "--db"}, "cablecat query: --db needs a value");
  expectUsageError({"query", "-p", "ref"}, "cablecat query: --param needs NAME VALUE");
}

TEST(UsageErrors, UsageLinesSayCablecatWhateverPathStartedIt) {
  TemporaryFolder folder("cablecat-argv0");
  std::string renamed = folder.file("some-build-of-it");
  std::filesystem::create_symlink(CABLECAT_BINARY, renamed);
  for (const std::string verb : {"load", "query", "search", "show", "report", "export-graph", "parse"}) {
    CommandResult help = runCablecat({verb, "--help"}, nullptr, renamed);
    EXPECT_NE(help.out.find("Usage: cablecat " + verb + " [OPTIONS]"), std::string::npos) << help.out;
    EXPECT_EQ(help.out.find(folder.path().string()), std::string::npos) << help.out;
  }
  EXPECT_NE(runCablecat({"--help"}, nullptr, renamed).out.find("Usage: cablecat [OPTIONS] SUBCOMMAND"),
            std::string::npos);
}

TEST(CatalogueFileErrors, AFolderAnEmptyFileOrAnotherFileAsDbIsNamed) {
  TemporaryFolder folder("cablecat-db-kinds");
  std::string dir = folder.file("dir"), empty = folder.write("empty.db", ""),
              text = folder.write("notes.db", "not a database\n");
  std::filesystem::create_directory(dir);
  for (const std::string verb : {"stats", "check", "export-graph"}) {
    CommandResult onFolder = runCablecat({verb, "--db", dir});
    EXPECT_EQ(onFolder.exit_code, 1);
    EXPECT_EQ(onFolder.err, "cablecat " + verb + ": " + dir + " is a folder; --db takes the catalogue's file name (such as " +
                                dir + "/cables.db)\n");
    CommandResult onEmpty = runCablecat({verb, "--db", empty});
    EXPECT_EQ(onEmpty.exit_code, 1);
    EXPECT_EQ(onEmpty.err, "cablecat " + verb + ": " + empty + " is an empty file, not a catalogue; 'cablecat load --db " +
                               empty + " INPUT...' loads cables into it\n");
    CommandResult onText = runCablecat({verb, "--db", text});
    EXPECT_EQ(onText.exit_code, 1);
    EXPECT_EQ(onText.err, "cablecat " + verb + ": " + text + ": cannot open catalogue: not an SQLite database (or a damaged one)\n");
  }
  CommandResult load = runCablecat({"load", "--db", dir, std::string(CABLECAT_TEST_DATA) + "/07ASTANA2312.txt"});
  EXPECT_EQ(load.exit_code, 1);
  EXPECT_EQ(load.err, "cablecat load: " + dir + " is a folder; --db takes the catalogue's file name (such as " + dir +
                          "/cables.db)\n");
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}
