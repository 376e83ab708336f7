// Files whose complete load by the same loader build is on record: loading
// one of them again would change nothing.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <unordered_set>

namespace cablecat {

// Read-only once built, so any thread may ask.
class LoadedFiles {
 public:
  // The completed sources (with a digest) that `loaderBuild` loaded into
  // `db`; none when `loaderBuild` is empty.
  static LoadedFiles completedBy(SQLite::Database& db, const std::string& loaderBuild);

  void add(const std::string& path, const std::string& format, const std::string& digest);
  bool contains(const std::string& path, const std::string& format,
                const std::string& digest) const;
  std::size_t size() const { return keys_.size(); }

 private:
  static std::string key(const std::string& path, const std::string& format,
                         const std::string& digest);
  std::unordered_set<std::string> keys_;
};

}  // namespace cablecat
