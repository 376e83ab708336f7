// The catalogue writer: the plain upsert of each cable under the merge rule,
// in batched transactions, with the load's full-text mode told of every
// change. Where it writes, how it indexes and what it records of provenance
// are the jobs of CatalogueTarget, FullTextIndex and SourceLedger.
#include "catalogue_writer.h"

#include <SQLiteCpp/Transaction.h>

#include <optional>
#include <utility>

#include "cable_rows.h"
#include "catalogue_errors.h"
#include "catalogue_file.h"
#include "catalogue_target.h"
#include "full_text_choice.h"
#include "planner_statistics.h"
#include "source_ledger.h"
#include "storable_children.h"
#include "stored_cables.h"

namespace cablecat {

namespace {

CatalogueTarget openTarget(const std::string& path, const WriterOptions& options) {
  try {
    return CatalogueTarget(path, options.build_new_catalogue_aside);
  } catch (const SQLite::Exception& failure) {
    throwCatalogueFailure(path, failure);
  }
}

}  // namespace

// The state of one load and the steps the public methods share.
struct CatalogueWriter::Impl {
  Impl(const std::string& targetPath, WriterOptions writerOptions);

  void ensureUsable() const;
  // Opens the next batch's transaction; the first also begins the
  // full-text mode.
  void ensureTransaction();
  void commitBatch();
  void countCableInBatch();
  // Inserts a new cable, or writes what the merge rule decides for a new
  // form of a stored one. Returns the cable's id and what happened.
  std::pair<std::int64_t, WriteOutcome> upsert(const Cable& cable, const std::string& format);
  void count(WriteOutcome outcome);
  void addIssue(std::int64_t sourceId, const Locator& locator, const std::string& refId,
                Severity severity, const std::string& message);
  void releaseStatements() noexcept;

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
  bool failed = false;  // a write or finish() threw; the load cannot go on
  LoadCounts counts;
};

CatalogueWriter::Impl::Impl(const std::string& targetPath, WriterOptions writerOptions)
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
    throwCatalogueFailure(path, failure);
  }
}

void CatalogueWriter::Impl::ensureUsable() const {
  if (done) throw CatalogueError(path + ": the load was already finished or abandoned");
  if (failed) throw CatalogueError(path + ": an earlier write failed; the load cannot go on");
}

void CatalogueWriter::Impl::ensureTransaction() {
  if (transaction) return;
  transaction.emplace(target.db(), SQLite::TransactionBehavior::IMMEDIATE);
  if (target.othersCommittedSince()) stored->forgetAll();
  if (!began) {
    began = true;
    full_text->begin();
  }
}

void CatalogueWriter::Impl::commitBatch() {
  if (!transaction) return;
  transaction->commit();
  transaction.reset();
  cables_in_batch = 0;
}

void CatalogueWriter::Impl::countCableInBatch() {
  ++cables_in_batch;
  bool oneTransaction = options.all_or_nothing || target.builtAside();
  if (!oneTransaction && cables_in_batch >= options.batch_size) commitBatch();
}

std::pair<std::int64_t, WriteOutcome> CatalogueWriter::Impl::upsert(const Cable& cable,
                                                                    const std::string& format) {
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

void CatalogueWriter::Impl::count(WriteOutcome outcome) {
  switch (outcome) {
    case WriteOutcome::inserted: ++counts.inserted; break;
    case WriteOutcome::replaced: ++counts.replaced; break;
    case WriteOutcome::unchanged: ++counts.unchanged; break;
    case WriteOutcome::kept: ++counts.kept; break;
  }
}

void CatalogueWriter::Impl::addIssue(std::int64_t sourceId, const Locator& locator,
                                     const std::string& refId, Severity severity,
                                     const std::string& message) {
  if (ledger->addIssue(sourceId, locator, refId, severity, message)) ++counts.issues;
}

void CatalogueWriter::Impl::releaseStatements() noexcept {
  full_text.reset();  // also stops the threads of a sharded index
  ledger.reset();
  stored.reset();
  rows.reset();
}

CatalogueWriter::CatalogueWriter(const std::string& path, WriterOptions options)
    : impl_(std::make_unique<Impl>(path, std::move(options))) {}

CatalogueWriter::~CatalogueWriter() {
  if (impl_) abandon();
}

std::int64_t CatalogueWriter::beginSource(const std::string& path, const std::string& format,
                                          const std::string& digest) {
  impl_->ensureUsable();
  impl_->ensureTransaction();
  return impl_->ledger->begin(path, format, digest);
}

void CatalogueWriter::endSource(std::int64_t source_id, std::uint64_t bytes,
                                std::uint64_t cables_read) {
  impl_->ensureUsable();
  impl_->ensureTransaction();
  impl_->ledger->end(source_id, bytes, cables_read);
}

WriteOutcome CatalogueWriter::write(const Cable& cable, std::int64_t source_id,
                                    const Locator& locator, const std::string& format) {
  Impl& load = *impl_;
  load.ensureUsable();
  if (cable.ref_id.empty())
    throw CatalogueError(locator.describe() + ": a cable without reference ID cannot be stored");
  load.ensureTransaction();
  try {
    for (const ChildIssue& issue : unstorableChildren(cable))
      load.addIssue(source_id, locator, cable.ref_id, issue.severity, issue.message);
    auto [id, outcome] = load.upsert(cable, format);
    load.ledger->recordForm(source_id, id, cable, locator, format);
    load.count(outcome);
    load.countCableInBatch();
    return outcome;
  } catch (...) {
    load.failed = true;
    load.transaction.reset();  // rolls the batch back
    throw;
  }
}

void CatalogueWriter::recordIssue(std::int64_t source_id, const Locator& locator,
                                  const std::string& ref_id, Severity severity,
                                  const std::string& message) {
  impl_->ensureUsable();
  impl_->ensureTransaction();
  impl_->addIssue(source_id, locator, ref_id, severity, message);
}

void CatalogueWriter::finish() {
  Impl& load = *impl_;
  load.ensureUsable();
  try {
    const FinishPhaseListener& phases = load.options.finish_phases;
    load.ensureTransaction();  // an empty load still begins its full-text mode
    announce(phases, FinishPhase::last_batch);
    load.commitBatch();
    if (load.target.builtAside()) announce(phases, FinishPhase::indexes);
    load.target.completeSchema();
    load.full_text->finish(phases);
    load.releaseStatements();
    if (load.target.builtAside())
      announce(phases, FinishPhase::publishing);
    else  // a new catalogue got its statistics with its indexes (schema/008)
      refreshStalePlannerStatistics(load.target.db(), phases);
    load.target.publish();
    load.done = true;
  } catch (...) {
    load.failed = true;
    throw;
  }
}

void CatalogueWriter::abandon() {
  Impl& load = *impl_;
  if (load.done) return;
  load.done = true;
  load.transaction.reset();
  load.releaseStatements();
  load.target.discard();
}

const LoadCounts& CatalogueWriter::counts() const { return impl_->counts; }

const LoadedFiles& CatalogueWriter::loadedFiles() const { return impl_->loaded_files; }

bool CatalogueWriter::createsCatalogue() const { return impl_->target.builtAside(); }

}  // namespace cablecat
