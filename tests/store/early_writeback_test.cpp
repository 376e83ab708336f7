// Tests the background writeback requests on a catalogue being built.
#include "store/early_writeback.h"

#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "store_test_support.h"

namespace cablecat {
namespace {

TEST(EarlyWriteback, RequestsWritebackPeriodically) {
  test::TempCatalogue file("writeback");
  std::ofstream(file.path()) << std::string(1 << 20, 'x');
  EarlyWriteback writeback(file.path(), std::chrono::milliseconds(5));
  // Generous deadline: the thread only has to run once.
  for (int wait = 0; wait < 1000 && writeback.requests() == 0; ++wait)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  EXPECT_GT(writeback.requests(), 0);
}

TEST(EarlyWriteback, LeavesAMissingFileAlone) {
  test::TempCatalogue file("writeback");
  EarlyWriteback writeback(file.path() + ".absent", std::chrono::milliseconds(1));
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(writeback.requests(), 0);
}

}  // namespace
}  // namespace cablecat
