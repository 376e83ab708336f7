// Expands command-line inputs: folders recursively (sorted, hidden skipped).
#include <algorithm>
#include <filesystem>
#include <optional>
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

// Says why a folder walk does not read `entry`: nothing for a regular file.
std::optional<std::string> notReadBecause(const fs::directory_entry& entry) {
  std::error_code error;
  fs::file_status target = entry.status(error);
  if (error)
    return "cannot be read (" + error.message() + "; a link to itself or to nothing?); not read";
  if (fs::is_regular_file(target)) return std::nullopt;
  if (fs::is_directory(target))
    return std::string("a link to a folder, not followed in a walk; give it as an input to load it");
  if (fs::is_fifo(target)) return std::string("a FIFO (named pipe), not a file; not read");
  if (fs::is_character_file(target) || fs::is_block_file(target))
    return std::string("a device, not a file; not read");
  if (fs::is_socket(target)) return std::string("a socket, not a file; not read");
  return std::string("not a regular file; not read");
}

void expandFolder(const std::string& folder, std::vector<std::string>& files,
                  const ReadIssueSink& issues, const InputFilter& skip) {
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
    std::error_code linkError;
    if (entry.is_directory(linkError) && !entry.is_symlink(linkError)) continue;
    std::string path = entry.path().string();
    if (skip && skip(path)) continue;
    if (std::optional<std::string> why = notReadBecause(entry))
      reportIssue(issues, Locator{path, 0, 0}, Severity::warning, *why);
    else
      found.push_back(path);
  }
  std::sort(found.begin(), found.end());
  files.insert(files.end(), found.begin(), found.end());
}

}  // namespace

std::vector<std::string> expandInputs(const std::vector<std::string>& arguments,
                                      ReadIssueSink issues, const InputFilter& skip) {
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
    if (fs::is_directory(status)) {
      expandFolder(argument, files, issues, skip);
    } else if (skip && skip(argument)) {
      reportIssue(issues, Locator{argument, 0, 0}, Severity::warning,
                  "is the catalogue being loaded (or one of its files); not read");
    } else {
      files.push_back(argument);
    }
  }
  return files;
}

}  // namespace cablecat
