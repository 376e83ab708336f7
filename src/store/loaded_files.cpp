// The set of completed loads, keyed by path, format and file digest.
#include "loaded_files.h"

#include <SQLiteCpp/Statement.h>

#include "storable_path.h"

namespace cablecat {

LoadedFiles LoadedFiles::completedBy(SQLite::Database& db, const std::string& loaderBuild) {
  LoadedFiles files;
  if (loaderBuild.empty()) return files;
  // A file that gave no cable is read again: cheap, and the load fails the
  // same way every time instead of passing as "unchanged" the second time.
  SQLite::Statement completed(db,
                              "SELECT path, format, digest FROM sources WHERE fingerprint IS "
                              "NOT NULL AND digest IS NOT NULL AND loader_build = ?1 AND cables_read > 0");
  completed.bindNoCopy(1, loaderBuild);
  while (completed.executeStep())
    files.add(completed.getColumn(0).getText(), completed.getColumn(1).getText(),
              completed.getColumn(2).getText());
  return files;
}

void LoadedFiles::add(const std::string& path, const std::string& format,
                      const std::string& digest) {
  keys_.insert(key(path, format, digest));
}

bool LoadedFiles::contains(const std::string& path, const std::string& format,
                           const std::string& digest) const {
  return !digest.empty() && keys_.contains(key(path, format, digest));
}

std::string LoadedFiles::key(const std::string& path, const std::string& format,
                             const std::string& digest) {
  std::string joined = storablePath(path);
  joined.reserve(joined.size() + format.size() + digest.size() + 2);
  joined.push_back('\0');
  joined.append(format).push_back('\0');
  joined.append(digest);
  return joined;
}

}  // namespace cablecat
