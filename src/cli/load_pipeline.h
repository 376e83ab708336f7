// Drives a load: inputs -> readers -> parser -> writer, with issue reporting.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "formats/cable_reader.h"
#include "load_display.h"
#include "load_issue_scope.h"
#include "store/catalogue_writer.h"

namespace cablecat {

struct LoadSettings {
  std::string database_path;
  std::vector<std::string> inputs;
  InputFormat format = InputFormat::automatic;
  bool full_text_search = true;
  bool bail = false;       // stop at the first problem, keep the database as it was
  bool reparse = false;    // read files even when their complete load by this build is on record
  bool verbose = false;    // print every issue, notes included
  unsigned jobs = 0;       // 0: choose from the core count
  std::size_t batch_size = 10000;  // cables per committed transaction
  std::size_t max_printed_issues = 20;  // warnings and errors printed without --verbose
};

// One file to read, with its size when it has one (not stdin, not a device).
struct LoadInput {
  std::string path;
  std::optional<std::uint64_t> size;
};

// The command line's inputs expanded (folders walked), before any catalogue
// is opened: a load with no file to read touches nothing.
struct LoadInputs {
  std::vector<LoadInput> files;
  std::vector<ReadIssue> issues;  // inputs that do not exist, entries a walk skips
  // The sum of the files' sizes; none when one of them has no size.
  std::optional<std::uint64_t> totalBytes() const;
};

LoadInputs gatherLoadInputs(const LoadSettings& settings);

struct IssueCounts {
  std::uint64_t errors = 0, warnings = 0, notes = 0;
  std::uint64_t total() const { return errors + warnings + notes; }
};

struct LoadSummary {
  std::uint64_t files = 0;           // files read
  std::uint64_t unchanged_files = 0; // files not read: loaded before, unchanged
  std::uint64_t cables_read = 0;   // records parsed into cables
  std::uint64_t skipped = 0;       // records that could not become cables
  LoadCounts counts;               // what the writer did with them
  IssueCounts issues;              // found by this load (recorded unless nothing was read)
  std::uint64_t printed_issues = 0;  // of those, printed as they came
  LoadIssueScope issue_scope;      // this load's rows of load_issues
  bool bailed = false;
  // No cable read and no file found unchanged: the load failed.
  bool nothingRead() const { return cables_read == 0 && unchanged_files == 0; }
  // The catalogue was left as it was (a new one not even created), its
  // issues unrecorded: --bail stopped, or nothing was read for a new
  // catalogue. An existing catalogue records why a load read nothing.
  bool discarded = false;
};

// Runs the load of `inputs`; issues and progress go to `display`. Throws
// CatalogueError when the catalogue itself cannot be opened.
LoadSummary runLoad(const LoadSettings& settings, const LoadInputs& inputs, LoadDisplay& display);

}  // namespace cablecat
