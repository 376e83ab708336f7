// Provenance of a load: a sources row per input file with its fingerprint,
// the forms read from it (cable_sources), and load_issues. Reloading a file
// replaces the record of its earlier load instead of adding to it.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <string>
#include <unordered_map>

#include "parse/cable.h"
#include "sequence_hash.h"

namespace cablecat {

class SourceLedger {
 public:
  // `loaderBuild` is stored with each source (cli/loader_build.h).
  SourceLedger(SQLite::Database& db, std::string loaderBuild);

  // Registers an input file; returns its sources.id.
  std::int64_t begin(const std::string& path, const std::string& format, const std::string& digest);
  // Records that `cable`, stored as cables.id `cableId`, was read at
  // `locator` of source `sourceId`.
  void recordForm(std::int64_t sourceId, std::int64_t cableId, const Cable& cable,
                  const Locator& locator, const std::string& format);
  // Completes the source's row; the records of earlier loads of the same
  // file that it makes redundant go (see dropRedundantLoads).
  void end(std::int64_t sourceId, std::uint64_t bytes, std::uint64_t cablesRead);

  // source_id 0: not tied to a source, and stored once however often the
  // same load runs. False when it was stored already.
  bool addIssue(std::int64_t sourceId, const Locator& locator, const std::string& refId,
                Severity severity, const std::string& message);

 private:
  struct OpenSource {
    std::string path;
    std::string format;
    SequenceHash fingerprint;  // of every (locator, ref_id, content_hash) read, in order
    std::uint64_t issues = 0;
  };

  void dropRedundantLoads(std::int64_t sourceId, const OpenSource& source, std::int64_t size,
                          const std::string& fingerprint);
  void dropSource(std::int64_t id);

  std::string loader_build_;
  std::unordered_map<std::int64_t, OpenSource> open_;
  std::string locator_text_;  // reused
  SQLite::Database& db_;
  SQLite::Statement insert_source_, complete_source_, find_redundant_loads_;
  SQLite::Statement delete_issues_of_source_, delete_cable_sources_of_source_, delete_source_;
  SQLite::Statement upsert_cable_source_, insert_issue_, find_sourceless_issue_;
};

}  // namespace cablecat
