// Recognizes the catalogue's own files among a load's inputs.
#include "catalogue_input_filter.h"

#include <array>
#include <filesystem>
#include <string_view>

#include "store/bulk_build.h"

namespace cablecat {

namespace fs = std::filesystem;

namespace {

fs::path canonicalFolderOf(const fs::path& path) {
  std::error_code error;
  fs::path folder = fs::weakly_canonical(path.has_parent_path() ? path.parent_path() : fs::path("."), error);
  return error ? fs::path() : folder;
}

}  // namespace

InputFilter catalogueFilesOf(const std::string& catalogue) {
  fs::path target(catalogue);
  std::string name = target.filename().string();
  fs::path folder = canonicalFolderOf(target);
  return [name, folder](const std::string& input) {
    fs::path path(input);
    std::string file = path.filename().string();
    if (isBulkBuildFileName(file)) return true;
    // Only a name that matches costs a look at the folder.
    if (name.empty() || !file.starts_with(name)) return false;
    constexpr std::array<std::string_view, 4> kOwnSuffixes = {"", "-wal", "-shm", "-journal"};
    std::string_view suffix = std::string_view(file).substr(name.size());
    bool own = false;
    for (std::string_view known : kOwnSuffixes) own = own || suffix == known;
    return own && !folder.empty() && canonicalFolderOf(path) == folder;
  };
}

}  // namespace cablecat
