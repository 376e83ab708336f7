// The catalogue writer: the plain upsert of each cable under the merge rule,
// in batched transactions, with the load's full-text mode told of every
// change. Where it writes, how it indexes and what it records of provenance
// are the jobs of CatalogueTarget, FullTextIndex and SourceLedger.
#include "catalogue_writer.h"

#include <SQLiteCpp/Transaction.h>

#include <optional>
#include <utility>

#include "cable_rows.h"
#include "catalogue_file.h"
#include "catalogue_target.h"
#include "full_text_index.h"
#include "source_ledger.h"
#include "storable_children.h"
#include "stored_cables.h"

namespace cablecat {

namespace {

CatalogueTarget openTarget(const std::string& path, const WriterOptions& options) {
  try {
    return CatalogueTarget(path, options.build_new_catalogue_aside);
  } catch (const SQLite::Exception& failure) {
    throw CatalogueError(path + ": cannot prepare catalogue for writing: " + failure.what());
  }
}

}  // namespace

struct CatalogueWriter::Impl {
  // Declared in the order they must be built; destroyed the other way, so
  // every statement is finalized before the target closes the connection.
  std::string path;
  WriterOptions options;
  CatalogueTarget target;
  LoadedFiles loaded_files;
  std::unique_ptr<FullTextIndex> full_text;
  std::optional<CableRows> rows;
  std::optional<StoredCables> stored;
  std::optional<SourceLedger> ledger;
  std::optional<SQLite::Transaction> transaction;
  std::size_t cables_in_batch = 0;
  bool began = false;   // the first transaction opened
  bool done = false;    // finish() or abandon() ran
  bool failed = false;  // a write threw; the batch is gone
  LoadCounts counts;

  Impl(const std::string& targetPath, WriterOptions writerOptions)
      : path(targetPath), options(std::move(writerOptions)), target(openTarget(path, options)) {
    if (options.batch_size == 0) options.batch_size = 1;
    try {
      SQLite::Database& db = target.db();
      loaded_files = LoadedFiles::completedBy(db, options.loader_build);
      FullTextSettings fullText{options.full_text_search, target.builtAside(),
                                options.full_text_alongside, options.full_text_threads,
                                target.builtAside() ? target.fullTextWorkPath() : ""};
      full_text = chooseFullTextIndex(db, fullText);
      rows.emplace(db);
      stored.emplace(db, options.remembered_cables, target.hadCables());
      ledger.emplace(db, options.loader_build);
    } catch (const SQLite::Exception& failure) {
      throw CatalogueError(path + ": cannot prepare catalogue for writing: " + failure.what());
    }
  }

  // ---- transactions -------------------------------------------------------

  void ensureUsable() const {
    if (done) throw CatalogueError(path + ": the load was already finished or abandoned");
    if (failed) throw CatalogueError(path + ": an earlier write failed; the load cannot go on");
  }

  void ensureTransaction() {
    if (transaction) return;
    transaction.emplace(target.db(), SQLite::TransactionBehavior::IMMEDIATE);
    if (!began) {
      began = true;
      full_text->begin();
    }
  }

  void commitBatch() {
    if (!transaction) return;
    transaction->commit();
    transaction.reset();
    cables_in_batch = 0;
  }

  void countCableInBatch() {
    ++cables_in_batch;
    bool oneTransaction = options.all_or_nothing || target.builtAside();
    if (!oneTransaction && cables_in_batch >= options.batch_size) commitBatch();
  }

  // ---- cables -------------------------------------------------------------

  WriteOutcome write(const Cable& cable, std::int64_t sourceId, const Locator& locator,
                     const std::string& format) {
    ensureUsable();
    if (cable.ref_id.empty())
      throw CatalogueError(locator.describe() + ": a cable without reference ID cannot be stored");
    ensureTransaction();
    try {
      for (const ChildIssue& issue : unstorableChildren(cable))
        addIssue(sourceId, locator, cable.ref_id, issue.severity, issue.message);
      auto [id, outcome] = upsert(cable, format);
      ledger->recordForm(sourceId, id, cable, locator, format);
      count(outcome);
      countCableInBatch();
      return outcome;
    } catch (...) {
      failed = true;
      transaction.reset();  // rolls the batch back
      throw;
    }
  }

  // Inserts a new cable, or writes what the merge rule decides for a new
  // form of a stored one. Returns the cable's id and what happened.
  std::pair<std::int64_t, WriteOutcome> upsert(const Cable& cable, const std::string& format) {
    StoredCables::Entry* entry = stored->find(cable.ref_id);
    if (entry == nullptr) {
      std::int64_t id = rows->insert(cable);
      full_text->inserted(id, cable);
      stored->remember(cable.ref_id, id, firstForm(cable, format));
      return {id, WriteOutcome::inserted};
    }
    StoredCables::Facts facts(*stored, *entry);
    FormMerge merge = mergeForms(entry->form, cable, format, facts);
    std::int64_t id = entry->id;
    bool textChanges = merge.rewrite_cable || (merge.fill & kMissingSubject) != 0;
    if (textChanges) full_text->beforeTextChange(id);
    if (merge.rewrite_cable) rows->replace(id, cable);
    if (merge.fill != 0) rows->fill(id, cable);
    if (textChanges) full_text->afterTextChange(id);
    if (merge.replace_listed_refs) rows->replaceListedRefs(id, cable.listed_references);
    recordMerge(entry->form, merge, cable, format);
    return {id, merge.outcome};
  }

  void count(WriteOutcome outcome) {
    switch (outcome) {
      case WriteOutcome::inserted: ++counts.inserted; break;
      case WriteOutcome::replaced: ++counts.replaced; break;
      case WriteOutcome::unchanged: ++counts.unchanged; break;
      case WriteOutcome::kept: ++counts.kept; break;
    }
  }

  // ---- sources and issues -------------------------------------------------

  std::int64_t beginSource(const std::string& sourcePath, const std::string& format,
                           const std::string& digest) {
    ensureUsable();
    ensureTransaction();
    return ledger->begin(sourcePath, format, digest);
  }

  void endSource(std::int64_t sourceId, std::uint64_t bytes, std::uint64_t cablesRead) {
    ensureUsable();
    ensureTransaction();
    ledger->end(sourceId, bytes, cablesRead);
  }

  void recordIssue(std::int64_t sourceId, const Locator& locator, const std::string& refId,
                   Severity severity, const std::string& message) {
    ensureUsable();
    ensureTransaction();
    addIssue(sourceId, locator, refId, severity, message);
  }

  void addIssue(std::int64_t sourceId, const Locator& locator, const std::string& refId,
                Severity severity, const std::string& message) {
    if (ledger->addIssue(sourceId, locator, refId, severity, message)) ++counts.issues;
  }

  // ---- the end ------------------------------------------------------------

  void finish() {
    ensureUsable();
    try {
      ensureTransaction();  // an empty load still begins its full-text mode
      commitBatch();
      target.completeSchema();
      full_text->finish();
      releaseStatements();
      target.publish();
      done = true;
    } catch (...) {
      failed = true;
      throw;
    }
  }

  void abandon() noexcept {
    if (done) return;
    done = true;
    transaction.reset();
    releaseStatements();
    target.discard();
  }

  void releaseStatements() noexcept {
    full_text.reset();  // also stops the threads of a sharded index
    ledger.reset();
    stored.reset();
    rows.reset();
  }
};

CatalogueWriter::CatalogueWriter(const std::string& path, WriterOptions options)
    : impl_(std::make_unique<Impl>(path, std::move(options))) {}

CatalogueWriter::~CatalogueWriter() {
  if (impl_) impl_->abandon();
}

std::int64_t CatalogueWriter::beginSource(const std::string& path, const std::string& format,
                                          const std::string& digest) {
  return impl_->beginSource(path, format, digest);
}

void CatalogueWriter::endSource(std::int64_t source_id, std::uint64_t bytes,
                                std::uint64_t cables_read) {
  impl_->endSource(source_id, bytes, cables_read);
}

WriteOutcome CatalogueWriter::write(const Cable& cable, std::int64_t source_id,
                                    const Locator& locator, const std::string& format) {
  return impl_->write(cable, source_id, locator, format);
}

void CatalogueWriter::recordIssue(std::int64_t source_id, const Locator& locator,
                                  const std::string& ref_id, Severity severity,
                                  const std::string& message) {
  impl_->recordIssue(source_id, locator, ref_id, severity, message);
}

void CatalogueWriter::finish() { impl_->finish(); }

void CatalogueWriter::abandon() { impl_->abandon(); }

const LoadCounts& CatalogueWriter::counts() const { return impl_->counts; }

const LoadedFiles& CatalogueWriter::loadedFiles() const { return impl_->loaded_files; }

}  // namespace cablecat
