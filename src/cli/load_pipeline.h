// Drives a load: inputs -> readers -> parser -> writer, with issue reporting.
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "formats/cable_reader.h"
#include "store/catalogue_writer.h"

namespace cablecat {

struct LoadSettings {
  std::string database_path;
  std::vector<std::string> inputs;
  InputFormat format = InputFormat::automatic;
  bool full_text_search = true;
  bool bail = false;       // stop at the first problem, keep the database as it was
  bool quiet = false;      // no progress
  bool reparse = false;    // read files even when their complete load by this build is on record
  unsigned jobs = 0;       // 0: choose from the core count
  std::size_t batch_size = 10000;  // cables per committed transaction
  std::size_t max_printed_issues = 20;
};

struct LoadSummary {
  std::uint64_t files = 0;           // files read
  std::uint64_t unchanged_files = 0; // files not read: loaded before, unchanged
  std::uint64_t cables_read = 0;   // records parsed into cables
  std::uint64_t skipped = 0;       // records that could not become cables
  LoadCounts counts;               // what the writer did with them
  std::uint64_t issues = 0;        // load_issues rows added
  std::uint64_t errors = 0;        // issues of severity error
  bool bailed = false;
};

// Runs the load; messages go to `messages` (stderr in the CLI). Throws
// CatalogueError when the catalogue itself cannot be opened.
LoadSummary runLoad(const LoadSettings& settings, std::ostream& messages);

}  // namespace cablecat
