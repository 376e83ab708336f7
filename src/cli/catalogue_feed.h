// The writer's side of a load: each item, in input order, into the
// catalogue, with its issues recorded, counted and printed.
#pragma once

#include <cstdint>
#include <string>

#include "load_display.h"
#include "load_pipeline.h"
#include "load_work.h"
#include "store/catalogue_writer.h"

namespace cablecat {

// "PATH line N: warning: message [07ASTANA1]": how a load prints an issue.
std::string issueLine(const Locator& locator, const std::string& refId, Severity severity,
                      const std::string& message);

// Thrown by the feed at the first problem of a --bail load.
struct BailOut {};

class CatalogueFeed {
 public:
  CatalogueFeed(CatalogueWriter& writer, const LoadSettings& settings, LoadSummary& summary,
                LoadDisplay& display)
      : writer_(writer), settings_(settings), summary_(summary), display_(display) {}

  void operator()(const FileBegins& begin);
  void operator()(const FileUnchanged&) { ++summary_.unchanged_files; }
  void operator()(const ReadIssue& issue);
  void operator()(const CableRecord& item);
  void operator()(const FileEnds& end);

 private:
  void record(const Locator& locator, const std::string& refId, Severity severity,
              const std::string& message);
  void print(const Locator& locator, const std::string& refId, Severity severity,
             const std::string& message);

  CatalogueWriter& writer_;
  const LoadSettings& settings_;
  LoadSummary& summary_;
  LoadDisplay& display_;
  std::int64_t source_ = 0;
  std::uint64_t cables_in_file_ = 0;
};

}  // namespace cablecat
