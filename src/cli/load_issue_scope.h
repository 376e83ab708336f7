// Which load_issues rows one load recorded: those of the sources it opened,
// and those tied to no source (a missing input, a file that could not be
// opened) that name a path it was given. The closing summary lists them
// with one SELECT.
#pragma once

#include <cstdint>
#include <set>
#include <string>

namespace cablecat {

class LoadIssueScope {
 public:
  void addSource(std::int64_t sourceId) { sources_.insert(sourceId); }
  // `path` as stored (storable_path.h).
  void addSourcelessPath(const std::string& path) { sourceless_paths_.insert(path); }

  // An SQL condition on load_issues' columns: "source_id BETWEEN 3 AND 2215".
  // Runs of consecutive ids (the usual case: a load's sources are numbered
  // in a row) are ranges, so it stays short for thousands of files.
  std::string sqlCondition() const;

 private:
  std::set<std::int64_t> sources_;
  std::set<std::string> sourceless_paths_;
};

}  // namespace cablecat
