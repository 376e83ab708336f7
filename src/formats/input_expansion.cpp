// Expands command-line inputs: folders recursively (sorted, hidden skipped).
#include <algorithm>
#include <filesystem>
#include <system_error>

#include "reader_support.h"

namespace cablecat {

namespace {

namespace fs = std::filesystem;

bool isHidden(const fs::path& path) {
  std::string name = path.filename().string();
  return !name.empty() && name[0] == '.';
}

void reportMissing(const ReadIssueSink& issues, const std::string& path, const std::string& why) {
  reportIssue(issues, Locator{path, 0, 0}, Severity::error, why);  // the locator names the path
}

void expandFolder(const std::string& folder, std::vector<std::string>& files,
                  const ReadIssueSink& issues) {
  std::vector<std::string> found;
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  if (error) {
    reportMissing(issues, folder, "cannot list folder: " + error.message());
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) {
      reportMissing(issues, folder, "cannot list folder: " + error.message());
      break;
    }
    const fs::directory_entry& entry = *it;
    if (isHidden(entry.path())) {
      if (entry.is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (entry.is_regular_file(error)) found.push_back(entry.path().string());
  }
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
}

}  // namespace

std::vector<std::string> expandInputs(const std::vector<std::string>& arguments,
                                      ReadIssueSink issues) {
  std::vector<std::string> files;
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      files.push_back(argument);
      continue;
    }
    std::error_code error;
    fs::file_status status = fs::status(argument, error);
    if (error || !fs::exists(status)) {
      reportMissing(issues, argument,
                    error && error != std::errc::no_such_file_or_directory
                        ? error.message()
                        : "no such file or folder");
      continue;
    }
    if (fs::is_directory(status))
      expandFolder(argument, files, issues);
    else
      files.push_back(argument);
  }
  return files;
}

}  // namespace cablecat
