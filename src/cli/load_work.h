// Units of work that flow from the reader thread through the parser threads
// to the writer, in input order.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "formats/cable_reader.h"
#include "parse/cable.h"
#include "parse/raw_cable.h"

namespace cablecat {

// An input file starts: the writer opens its sources row.
struct FileBegins {
  std::string path;
  std::string format;
  std::string digest;  // the file's fileDigest, empty if unknown
};

// A file whose complete load by this build is on record: it is not read.
struct FileUnchanged {
  std::string path;
};

// A record as the reader found it. A parser thread fills `cable`, taking
// over the raw text; the locator and format stay for the writer.
struct CableRecord {
  RawCable raw;
  Cable cable;
};

// The current file ends, `bytes` read.
struct FileEnds {
  std::uint64_t bytes = 0;
};

// ReadIssue: a problem the reader found, recorded in order with the cables.
using LoadItem = std::variant<FileBegins, FileUnchanged, CableRecord, ReadIssue, FileEnds>;

// A run of consecutive items; the unit the threads hand to each other.
struct LoadChunk {
  std::uint64_t sequence = 0;
  std::vector<LoadItem> items;
  std::size_t cables = 0;
};

}  // namespace cablecat
