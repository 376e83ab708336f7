// Units of work that flow from the reader thread through the parser threads
// to the writer, in input order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "formats/cable_reader.h"
#include "parse/cable.h"
#include "parse/raw_cable.h"

namespace cablecat {

struct LoadItem {
  // unchanged_file: a file whose complete load by this build is on record;
  // it is not read.
  enum class Kind { begin_file, cable, issue, end_file, unchanged_file };
  Kind kind = Kind::cable;
  // begin_file / end_file / unchanged_file
  std::string path;
  std::string format;
  std::string digest;       // begin_file: the file's fileDigest, empty if unknown
  std::uint64_t bytes = 0;
  // cable: `raw` from the reader, `cable` once parsed
  RawCable raw;
  Cable cable;
  // issue
  ReadIssue issue;
};

// A run of consecutive items; the unit the threads hand to each other.
struct LoadChunk {
  std::uint64_t sequence = 0;
  std::vector<LoadItem> items;
  std::size_t cables = 0;
};

}  // namespace cablecat
