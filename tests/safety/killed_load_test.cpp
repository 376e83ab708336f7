// Issue 15, item 9: a live load killed midway keeps whole batches and says
// in `sources` what a rerun does (schema/001: fingerprint NULL); --bail is
// all or nothing even when killed.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <thread>

#include "support/background_command.h"
#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"
#include "support/synthetic_dump.h"

using cablecat::test::BackgroundCommand;
using cablecat::test::queryValue;
using cablecat::test::runCablecat;
using cablecat::test::TemporaryFolder;
using cablecat::test::waitUntil;

namespace {

const std::string kArchive = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";

long count(const std::string& db, const std::string& sql) { return std::stol(queryValue(db, sql)); }

}  // namespace

TEST(KilledLoad, SourcesSayWhatWasKeptAndARerunCompletesIt) {
  TemporaryFolder folder("cablecat-killed");
  std::string db = folder.file("live.db"), dump = folder.file("dump.csv");
  cablecat::test::writeSyntheticDump(dump, 12000);
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, kArchive}).exit_code, 0);
  BackgroundCommand load({"load", "--quiet", "--batch-size", "1000", "--db", db, dump});
  ASSERT_TRUE(waitUntil([&] { return count(db, "SELECT count(*) FROM cables") >= 2018; }));
  load.signal(SIGKILL);
  load.wait();
  // The interrupted file's row: no fingerprint, its kept cables listed in cable_sources.
  std::string interrupted = "(SELECT id FROM sources WHERE fingerprint IS NULL AND path = '" + dump + "')";
  ASSERT_EQ(count(db, "SELECT count(*) FROM sources WHERE fingerprint IS NULL AND path = '" + dump + "'"), 1);
  long kept = count(db, "SELECT count(*) FROM cable_sources WHERE source_id = " + interrupted);
  EXPECT_GT(kept, 0);
  EXPECT_EQ(kept % 1000, 0);
  EXPECT_EQ(kept, count(db, "SELECT count(*) FROM cables WHERE ref_id LIKE '09STATE%'"));
  // A rerun reads the file again and its complete row replaces the interrupted one.
  auto rerun = runCablecat({"load", "--quiet", "--db", db, dump});
  EXPECT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_EQ(count(db, "SELECT count(*) FROM sources WHERE path = '" + dump + "'"), 1);
  EXPECT_EQ(count(db, "SELECT count(*) FROM sources WHERE fingerprint IS NULL"), 0);
  EXPECT_EQ(count(db, "SELECT cables_read FROM sources WHERE path = '" + dump + "'"), 12000);
  EXPECT_EQ(count(db, "SELECT count(*) FROM cables"), 12018);
}

TEST(KilledLoad, BailIsAllOrNothingEvenWhenKilled) {
  TemporaryFolder folder("cablecat-killed-bail");
  std::string db = folder.file("live.db"), dump = folder.file("dump.csv");
  cablecat::test::writeSyntheticDump(dump, 20000);
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, kArchive}).exit_code, 0);
  std::string before = cablecat::test::catalogueSnapshot(db);
  BackgroundCommand load({"load", "--quiet", "--bail", "--batch-size", "1000", "--db", db, dump});
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  load.signal(SIGKILL);
  load.wait();
  EXPECT_EQ(cablecat::test::catalogueSnapshot(db), before);
}
