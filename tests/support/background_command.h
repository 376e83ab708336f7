// Runs the cablecat binary in the background, for tests that signal it,
// race two of them or wait for what it leaves on disk.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace cablecat::test {

class BackgroundCommand {
 public:
  // Starts `cablecat ARGUMENTS`; stderr goes to a file read by errors().
  explicit BackgroundCommand(const std::vector<std::string>& arguments);
  ~BackgroundCommand();  // kills and reaps the process if still running
  BackgroundCommand(const BackgroundCommand&) = delete;
  BackgroundCommand& operator=(const BackgroundCommand&) = delete;

  pid_t pid() const { return pid_; }
  void signal(int number) const;
  // Waits for the end; the raw wait status.
  int wait();
  // True when the process ended within `limit` (reap it with wait()).
  bool endsWithin(std::chrono::milliseconds limit);
  // Its stderr so far.
  std::string errors() const;
  // Peak resident memory in KiB (valid after wait()).
  long peakMemoryKib() const { return peak_kib_; }

 private:
  pid_t pid_ = -1;
  int status_ = 0;
  bool reaped_ = false;
  long peak_kib_ = 0;
  std::string stderr_path_;
};

// Polls `condition` until it holds or `timeout` passes; false on timeout.
bool waitUntil(const std::function<bool()>& condition,
               std::chrono::milliseconds timeout = std::chrono::seconds(20));

// True when a file in `folder` has a name starting with `prefix`.
bool hasFileStartingWith(const std::filesystem::path& folder, const std::string& prefix);

// "exit 0", "exit 1", "killed by signal 2": a wait status for messages.
std::string describeStatus(int status);

}  // namespace cablecat::test
