// Issue 16: what a journalist sees while loading. The progress display is
// tested the way a person meets it, on a pseudo-terminal; in a pipe it
// must leave no trace.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "load_progress_line.h"
#include "support/command_runner.h"
#include "support/synthetic_dump.h"
#include "support/terminal_run.h"

using namespace cablecat::test;

namespace {

const std::string kArchive = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";
// A cables.csv row whose Created date cannot be read: a warning.
const std::string kUndatedRow = astanaCsvRow("someday");

// A folder read in sorted order: many cables first (so the display draws),
// then a CSV row whose date cannot be read (a warning mid-load).
struct InputsWithAWarning {
  TemporaryFolder folder{"cablecat-display"};
  std::string inputs = folder.file("inputs");
  InputsWithAWarning() {
    writeSyntheticDump(folder.write("inputs/a-dump.csv", ""), 4000);
    folder.write("inputs/b-archive.txt", readFile(kArchive));
    folder.write("inputs/c-header.csv", kUndatedRow);
  }
};

bool startsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

}  // namespace

TEST(LoadDisplay, OnATerminalShowsPercentPhasesAndWarningsOnTheirOwnLines) {
  InputsWithAWarning data;
  std::string db = data.folder.file("catalogue.db");
  TerminalResult run = runCablecatOnTerminal({"load", "--db", db, data.inputs});
  ASSERT_EQ(run.exit_code, 0) << run.bytes;
  // Bytes and files of the total, then every step after reading, by name.
  for (const std::string& shown :
       {std::string("0%  "), std::string(" of 3 "), std::string("100%  "), std::string("creating indexes"),
        std::string("full-text index: "), std::string("publishing the catalogue")})
    EXPECT_NE(run.bytes.find(shown), std::string::npos) << shown << " never shown:\n" << run.bytes;
  // Redrawn in place: back to the line's start, cleared to its end.
  EXPECT_NE(run.bytes.find("\033[K"), std::string::npos);
  // What stays on the screen: each warning from the line's first column, the
  // summary, and nothing of the progress line.
  std::vector<std::string> screen = screenLines(run.bytes);
  bool warned = false;
  for (const std::string& line : screen) {
    if (line.find(": warning: ") != std::string::npos) {
      warned = true;
      EXPECT_TRUE(startsWith(line, data.inputs + "/c-header.csv")) << "glued to the display: " << line;
    }
    EXPECT_EQ(line.find("cables in"), std::string::npos) << "display left behind: " << line;
    EXPECT_FALSE(std::regex_search(line, std::regex("[0-9]% "))) << "display left behind: " << line;
  }
  EXPECT_TRUE(warned) << run.bytes;
  EXPECT_TRUE(std::any_of(screen.begin(), screen.end(),
                          [](const std::string& line) { return startsWith(line, "loaded 4,019 cables from 3 files"); }))
      << run.bytes;
}

TEST(LoadDisplay, OnATerminalTheLineNeverReachesTheLastColumn) {
  TemporaryFolder folder("cablecat-narrow");
  TerminalResult run = runCablecatOnTerminal({"load", "--db", folder.file("c.db"), kArchive}, 40);
  ASSERT_EQ(run.exit_code, 0) << run.bytes;
  std::string bytes = run.bytes;
  for (std::size_t start = bytes.find('\r'); start != std::string::npos; start = bytes.find('\r', start + 1)) {
    std::size_t end = bytes.find_first_of("\r\n\033", start + 1);
    std::string frame = bytes.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
    if (frame.find('%') != std::string::npos) {
      EXPECT_LT(frame.size(), 40u) << frame;
    }
  }
}

TEST(LoadDisplay, QuietOnATerminalDrawsNothing) {
  TemporaryFolder folder("cablecat-quiet");
  TerminalResult run = runCablecatOnTerminal({"load", "--quiet", "--db", folder.file("c.db"), kArchive});
  ASSERT_EQ(run.exit_code, 0) << run.bytes;
  EXPECT_EQ(run.bytes.find("\033["), std::string::npos) << run.bytes;
  EXPECT_EQ(run.bytes.find("0%  "), std::string::npos) << run.bytes;
  EXPECT_TRUE(startsWith(run.bytes, "loaded 18 cables from 1 file")) << run.bytes;
}

TEST(LoadDisplay, InAPipeNothingOfTheDisplayAppears) {
  InputsWithAWarning data;
  CommandResult run = runCablecat({"load", "--db", data.folder.file("catalogue.db"), data.inputs});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err.find('\r'), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("\033["), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("creating indexes"), std::string::npos) << run.err;
  EXPECT_TRUE(startsWith(run.err, data.inputs + "/c-header.csv row 1: warning: ")) << run.err;
  EXPECT_EQ(run.out, "");
}

TEST(LoadProgressLine, WhileReadingBytesFilesPercentRateAndTimeLeft) {
  cablecat::LoadProgress progress;
  progress.bytes_read = 412'300'000;
  progress.total_bytes = 1'713'000'000;
  progress.files_started = 1;
  progress.total_files = 1;
  progress.cables = 61230;
  progress.reading_seconds = 4;
  EXPECT_EQ(cablecat::progressLine(progress), "24%  412.3 MB of 1.7 GB  61,230 cables  15,307/s  0:13 left");
  progress.total_files = 2213;
  progress.files_started = 1200;
  EXPECT_EQ(cablecat::progressLine(progress),
            "24%  412.3 MB of 1.7 GB  file 1,200 of 2,213  61,230 cables  15,307/s  0:13 left");
}

TEST(LoadProgressLine, StdinHasNoPercentNorTimeLeft) {
  cablecat::LoadProgress progress;
  progress.bytes_read = 5'000'000;
  progress.cables = 1;
  progress.reading_seconds = 0.5;
  EXPECT_EQ(cablecat::progressLine(progress), "5.0 MB read  1 cable");
}

TEST(LoadProgressLine, AfterReadingThePhaseByName) {
  cablecat::LoadProgress progress;
  progress.bytes_read = progress.cables = 251287;
  progress.total_bytes = 1'713'000'000;
  progress.reading_seconds = 105;
  progress.phase = cablecat::FinishPhase::full_text_stacking;
  progress.phase_seconds = 3.2;
  EXPECT_EQ(cablecat::progressLine(progress),
            "100%  1.7 GB  251,287 cables in 1:45  full-text index: stacking shards 0:03");
}
