// Writes parsed cables into a catalogue: upsert by reference ID under the
// merge rule (form_merge.h), provenance, load issues, batched transactions,
// and the full-text index in the mode chosen for the load. Never parses text.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "finish_phase.h"
#include "form_merge.h"
#include "loaded_files.h"
#include "parse/cable.h"

namespace cablecat {

struct WriterOptions {
  bool full_text_search = true;   // maintain cables_fts (off: --no-fts)
  std::size_t batch_size = 10000; // cables per committed transaction
  // The whole load is one transaction, so abandon() leaves the catalogue
  // exactly as it was before the load (load --bail).
  bool all_or_nothing = false;
  // A new or empty catalogue is built in `<db>.loading-<pid>` with bulk
  // settings and renamed into place by finish(). Off: always write in place.
  bool build_new_catalogue_aside = true;
  // A catalogue built aside gets its full-text index built by other threads
  // while cables are written. Off: one FTS5 'rebuild' at the end.
  bool full_text_alongside = true;
  // Threads building that index, each over a share of the rows (0: one per
  // core; at most FullTextBuilder::kMaxShards). Their indexes are stacked
  // into one at the end.
  int full_text_threads = 0;
  // Cables whose stored state the writer keeps in memory (about 200 bytes
  // each) to avoid a SELECT per cable; beyond it, it forgets them all and
  // asks the catalogue, so memory does not grow with the input.
  std::size_t remembered_cables = 65536;
  // Identifies the loading code (cli/loader_build.h); stored with each
  // source so a later load can tell whether reading it again changes anything.
  std::string loader_build;
  // Told each step finish() takes (the load's display names them).
  FinishPhaseListener finish_phases;
};

struct LoadCounts {
  std::uint64_t inserted = 0, replaced = 0, unchanged = 0, kept = 0, issues = 0;
};

class CatalogueWriter {
 public:
  // Opens (creating if needed) the catalogue. Throws CatalogueError.
  CatalogueWriter(const std::string& path, WriterOptions options);
  ~CatalogueWriter();  // like abandon() unless finish() ran
  CatalogueWriter(const CatalogueWriter&) = delete;
  CatalogueWriter& operator=(const CatalogueWriter&) = delete;

  // Registers an input file; returns its sources.id. `digest` (fileDigest;
  // empty when unknown, as for stdin) is stored with the loader build.
  std::int64_t beginSource(const std::string& path, const std::string& format,
                           const std::string& digest = "");
  // Completes the source's row. When the same file (path, format, size and
  // the same cables at the same places) was loaded before, the earlier row
  // and its provenance and issues are dropped for this load's, so reloading
  // a file adds no rows anywhere. The id stays valid.
  void endSource(std::int64_t source_id, std::uint64_t bytes, std::uint64_t cables_read);

  // Upserts by ref_id; see schema/001_catalogue.sql (cable_sources) for the
  // rule that picks which form of a cable is stored. Child rows the schema
  // cannot hold (unknown kinds, empty required text) are left out and
  // recorded in load_issues. If it throws, the current batch is rolled back
  // and the writer refuses further work.
  WriteOutcome write(const Cable& cable, std::int64_t source_id, const Locator& locator,
                     const std::string& format);

  // source_id 0: the problem is not tied to a registered source (such an
  // issue is stored once, however often the same load is repeated).
  void recordIssue(std::int64_t source_id, const Locator& locator, const std::string& ref_id,
                   Severity severity, const std::string& message);

  // Commits the last batch and finishes deferred work (indexes, FTS), and for
  // a catalogue built aside renames it into place.
  void finish();
  // Drops what is not yet committed: with all_or_nothing or a catalogue built
  // aside that is the whole load; otherwise the current batch only.
  void abandon();

  const LoadCounts& counts() const;

  // The completed sources of this loader build when the writer opened.
  const LoadedFiles& loadedFiles() const;

  // The catalogue is new (built aside, put in place by finish()): abandon()
  // leaves no file.
  bool createsCatalogue() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cablecat
