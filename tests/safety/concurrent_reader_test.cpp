// Contract 4: readers during a load never see "database is locked" and see
// either the state before a batch or after it.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"
#include "support/synthetic_dump.h"

using cablecat::test::runCablecatLine;
using cablecat::test::TemporaryFolder;

TEST(ConcurrentReaders, QueriesDuringALoadNeverFailAndSeeWholeBatches) {
  TemporaryFolder folder("cablecat-readers");
  std::string db = folder.file("catalogue.db");
  std::string dump = folder.file("dump.csv");
  cablecat::test::writeSyntheticDump(dump, 30000);
  ASSERT_EQ(runCablecatLine("load --quiet --db " + db + " " + CABLECAT_TEST_DATA +
                        "/astana-2007-08.txt").exit_code, 0);

  pid_t loader = fork();
  if (loader == 0) {
    std::string command = std::string(CABLECAT_BINARY) + " load --quiet --batch-size 500 --db " +
                          db + " " + dump + " 2>/dev/null";
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  long previous = 0;
  int reads = 0;
  while (waitpid(loader, nullptr, WNOHANG) == 0) {
    auto result = runCablecatLine("query --db " + db + " --mode csv --no-headers "
                              "\"SELECT count(*) FROM cables WHERE ref_id LIKE '09STATE%'\"");
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err.find("locked"), std::string::npos) << result.err;
    long count = std::stol(result.out);
    EXPECT_EQ(count % 500, 0) << count;
    EXPECT_GE(count, previous);
    previous = count;
    ++reads;
  }
  EXPECT_GT(reads, 0);
  EXPECT_EQ(cablecat::test::queryValue(db, "SELECT count(*) FROM cables"), "30018");
}
