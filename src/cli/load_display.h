// What a load shows on stderr while it runs: a progress line redrawn in
// place a few times a second (only on a terminal, never with --quiet), and
// issue lines, each on a line of its own above it.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <ostream>
#include <string>
#include <thread>

#include "load_progress_line.h"

namespace cablecat {

class LoadDisplay {
 public:
  // `drawProgress`: stderr is a terminal and --quiet was not given. The
  // totals come from the inputs' sizes (none when stdin or a device is read).
  LoadDisplay(std::ostream& out, bool drawProgress, std::optional<std::uint64_t> totalBytes,
              std::uint64_t totalFiles);
  ~LoadDisplay();
  LoadDisplay(const LoadDisplay&) = delete;
  LoadDisplay& operator=(const LoadDisplay&) = delete;

  // From the reader thread.
  void fileStarted() { files_started_.fetch_add(1, std::memory_order_relaxed); }
  void bytesRead(std::uint64_t bytes) { bytes_read_.store(bytes, std::memory_order_relaxed); }
  // From the writer's thread.
  void cablesWritten(std::uint64_t cables) { cables_.store(cables, std::memory_order_relaxed); }
  // Every cable is written; the writer does `phase` (drawn at once).
  void phase(FinishPhase phase);

  // One line of its own (no newline in `line`), above the progress line.
  void printLine(const std::string& line);
  // Clears the progress line for good, before the closing summary.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  void tick();
  void drawLocked();
  LoadProgress snapshotLocked() const;

  std::ostream& out_;
  bool draw_;
  std::optional<std::uint64_t> total_bytes_;
  std::uint64_t total_files_;
  std::atomic<std::uint64_t> files_started_{0};
  std::atomic<std::uint64_t> bytes_read_{0};
  std::atomic<std::uint64_t> cables_{0};

  std::mutex mutex_;  // guards what follows, and every write to out_
  std::condition_variable wake_;
  Clock::time_point started_ = Clock::now();
  std::optional<FinishPhase> phase_;
  Clock::time_point phase_started_{};
  double reading_seconds_ = 0;
  bool shown_ = false;  // a progress line is on the screen
  bool stopped_ = false;
  std::thread ticker_;
};

}  // namespace cablecat
