// Periodic sync_file_range(SYNC_FILE_RANGE_WRITE) on a file being built.
#include "early_writeback.h"

#include <fcntl.h>
#include <unistd.h>

namespace cablecat {

EarlyWriteback::EarlyWriteback(const std::string& path, std::chrono::milliseconds period)
    : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {
  if (fd_ < 0) return;
  try {
    worker_ = std::thread([this, period] { work(period); });
  } catch (...) {
    ::close(fd_);
    throw;
  }
}

EarlyWriteback::~EarlyWriteback() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stop_requested_.notify_all();
  if (worker_.joinable()) worker_.join();
  if (fd_ >= 0) ::close(fd_);
}

int EarlyWriteback::requests() const {
  std::lock_guard lock(mutex_);
  return requests_;
}

void EarlyWriteback::work(std::chrono::milliseconds period) {
  std::unique_lock lock(mutex_);
  while (!stop_requested_.wait_for(lock, period, [this] { return stopping_; })) {
    lock.unlock();
    // Starts writeback of every dirty page; returns without waiting for it.
    bool requested = ::sync_file_range(fd_, 0, 0, SYNC_FILE_RANGE_WRITE) == 0;
    lock.lock();
    if (requested) ++requests_;
  }
}

}  // namespace cablecat
