// Plain reasons a --db cannot be a catalogue (see catalogue_path_check.h).
#include "catalogue_path_check.h"

#include <filesystem>

namespace cablecat {

std::optional<std::string> catalogueFileProblem(const std::string& path, CatalogueUse use) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::file_status status = fs::status(path, error);
  if (fs::is_directory(status)) {
    fs::path example = fs::path(path) / "cables.db";
    return path + " is a folder; --db takes the catalogue's file name (such as " + example.string() + ")";
  }
  if (use == CatalogueUse::reading && fs::is_regular_file(status) && fs::file_size(path, error) == 0 &&
      !error)
    return path + " is an empty file, not a catalogue; 'cablecat load --db " + path +
           " INPUT...' loads cables into it";
  return std::nullopt;
}

}  // namespace cablecat
