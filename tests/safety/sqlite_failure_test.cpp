// Issue 15, item 2: an SQLite failure during any verb (a lock held
// elsewhere, a full disk, a damaged file) and a system refusal (threads)
// reach the user as one "cablecat VERB: CATALOGUE: ..." line and exit 1,
// never an abort.
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <unistd.h>

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <cerrno>
#include <cstring>

#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"
#include "support/synthetic_dump.h"

using cablecat::test::CommandResult;
using cablecat::test::runCablecat;
using cablecat::test::TemporaryFolder;

namespace {

const std::string kArchive = std::string(CABLECAT_TEST_DATA) + "/astana-2007-08.txt";

bool isOneLine(const std::string& text) {
  return !text.empty() && text.back() == '\n' && text.find('\n') == text.size() - 1;
}

void expectOneLineFailure(const CommandResult& result, const std::string& verb, const std::string& db) {
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_TRUE(isOneLine(result.err)) << result.err;
  EXPECT_EQ(result.err.rfind("cablecat " + verb + ": " + db + ": ", 0), 0u) << result.err;
}

// Overwrites every page after the first two with noise: the header still
// says "cablecat catalogue", the tables are garbage.
void damage(const std::string& db) {
  std::fstream file(db, std::ios::in | std::ios::out | std::ios::binary);
  std::mt19937 noise(15);
  file.seekg(0, std::ios::end);
  auto size = static_cast<std::size_t>(file.tellg());
  std::string garbage(size - 2 * 65536, '\0');
  for (char& c : garbage) c = static_cast<char>(noise());
  file.seekp(2 * 65536);
  file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
}

}  // namespace

TEST(SqliteFailures, ALockHeldElsewhereIsWaitedForThenNamed) {
  TemporaryFolder folder("cablecat-locked");
  std::string db = folder.file("catalogue.db");
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, kArchive}).exit_code, 0);
  SQLite::Database session(db, SQLite::OPEN_READWRITE);
  session.exec("BEGIN IMMEDIATE; DELETE FROM load_issues");
  auto started = std::chrono::steady_clock::now();
  CommandResult result = runCablecat({"load", "--quiet", "--reparse", "--db", db, kArchive});
  auto waited = std::chrono::steady_clock::now() - started;
  expectOneLineFailure(result, "load", db);
  EXPECT_NE(result.err.find("another process is using this catalogue"), std::string::npos) << result.err;
  EXPECT_GE(waited, std::chrono::seconds(4));  // it waited before giving up
  session.exec("ROLLBACK");
}

TEST(SqliteFailures, HugeJobsCountLoadsInsteadOfAborting) {
  TemporaryFolder folder("cablecat-jobs");
  std::string db = folder.file("catalogue.db");
  CommandResult result = runCablecat({"load", "--quiet", "--jobs", "100000", "--db", db, kArchive});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(cablecat::test::queryValue(db, "SELECT count(*) FROM cables"), "18");
}

TEST(SqliteFailures, ReadVerbsOnADamagedCatalogueSayItInOneLine) {
  TemporaryFolder folder("cablecat-damaged");
  std::string db = folder.file("catalogue.db");
  std::string dump = folder.file("dump.csv");
  cablecat::test::writeSyntheticDump(dump, 400);  // several pages per table
  ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, kArchive, dump}).exit_code, 0);
  damage(db);
  for (const std::vector<std::string>& verb :
       std::vector<std::vector<std::string>>{{"export-graph"}, {"query", "SELECT * FROM refs"},
                                             {"search", "embassy"}, {"show", "07ASTANA2327"},
                                             {"report", "top-tags"}, {"stats"}}) {
    std::vector<std::string> arguments{verb[0], "--db", db};
    arguments.insert(arguments.end(), verb.begin() + 1, verb.end());
    CommandResult result = runCablecat(arguments);
    SCOPED_TRACE(verb[0]);
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_TRUE(isOneLine(result.err)) << result.err;
    EXPECT_EQ(result.err.rfind("cablecat " + verb[0] + ": ", 0), 0u) << result.err;
    EXPECT_NE(result.err.find(db), std::string::npos) << result.err;
  }
  CommandResult check = runCablecat({"check", "--db", db});
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_EQ(check.err.find("terminate"), std::string::npos) << check.err;
}

TEST(SqliteFailures, ADiskFullLoadIsOneLineAndLeavesNoDebris) {
  if (geteuid() != 0) GTEST_SKIP() << "needs root to mount a 6 MB tmpfs; skipped";
  TemporaryFolder folder("cablecat-full");
  std::string small = folder.file("small");
  std::filesystem::create_directory(small);
  if (mount("tmpfs", small.c_str(), "tmpfs", 0, "size=6m") != 0)
    GTEST_SKIP() << "cannot mount a tmpfs here (" << std::strerror(errno) << "); skipped";
  std::string dump = folder.file("dump.csv");
  cablecat::test::writeSyntheticDump(dump, 6000);  // about 10 MB of text
  for (const std::string& name : {"new.db", "live.db"}) {
    std::string db = small + "/" + name;
    if (name == "live.db") ASSERT_EQ(runCablecat({"load", "--quiet", "--db", db, kArchive}).exit_code, 0);
    CommandResult result = runCablecat({"load", "--quiet", "--db", db, dump});
    SCOPED_TRACE(name);
    expectOneLineFailure(result, "load", db);
    EXPECT_NE(result.err.find("disk is full"), std::string::npos) << result.err;
    for (const auto& entry : std::filesystem::directory_iterator(small))
      EXPECT_EQ(entry.path().filename().string().find(".loading-"), std::string::npos) << entry.path();
  }
  EXPECT_EQ(cablecat::test::queryValue(small + "/live.db", "SELECT count(*) FROM cables WHERE ref_id LIKE '07ASTANA%'"),
            "18");
  umount2(small.c_str(), MNT_DETACH);
}
