// Temporary folders and files for tests: the one place tests make them.
#pragma once

#include <filesystem>
#include <string>

namespace cablecat::test {

// A fresh folder under the system temp folder, removed with everything in
// it when the object goes.
class TemporaryFolder {
 public:
  explicit TemporaryFolder(const std::string& prefix = "cablecat-test");
  ~TemporaryFolder();
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // The path of `name` in the folder (nothing is created).
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  // Writes `content` to `relative` in the folder, making its parent folders;
  // returns its path.
  std::string write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

// A path no other call returns ("name-7.db" for "name.db"), in a folder of
// this test process that is removed when the process ends. Nothing is
// created at the path.
std::string temporaryPath(const std::string& name);

void writeFile(const std::string& path, const std::string& content);
std::string readFile(const std::string& path);

}  // namespace cablecat::test
