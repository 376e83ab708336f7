// Issue 15, item 10: inputs that cannot end, entries a folder walk skips and
// a record whose parse would take more than ten times its size in memory
// are reported in load_issues with their path: never silent, never unbounded.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "support/background_command.h"
#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"

using cablecat::test::BackgroundCommand;
using cablecat::test::queryValue;
using cablecat::test::runCablecat;
using cablecat::test::TemporaryFolder;

namespace {

const std::string kArchive = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";

std::string issuesOf(const std::string& db, const std::string& path) {
  return queryValue(db, "SELECT group_concat(severity || ': ' || message, ' | ') FROM load_issues WHERE path = '" +
                            path + "'");
}

// Runs a load in the background and fails the test if it does not end in time.
int loadWithin(const std::vector<std::string>& arguments, std::chrono::seconds limit, std::string& errors) {
  BackgroundCommand load(arguments);
  EXPECT_TRUE(load.endsWithin(limit)) << "the load did not end within " << limit.count() << " s";
  int status = load.wait();
  errors = load.errors();
  return status;
}

}  // namespace

TEST(EndlessInput, DevZeroAsCsvOrArchiveStopsAndIsReported) {
  TemporaryFolder folder("cablecat-zero");
  for (const std::string format : {"csv", "archive"}) {
    std::string db = folder.file(format + ".db"), errors;
    // An existing catalogue: a new one is not created by a load that reads
    // no cable (issue 16), an existing one records why.
    ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, kArchive}).exit_code, 0);
    int status = loadWithin({"load", "--quiet", "--format", format, "--db", db, "/dev/zero"},
                            std::chrono::seconds(60), errors);
    SCOPED_TRACE(format);
    EXPECT_EQ(cablecat::test::describeStatus(status), "exit 1") << errors;
    EXPECT_NE(issuesOf(db, "/dev/zero").find("a stream that may never end"), std::string::npos)
        << issuesOf(db, "/dev/zero");
  }
}

TEST(EndlessInput, AFifoFedForeverStopsAndIsReported) {
  TemporaryFolder folder("cablecat-fifo");
  std::string fifo = folder.file("feed"), db = folder.file("catalogue.db"), errors;
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, kArchive}).exit_code, 0);  // see above
  pid_t writer = fork();
  if (writer == 0) {
    execl("/bin/sh", "sh", "-c", ("exec yes 'not a cable' > " + fifo).c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = loadWithin({"load", "--quiet", "--format", "archive", "--db", db, fifo}, std::chrono::seconds(60),
                          errors);
  kill(writer, SIGKILL);
  waitpid(writer, nullptr, 0);
  EXPECT_EQ(cablecat::test::describeStatus(status), "exit 1") << errors;
  EXPECT_NE(issuesOf(db, fifo).find("a stream that may never end"), std::string::npos) << issuesOf(db, fifo);
}

TEST(EndlessInput, EntriesAFolderWalkSkipsAreReportedWithTheirPath) {
  TemporaryFolder folder("cablecat-walk");
  std::string inputs = folder.file("inputs");
  std::filesystem::create_directory(inputs);
  std::filesystem::copy_file(kArchive, inputs + "/astana.txt");
  ASSERT_EQ(mkfifo((inputs + "/pipe").c_str(), 0600), 0);
  std::filesystem::create_symlink("loop-b", inputs + "/loop-a");
  std::filesystem::create_symlink("loop-a", inputs + "/loop-b");
  std::filesystem::create_symlink("/dev/null", inputs + "/device");
  std::filesystem::create_symlink("nowhere", inputs + "/dangling");
  std::string db = folder.file("catalogue.db");
  auto result = runCablecat({"load", "--quiet", "--db", db, inputs});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(issuesOf(db, inputs + "/pipe").find("FIFO"), std::string::npos);
  EXPECT_NE(issuesOf(db, inputs + "/device").find("a device"), std::string::npos);
  for (const std::string link : {"loop-a", "loop-b", "dangling"})
    EXPECT_NE(issuesOf(db, inputs + "/" + link).find("cannot be read"), std::string::npos) << link;
  EXPECT_EQ(queryValue(db, "SELECT count(*) FROM cables"), "18");
}

TEST(EndlessInput, ARecordWhoseParseNeedsTenTimesItsSizeIsReportedAndBounded) {
  TemporaryFolder folder("cablecat-parse-memory");
  // 300,000 REF entries in 4.7 MB: the parse held 37 times that.
  std::string text = folder.file("refs.txt");
  {
    std::ofstream out(text);
    out << "UNCLAS STATE 012345\n\nE.O. 12958: N/A\nTAGS: PGOV\nSUBJECT: TEST\nREF: ";
    for (int i = 0; i < 300000; ++i) out << "A) STATE " << i << ' ';
    out << "\n\n1. Body text.\n";
  }
  std::string db = folder.file("catalogue.db");
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, kArchive}).exit_code, 0);
  BackgroundCommand load({"load", "--quiet", "--format", "text", "--db", db, text});
  int status = load.wait();
  EXPECT_EQ(cablecat::test::describeStatus(status), "exit 1") << load.errors();  // nothing could be read
  EXPECT_NE(issuesOf(db, text).find("10 times its size in memory"), std::string::npos) << issuesOf(db, text);
#if !defined(__SANITIZE_ADDRESS__)  // a sanitizer's shadow memory and quarantine would count
  EXPECT_LT(load.peakMemoryKib(), 120 * 1024) << "peak memory of the load";
#endif
  EXPECT_EQ(queryValue(db, "SELECT count(*) FROM cables"), "18");
}
