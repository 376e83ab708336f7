// Contract 3: kill -9 at any moment of a load leaves a valid catalogue holding
// exactly the committed batches; rerunning the load completes it.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"
#include "support/synthetic_dump.h"

using cablecat::test::queryValue;
using cablecat::test::runCablecatLine;
using cablecat::test::TemporaryFolder;

namespace {

constexpr std::size_t kRows = 50000;
constexpr std::size_t kBatch = 1000;

// Starts `cablecat load` and kills it with SIGKILL after `delay`.
void loadAndKill(const std::string& arguments, std::chrono::milliseconds delay) {
  pid_t child = fork();
  if (child == 0) {
    std::string command = std::string(CABLECAT_BINARY) + " " + arguments + " 2>/dev/null";
    execl("/bin/sh", "sh", "-c", ("exec " + command).c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  std::this_thread::sleep_for(delay);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
}

class CrashSafety : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new TemporaryFolder("cablecat-crash");
    dump_ = folder_->file("dump.csv");
    cablecat::test::writeSyntheticDump(dump_, kRows);
  }
  static void TearDownTestSuite() {
    delete folder_;
    folder_ = nullptr;
  }
  static void expectValid(const std::string& db) {
    EXPECT_EQ(queryValue(db, "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(queryValue(db, "SELECT count(*) FROM pragma_foreign_key_check"), "0");
  }
  static TemporaryFolder* folder_;
  static std::string dump_;
};

TemporaryFolder* CrashSafety::folder_ = nullptr;
std::string CrashSafety::dump_;

}  // namespace

TEST_F(CrashSafety, KillDuringALiveLoadKeepsExactlyTheCommittedBatches) {
  std::string db = folder_->file("live.db");
  // A catalogue that already holds cables is loaded in place, batch by batch.
  ASSERT_EQ(runCablecatLine("load --quiet --db " + db + " " + CABLECAT_TEST_DATA +
                        "/astana-2007-08.txt").exit_code, 0);
  for (int delayMs : {300, 900, 1700, 2600}) {
    loadAndKill("load --quiet --batch-size " + std::to_string(kBatch) + " --db " + db + " " + dump_,
                std::chrono::milliseconds(delayMs));
    expectValid(db);
    long synthetic = std::stol(queryValue(db, "SELECT count(*) FROM cables WHERE ref_id LIKE '09STATE%'"));
    EXPECT_EQ(synthetic % static_cast<long>(kBatch), 0) << "after " << delayMs << " ms: " << synthetic;
    // Every committed cable is whole: all its recipients, tags and references.
    EXPECT_EQ(queryValue(db, "SELECT count(*) FROM cables c WHERE ref_id LIKE '09STATE%' AND ("
                             " (SELECT count(*) FROM recipients r WHERE r.cable_id = c.id) <> 3 OR"
                             " (SELECT count(*) FROM cable_tags t WHERE t.cable_id = c.id) <> 3 OR"
                             " (SELECT count(*) FROM refs f WHERE f.cable_id = c.id) <> 1)"),
              "0");
    EXPECT_EQ(queryValue(db, "SELECT count(*) FROM cables WHERE ref_id LIKE '07ASTANA%'"), "18");
  }
  auto rerun = runCablecatLine("load --quiet --batch-size 1000 --db " + db + " " + dump_);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  expectValid(db);
  EXPECT_EQ(queryValue(db, "SELECT count(*) FROM cables"), std::to_string(kRows + 18));
  EXPECT_EQ(queryValue(db, "SELECT count(DISTINCT ref_id) FROM cables"), std::to_string(kRows + 18));
}

TEST_F(CrashSafety, KillDuringANewCatalogueBuildLeavesNoHalfBuiltFile) {
  std::string db = folder_->file("fresh.db");
  for (int delayMs : {200, 800, 1500}) {
    std::filesystem::remove(db);
    loadAndKill("load --quiet --db " + db + " " + dump_, std::chrono::milliseconds(delayMs));
    if (std::filesystem::exists(db)) {
      expectValid(db);
      std::string count = queryValue(db, "SELECT count(*) FROM cables");
      EXPECT_TRUE(count == "0" || count == std::to_string(kRows)) << count;
    }
  }
  auto rerun = runCablecatLine("load --quiet --db " + db + " " + dump_);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  expectValid(db);
  EXPECT_EQ(queryValue(db, "SELECT count(*) FROM cables"), std::to_string(kRows));
  // No temporary build files are left behind once a load completes.
  for (const auto& entry : std::filesystem::directory_iterator(folder_->path()))
    EXPECT_EQ(entry.path().filename().string().find("fresh.db.loading"), std::string::npos)
        << entry.path();
}
