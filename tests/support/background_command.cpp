// Background runs of the cablecat binary.
#include "background_command.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "command_runner.h"

namespace cablecat::test {

BackgroundCommand::BackgroundCommand(const std::vector<std::string>& arguments) {
  static std::atomic<int> counter{0};
  stderr_path_ = (std::filesystem::temp_directory_path() /
                  ("cablecat-bg-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + ".err"))
                     .string();
  std::vector<std::string> argv{CABLECAT_BINARY};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  std::vector<char*> pointers;
  for (std::string& argument : argv) pointers.push_back(argument.data());
  pointers.push_back(nullptr);
  pid_ = fork();
  if (pid_ == 0) {
    int err = open(stderr_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int none = open("/dev/null", O_RDWR);
    dup2(none, 0);
    dup2(none, 1);
    dup2(err, 2);
    // The test runner may have signals blocked or ignored; the child starts clean.
    sigset_t all;
    sigemptyset(&all);
    sigprocmask(SIG_SETMASK, &all, nullptr);
    for (int number : {SIGINT, SIGTERM, SIGHUP}) ::signal(number, SIG_DFL);
    execv(pointers[0], pointers.data());
    _exit(127);
  }
}

BackgroundCommand::~BackgroundCommand() {
  if (pid_ > 0 && !reaped_) {
    kill(pid_, SIGKILL);
    wait();
  }
  std::error_code ignored;
  std::filesystem::remove(stderr_path_, ignored);
}

void BackgroundCommand::signal(int number) const { kill(pid_, number); }

int BackgroundCommand::wait() {
  if (!reaped_) {
    struct rusage usage {};
    wait4(pid_, &status_, 0, &usage);
    peak_kib_ = usage.ru_maxrss;
    reaped_ = true;
  }
  return status_;
}

bool BackgroundCommand::endsWithin(std::chrono::milliseconds limit) {
  return waitUntil(
      [&] {
        siginfo_t info{};
        return reaped_ || (waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
                           info.si_pid == pid_);
      },
      limit);
}

std::string BackgroundCommand::errors() const { return readFile(stderr_path_); }

bool waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout) {
  auto end = std::chrono::steady_clock::now() + timeout;
  while (!condition()) {
    if (std::chrono::steady_clock::now() > end) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return true;
}

bool hasFileStartingWith(const std::filesystem::path& folder, const std::string& prefix) {
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error))
    if (entry.path().filename().string().rfind(prefix, 0) == 0) return true;
  return false;
}

std::string describeStatus(int status) {
  if (WIFEXITED(status)) return "exit " + std::to_string(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
  return "status " + std::to_string(status);
}

}  // namespace cablecat::test
