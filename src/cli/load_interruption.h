// While a load runs, SIGINT, SIGTERM and SIGHUP first remove the load's
// temporary files (the catalogue built aside, its full-text shards), then
// end the process as the signal asks: a shell reports 130, 143 or 129.
#pragma once

#include <signal.h>

#include <atomic>
#include <string>
#include <thread>

namespace cablecat {

class LoadInterruption {
 public:
  // Create before any thread of the load starts: the signals are blocked
  // here and in every thread started later, and one watcher thread takes
  // them with sigwait(), so cleaning up runs as ordinary code, not in a
  // signal handler. A signal the process was started ignoring (a
  // background job's SIGINT) stays ignored.
  explicit LoadInterruption(std::string catalogue);
  ~LoadInterruption();
  LoadInterruption(const LoadInterruption&) = delete;
  LoadInterruption& operator=(const LoadInterruption&) = delete;

 private:
  void watch();

  std::string catalogue_;
  sigset_t watched_{};
  sigset_t previous_mask_{};
  int wake_signal_ = 0;  // one of the watched signals, 0 when none is
  std::atomic<bool> stopping_{false};
  std::thread watcher_;
};

}  // namespace cablecat
