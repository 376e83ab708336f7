// Issue 15, item 3: SIGINT and SIGTERM remove a load's temporary files and
// end it as the signal asks (a shell reports 130 and 143); what a crash
// leaves is removed by the next load of any catalogue in that folder.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "support/background_command.h"
#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"
#include "support/synthetic_dump.h"

using cablecat::test::BackgroundCommand;
using cablecat::test::hasFileStartingWith;
using cablecat::test::queryValue;
using cablecat::test::runCablecat;
using cablecat::test::TemporaryFolder;
using cablecat::test::waitUntil;

namespace {

class Interrupt : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TemporaryFolder("cablecat-interrupt");
    dump_ = folder_->file("dump.csv");
    cablecat::test::writeSyntheticDump(dump_, 40000);
  }
  static void TearDownTestSuite() {
    delete folder_;
    folder_ = nullptr;
  }
  static TemporaryFolder* folder_;
  static std::string dump_;
};

TemporaryFolder* Interrupt::folder_ = nullptr;
std::string Interrupt::dump_;

// The shell's view of a process ended by `number`: killed by it.
void expectEndedBy(int status, int number) {
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == number)
      << cablecat::test::describeStatus(status) << ", wanted signal " << number << " (shell status "
      << 128 + number << ")";
}

}  // namespace

TEST_F(Interrupt, SigintDuringANewCatalogueBuildRemovesItsFilesAndEnds130) {
  TemporaryFolder work("cablecat-sigint");
  std::string db = work.file("new.db");
  BackgroundCommand load({"load", "--quiet", "--db", db, dump_});
  ASSERT_TRUE(waitUntil([&] { return hasFileStartingWith(work.path(), "new.db.loading-"); }));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // shards started too
  load.signal(SIGINT);
  expectEndedBy(load.wait(), SIGINT);
  EXPECT_FALSE(hasFileStartingWith(work.path(), "new.db")) << "left behind in " << work.path();
}

TEST_F(Interrupt, SigtermDuringALiveLoadKeepsWholeBatchesAndEnds143) {
  TemporaryFolder work("cablecat-sigterm");
  std::string db = work.file("live.db");
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt"})
                .exit_code, 0);
  BackgroundCommand load({"load", "--quiet", "--batch-size", "1000", "--db", db, dump_});
  ASSERT_TRUE(waitUntil([&] { return queryValue(db, "SELECT count(*) FROM cables") != "18"; }));
  load.signal(SIGTERM);
  expectEndedBy(load.wait(), SIGTERM);
  EXPECT_EQ(queryValue(db, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(std::stol(queryValue(db, "SELECT count(*) FROM cables WHERE ref_id LIKE '09STATE%'")) % 1000, 0);
  EXPECT_FALSE(hasFileStartingWith(work.path(), "live.db.loading-"));
}

TEST_F(Interrupt, DebrisOfADeadLoadIsRemovedByTheNextLoadOfAnyCatalogueInTheFolder) {
  TemporaryFolder work("cablecat-debris");
  // A load of other.db killed with -9 (no cleanup possible) while building.
  std::string other = work.file("other.db");
  BackgroundCommand killed({"load", "--quiet", "--db", other, dump_});
  ASSERT_TRUE(waitUntil([&] { return hasFileStartingWith(work.path(), "other.db.loading-"); }));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  killed.signal(SIGKILL);
  killed.wait();
  ASSERT_TRUE(hasFileStartingWith(work.path(), "other.db.loading-"));
  auto next = runCablecat({"load", "--quiet", "--db", work.file("mine.db"),
                           std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt"});
  EXPECT_EQ(next.exit_code, 0) << next.err;
  EXPECT_FALSE(hasFileStartingWith(work.path(), "other.db")) << "left behind in " << work.path();
}
