// The parser's input: one cable as a reader found it, before any field parsing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cablecat {

// Where a cable was read from, so every message can name file and line/row.
struct Locator {
  std::string path;       // file path, or "-" for stdin
  std::uint64_t line = 0; // 1-based line of the cable's start (0: unknown)
  std::uint64_t row = 0;  // 1-based CSV record number (0: not a CSV row)

  std::string describe() const;  // "path:line" or "path row N"
};

// Metadata a reader knows from the container (archive metadata line, HTML
// table, CSV columns). Values are copied verbatim; the parser normalizes them.
struct RawMetadata {
  std::string ref_id;          // "07ASTANA2327"
  std::string created;         // "2007-08-27 10:01" or "8/27/2007 10:01"
  std::string released;        // "2011-08-30 01:44"
  std::string classification;  // "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
  std::string origin;          // "Embassy Astana"
  std::string title_subject;   // subject from a page title/heading, may be cut
  std::vector<std::string> listed_references;  // cables.csv reference column
  bool has_listed_references = false;          // the column existed (CSV)
  std::vector<std::string> listed_tags;        // tag links of an HTML page
  bool has_listed_tags = false;
  bool cut_short = false;  // the container shows the text cut short ("...")
};

struct RawCable {
  std::string format;  // "archive", "html", "csv", "text"
  Locator locator;
  RawMetadata metadata;
  // Header (routing, FM/TO/INFO) and body (from the classification line on).
  // A reader that cannot tell them apart leaves `header` empty and puts the
  // whole text in `body`; the parser then splits it.
  std::string header;
  std::string body;
};

}  // namespace cablecat
