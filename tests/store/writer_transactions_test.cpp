// Tests batches, abandon, concurrent readers and crashes during a load.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <atomic>
#include <thread>

#include "store_test_support.h"

namespace cablecat {
namespace {

using test::TempCatalogue;

long long cableCount(const std::string& path) {
  return openCatalogueForReading(path).execAndGet("SELECT count(*) FROM cables").getInt64();
}

Cable numberedCable(int serial) {
  return test::makeCable("08ASTANA" + std::to_string(serial), "Text number " + std::to_string(serial));
}

TEST(WriterTransactions, AllOrNothingAbandonRestoresTheCatalogueExactly) {
  TempCatalogue catalogue;
  test::loadCables(catalogue.path(), {numberedCable(1), numberedCable(2)}, "a.csv", "csv");
  std::vector<std::string> before = test::dumpCatalogue(catalogue.path());
  WriterOptions options;
  options.all_or_nothing = true;
  options.batch_size = 2;
  {
    CatalogueWriter writer(catalogue.path(), options);
    std::int64_t source = writer.beginSource("b.csv", "csv");
    for (int serial = 1; serial <= 7; ++serial)
      writer.write(test::makeCable("08ASTANA" + std::to_string(serial), "Replacement text, longer."),
                   source, {"b.csv", 0, static_cast<std::uint64_t>(serial)}, "csv");
    writer.recordIssue(source, {"b.csv", 0, 8}, "", Severity::error, "bad row");
    writer.abandon();
  }
  EXPECT_EQ(test::dumpCatalogue(catalogue.path()), before);
}

TEST(WriterTransactions, AbandonOfANewCatalogueLeavesNoFile) {
  TempCatalogue catalogue;
  {
    CatalogueWriter writer(catalogue.path(), {});
    std::int64_t source = writer.beginSource("a.csv", "csv");
    writer.write(numberedCable(1), source, {"a.csv", 0, 1}, "csv");
    writer.abandon();
  }
  EXPECT_FALSE(std::filesystem::exists(catalogue.path()));
  EXPECT_FALSE(std::filesystem::exists(catalogue.path() + ".loading-" + std::to_string(::getpid())));
}

TEST(WriterTransactions, WithoutAllOrNothingAbandonKeepsCommittedBatches) {
  TempCatalogue catalogue;
  test::loadCables(catalogue.path(), {numberedCable(100)}, "a.csv", "csv");
  WriterOptions options;
  options.batch_size = 2;
  {
    CatalogueWriter writer(catalogue.path(), options);
    std::int64_t source = writer.beginSource("b.csv", "csv");
    for (int serial = 1; serial <= 5; ++serial)
      writer.write(numberedCable(serial), source, {"b.csv", 0, static_cast<std::uint64_t>(serial)}, "csv");
    writer.abandon();
  }
  EXPECT_EQ(cableCount(catalogue.path()), 1 + 4);
}

TEST(WriterTransactions, CommittedBatchIsVisibleToAReaderMidLoad) {
  TempCatalogue catalogue;
  test::loadCables(catalogue.path(), {numberedCable(100)}, "a.csv", "csv");
  WriterOptions options;
  options.batch_size = 2;
  CatalogueWriter writer(catalogue.path(), options);
  std::int64_t source = writer.beginSource("b.csv", "csv");
  for (int serial = 1; serial <= 3; ++serial)
    writer.write(numberedCable(serial), source, {"b.csv", 0, static_cast<std::uint64_t>(serial)}, "csv");
  EXPECT_EQ(cableCount(catalogue.path()), 1 + 2);  // the third waits for its batch
  writer.endSource(source, 10, 3);
  writer.finish();
  EXPECT_EQ(cableCount(catalogue.path()), 1 + 3);
}

TEST(WriterTransactions, ConcurrentReaderIsNeverLocked) {
  TempCatalogue catalogue;
  test::loadCables(catalogue.path(), {numberedCable(0)}, "a.csv", "csv");
  std::atomic<bool> loading{true};
  std::atomic<int> reads{0};
  std::string failure;
  std::thread reader([&] {
    try {
      while (loading) {
        SQLite::Database db = openCatalogueForReading(catalogue.path());
        db.execAndGet("SELECT count(*) FROM cables JOIN recipients ON cable_id = cables.id");
        db.execAndGet("SELECT count(*) FROM cables_fts WHERE cables_fts MATCH 'text'");
        ++reads;
      }
    } catch (const std::exception& error) {
      failure = error.what();
    }
  });
  WriterOptions options;
  options.batch_size = 50;
  {
    CatalogueWriter writer(catalogue.path(), options);
    std::int64_t source = writer.beginSource("b.csv", "csv");
    for (int serial = 1; serial <= 2000; ++serial)
      writer.write(numberedCable(serial), source, {"b.csv", 0, static_cast<std::uint64_t>(serial)}, "csv");
    writer.endSource(source, 10, 2000);
    writer.finish();
  }
  loading = false;
  reader.join();
  EXPECT_EQ(failure, "");
  EXPECT_GT(reads.load(), 0);
  EXPECT_EQ(cableCount(catalogue.path()), 2001);
}

// A child process loads in batches of 3 and is killed (SIGKILL) after 7
// cables: the catalogue must hold exactly the 6 committed ones.
TEST(WriterTransactions, KillDuringLoadLeavesExactlyTheCommittedBatches) {
  TempCatalogue catalogue;
  test::loadCables(catalogue.path(), {numberedCable(100)}, "a.csv", "csv");
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    WriterOptions options;
    options.batch_size = 3;
    CatalogueWriter writer(catalogue.path(), options);
    std::int64_t source = writer.beginSource("b.csv", "csv");
    for (int serial = 1; serial <= 7; ++serial)
      writer.write(numberedCable(serial), source, {"b.csv", 0, static_cast<std::uint64_t>(serial)}, "csv");
    ::raise(SIGKILL);
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  EXPECT_EQ(cableCount(catalogue.path()), 1 + 6);
  SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
  EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM recipients").getInt(), 7 * 3);
}

TEST(WriterTransactions, KillDuringNewCatalogueBuildLeavesNoCatalogue_NextLoadCleansUp) {
  TempCatalogue catalogue;
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    CatalogueWriter writer(catalogue.path(), {});
    std::int64_t source = writer.beginSource("b.csv", "csv");
    for (int serial = 1; serial <= 5; ++serial)
      writer.write(numberedCable(serial), source, {"b.csv", 0, static_cast<std::uint64_t>(serial)}, "csv");
    ::raise(SIGKILL);
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  std::string orphan = catalogue.path() + ".loading-" + std::to_string(child);
  EXPECT_FALSE(std::filesystem::exists(catalogue.path()));
  EXPECT_TRUE(std::filesystem::exists(orphan));
  test::loadCables(catalogue.path(), {numberedCable(1)}, "a.csv", "csv");
  EXPECT_FALSE(std::filesystem::exists(orphan));
  EXPECT_EQ(cableCount(catalogue.path()), 1);
}

}  // namespace
}  // namespace cablecat

namespace cablecat {
namespace {

// A load killed midway, then run again in full, leaves the same catalogue as
// one clean load: the interrupted source record goes once the file is complete.
TEST(WriterTransactions, RerunAfterAKilledLoadEqualsOneCleanLoad) {
  auto loadAll = [](const std::string& path) {
    WriterOptions options;
    options.batch_size = 3;
    CatalogueWriter writer(path, options);
    std::int64_t source = writer.beginSource("b.csv", "csv");
    for (int serial = 1; serial <= 10; ++serial) {
      writer.write(numberedCable(serial), source, {"b.csv", 0, static_cast<std::uint64_t>(serial)}, "csv");
      writer.recordIssue(source, {"b.csv", 0, static_cast<std::uint64_t>(serial)}, "", Severity::note, "n");
    }
    writer.endSource(source, 100, 10);
    writer.finish();
  };
  TempCatalogue clean, rerun;
  test::loadCables(clean.path(), {numberedCable(100)}, "a.csv", "csv");
  test::loadCables(rerun.path(), {numberedCable(100)}, "a.csv", "csv");
  loadAll(clean.path());

  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    WriterOptions options;
    options.batch_size = 3;
    CatalogueWriter writer(rerun.path(), options);
    std::int64_t source = writer.beginSource("b.csv", "csv");
    for (int serial = 1; serial <= 7; ++serial) {
      writer.write(numberedCable(serial), source, {"b.csv", 0, static_cast<std::uint64_t>(serial)}, "csv");
      writer.recordIssue(source, {"b.csv", 0, static_cast<std::uint64_t>(serial)}, "", Severity::note, "n");
    }
    ::raise(SIGKILL);
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  EXPECT_EQ(test::rowCounts(rerun.path())["sources"], 2);
  loadAll(rerun.path());
  EXPECT_EQ(test::dumpCatalogue(rerun.path()), test::dumpCatalogue(clean.path()));
  EXPECT_EQ(test::rowCounts(rerun.path()), test::rowCounts(clean.path()));
}

}  // namespace
}  // namespace cablecat
