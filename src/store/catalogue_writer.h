// Writes parsed cables into a catalogue: upsert by reference ID, provenance,
// load issues, batched transactions. Never parses text.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "../parse/cable.h"

namespace cablecat {

struct WriterOptions {
  bool full_text_search = true;   // maintain cables_fts (off: --no-fts)
  std::size_t batch_size = 10000; // cables per committed transaction
  bool all_or_nothing = false;    // one transaction for the whole load (--bail)
};

enum class WriteOutcome {
  inserted,   // a new cable
  replaced,   // this form wins over the stored one (more complete); children rewritten
  unchanged,  // the same text was already stored; only provenance recorded
  kept,       // the stored form wins; only provenance recorded
};

struct LoadCounts {
  std::uint64_t inserted = 0, replaced = 0, unchanged = 0, kept = 0, issues = 0;
};

class CatalogueWriter {
 public:
  // Opens (creating if needed) the catalogue. Throws CatalogueError.
  CatalogueWriter(const std::string& path, WriterOptions options);
  ~CatalogueWriter();  // rolls back an unfinished batch
  CatalogueWriter(const CatalogueWriter&) = delete;
  CatalogueWriter& operator=(const CatalogueWriter&) = delete;

  // Registers an input file; returns its sources.id.
  std::int64_t beginSource(const std::string& path, const std::string& format);
  void endSource(std::int64_t source_id, std::uint64_t bytes, std::uint64_t cables_read);

  WriteOutcome write(const Cable& cable, std::int64_t source_id, const Locator& locator,
                     const std::string& format);

  // source_id 0: the problem is not tied to a registered source.
  void recordIssue(std::int64_t source_id, const Locator& locator, const std::string& ref_id,
                   Severity severity, const std::string& message);

  // Commits the last batch and finishes deferred work (indexes, FTS).
  void finish();
  // Drops everything written since the writer opened (--bail).
  void abandon();

  const LoadCounts& counts() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cablecat
