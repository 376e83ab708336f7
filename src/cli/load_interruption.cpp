// Signal watcher of a load (see load_interruption.h).
#include "load_interruption.h"

#include <pthread.h>
#include <unistd.h>

#include "store/bulk_build.h"

namespace cablecat {

namespace {

constexpr int kWatchedSignals[] = {SIGINT, SIGTERM, SIGHUP};

bool isIgnored(int signal) {
  struct sigaction current {};
  return ::sigaction(signal, nullptr, &current) == 0 && current.sa_handler == SIG_IGN;
}

// Ends the process by `signal` itself, so the parent (a shell, a script's
// loop) sees a process killed by it, as without cablecat's cleanup.
[[noreturn]] void endBy(int signal) {
  ::signal(signal, SIG_DFL);
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, signal);
  ::pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
  ::raise(signal);
  ::_exit(128 + signal);  // not reached unless the signal could not end it
}

}  // namespace

LoadInterruption::LoadInterruption(std::string catalogue) : catalogue_(std::move(catalogue)) {
  sigemptyset(&watched_);
  for (int signal : kWatchedSignals) {
    if (isIgnored(signal)) continue;
    sigaddset(&watched_, signal);
    if (wake_signal_ == 0) wake_signal_ = signal;
  }
  if (wake_signal_ == 0) return;
  ::pthread_sigmask(SIG_BLOCK, &watched_, &previous_mask_);
  try {
    watcher_ = std::thread([this] { watch(); });
  } catch (...) {
    ::pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
    throw;
  }
}

LoadInterruption::~LoadInterruption() {
  if (!watcher_.joinable()) return;
  stopping_ = true;
  ::pthread_kill(watcher_.native_handle(), wake_signal_);
  watcher_.join();
  // A signal that came meanwhile is delivered now, with its default action.
  ::pthread_sigmask(SIG_SETMASK, &previous_mask_, nullptr);
}

void LoadInterruption::watch() {
  int signal = 0;
  while (::sigwait(&watched_, &signal) != 0) {
  }
  if (stopping_) return;
  // The load's other threads go on until the process ends: files they
  // create after this are removed by the next load in this folder
  // (removeStaleBulkBuilds), as after a crash.
  discardBulkBuild(bulkBuildPath(catalogue_));
  // The progress line would stay where the shell's prompt comes next.
  if (::isatty(STDERR_FILENO) == 1) {
    constexpr char kClearLine[] = "\r\033[K";
    [[maybe_unused]] ssize_t written = ::write(STDERR_FILENO, kClearLine, sizeof kClearLine - 1);
  }
  endBy(signal);
}

}  // namespace cablecat
