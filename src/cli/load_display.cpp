// The load's progress line and issue lines on stderr (see load_display.h).
#include "load_display.h"

#include <sys/ioctl.h>
#include <unistd.h>

namespace cablecat {

namespace {

// Often enough to look alive, rarely enough to cost nothing.
constexpr auto kRedrawInterval = std::chrono::milliseconds(250);

// Columns of the terminal on stderr; 80 when it does not say (a fresh pty).
std::size_t terminalWidth() {
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

}  // namespace

LoadDisplay::LoadDisplay(std::ostream& out, bool drawProgress, std::optional<std::uint64_t> totalBytes,
                         std::uint64_t totalFiles)
    : out_(out), draw_(drawProgress), total_bytes_(totalBytes), total_files_(totalFiles) {
  if (draw_) ticker_ = std::thread([this] { tick(); });
}

LoadDisplay::~LoadDisplay() { finish(); }

void LoadDisplay::phase(FinishPhase phase) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (!phase_) reading_seconds_ = std::chrono::duration<double>(Clock::now() - started_).count();
  phase_ = phase;
  phase_started_ = Clock::now();
  // Drawn here, not left to the ticker: a step shorter than its wake-up
  // (a small load's full-text shards) would otherwise never be named.
  if (draw_ && !stopped_) drawLocked();
}

void LoadDisplay::printLine(const std::string& line) {
  std::lock_guard<std::mutex> lock(mutex_);
  // "\r\033[K": back to the start of the line and clear to its end, so the
  // issue does not start after the progress text.
  if (shown_) out_ << "\r\033[K";
  out_ << line << "\n";
  shown_ = false;
  if (draw_ && !stopped_) drawLocked();
  out_.flush();
}

void LoadDisplay::finish() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (stopped_) return;
    stopped_ = true;
    if (shown_) out_ << "\r\033[K" << std::flush;
    shown_ = false;
  }
  wake_.notify_one();
  if (ticker_.joinable()) ticker_.join();
}

void LoadDisplay::tick() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopped_) {
    drawLocked();
    wake_.wait_for(lock, kRedrawInterval, [this] { return stopped_; });
  }
}

LoadProgress LoadDisplay::snapshotLocked() const {
  LoadProgress progress;
  progress.bytes_read = bytes_read_.load(std::memory_order_relaxed);
  progress.total_bytes = total_bytes_;
  progress.files_started = files_started_.load(std::memory_order_relaxed);
  progress.total_files = total_files_;
  progress.cables = cables_.load(std::memory_order_relaxed);
  progress.phase = phase_;
  Clock::time_point now = Clock::now();
  progress.reading_seconds = phase_ ? reading_seconds_ : std::chrono::duration<double>(now - started_).count();
  if (phase_) progress.phase_seconds = std::chrono::duration<double>(now - phase_started_).count();
  return progress;
}

void LoadDisplay::drawLocked() {
  std::string line = progressLine(snapshotLocked());
  // One column short of the width: writing the last column wraps on some
  // terminals, and "\r" would then redraw on the next line.
  std::size_t width = terminalWidth();
  if (line.size() >= width) line.resize(width - 1);
  out_ << "\r" << line << "\033[K" << std::flush;
  shown_ = true;
}

}  // namespace cablecat
