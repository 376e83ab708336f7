// Unique folders named after the test process, removed when done.
#include "temporary_folder.h"

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <iterator>

namespace cablecat::test {

TemporaryFolder::TemporaryFolder(const std::string& prefix) {
  static std::atomic<int> counter{0};
  path_ = std::filesystem::temp_directory_path() /
          (prefix + "-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TemporaryFolder::~TemporaryFolder() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string TemporaryFolder::write(const std::string& relative, const std::string& content) const {
  std::filesystem::path file = path_ / relative;
  std::filesystem::create_directories(file.parent_path());
  writeFile(file.string(), content);
  return file.string();
}

std::string temporaryPath(const std::string& name) {
  static TemporaryFolder folder("cablecat-paths");
  static std::atomic<int> counter{0};
  std::filesystem::path given(name);
  std::string unique = given.stem().string();
  unique += '-';
  unique += std::to_string(counter++);
  unique += given.extension().string();
  return folder.file(unique);
}

void writeFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace cablecat::test
