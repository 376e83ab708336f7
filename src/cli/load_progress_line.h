// The text of a load's progress line, from a snapshot of where the load is:
// pure, so the wording is tested without a terminal.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/finish_phase.h"

namespace cablecat {

struct LoadProgress {
  std::uint64_t bytes_read = 0;               // of every input, compressed for .gz
  std::optional<std::uint64_t> total_bytes;   // unknown when stdin or a device is read
  std::uint64_t files_started = 0;
  std::uint64_t total_files = 0;
  std::uint64_t cables = 0;                   // written to the catalogue
  double reading_seconds = 0;                 // from the start until reading ended
  std::optional<FinishPhase> phase;           // once every cable is written
  double phase_seconds = 0;                   // in that phase
};

// "24%  412.3 MB of 1.7 GB  file 1 of 1  61,230 cables  15,310/s  0:45 left"
// while reading; "100%  1.7 GB  251,287 cables in 0:48  creating indexes 0:04"
// after.
std::string progressLine(const LoadProgress& progress);

// 1969 -> "1,969".
std::string groupedNumber(std::uint64_t number);

}  // namespace cablecat
