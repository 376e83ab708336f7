// Runs the cablecat binary (or any command) from tests and captures its output.
#pragma once

#include <filesystem>
#include <string>

namespace testsupport {

struct CommandResult {
  int exit_status = -1;  // -1: killed by a signal
  std::string out;
  std::string err;
};

// Runs `commandLine` through /bin/sh with stdout and stderr captured.
CommandResult runCommand(const std::string& commandLine);

// Runs `cablecat ARGUMENTS`.
CommandResult runCablecat(const std::string& arguments);

// A fresh folder under the system temp folder, removed with the object.
class TemporaryFolder {
 public:
  explicit TemporaryFolder(const std::string& prefix = "cablecat-test");
  ~TemporaryFolder();
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

void writeFile(const std::string& path, const std::string& content);
std::string readFile(const std::string& path);

}  // namespace testsupport
