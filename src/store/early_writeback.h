// Starts the kernel writing a file to disk while a load is still filling it,
// so the fsync that makes it durable at the end finds little left to write.
// Destroy it only after closing SQLite's connection to the file: closing any
// descriptor of a file drops the process's POSIX locks on it.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace cablecat {

class EarlyWriteback {
 public:
  // Every `period`, asks for the dirty pages of `path` to be written out,
  // without waiting for them. A file that cannot be opened is left alone:
  // this only moves work earlier, it never decides durability.
  explicit EarlyWriteback(const std::string& path,
                          std::chrono::milliseconds period = std::chrono::milliseconds(500));
  ~EarlyWriteback();
  EarlyWriteback(const EarlyWriteback&) = delete;
  EarlyWriteback& operator=(const EarlyWriteback&) = delete;

  // Writeback requests made so far (for tests and diagnostics).
  int requests() const;

 private:
  void work(std::chrono::milliseconds period);

  int fd_ = -1;
  mutable std::mutex mutex_;
  std::condition_variable stop_requested_;
  bool stopping_ = false;
  int requests_ = 0;
  std::thread worker_;
};

}  // namespace cablecat
