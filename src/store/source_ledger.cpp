// sources, cable_sources and load_issues rows, and the fingerprint that
// recognizes a file loaded before.
#include "source_ledger.h"

#include <chrono>
#include <ctime>
#include <vector>

#include "reused_statements.h"
#include "storable_path.h"

namespace cablecat {

namespace {

// "row 7", "line 42", or empty when the locator has neither.
void describeLocator(const Locator& locator, std::string& out) {
  out.clear();
  if (locator.row > 0) {
    out += "row ";
    out += std::to_string(locator.row);
  } else if (locator.line > 0) {
    out += "line ";
    out += std::to_string(locator.line);
  }
}

std::string utcNow() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm parts{};
  gmtime_r(&now, &parts);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return text;
}

// Earlier loads of the file ?1 in format ?2 that the load ?5 (size ?3,
// fingerprint ?4, loader build ?6) makes redundant.
constexpr const char* kFindRedundantLoads =
    "SELECT s.id FROM sources AS s WHERE s.path = ?1 AND s.format = ?2 AND s.id <> ?5 AND ("
    // A complete load of the same size that read the same cables at the
    // same places: identical but for its issues.
    " (s.size = ?3 AND s.fingerprint = ?4) OR ("
    // An interrupted load, or one by another build, whose fingerprint may be
    // computed another way (FNV-1a before xxHash): redundant when this load
    // read again every form it recorded (same cable, place and text).
    "  (s.fingerprint IS NULL OR (s.size = ?3 AND s.loader_build IS NOT ?6)) AND NOT EXISTS ("
    "   SELECT 1 FROM cable_sources AS early WHERE early.source_id = s.id AND NOT EXISTS ("
    "    SELECT 1 FROM cable_sources AS again WHERE again.cable_id = early.cable_id AND "
    "    again.source_id = ?5 AND again.locator = early.locator AND "
    "    again.content_hash = early.content_hash))))";

}  // namespace

SourceLedger::SourceLedger(SQLite::Database& db, std::string loaderBuild)
    : loader_build_(std::move(loaderBuild)),
      db_(db),
      insert_source_(db, "INSERT INTO sources (path, format, loaded_at, digest, loader_build) "
                         "VALUES (?1, ?2, ?3, ?4, ?5)"),
      complete_source_(db,
                       "UPDATE sources SET size = ?2, cables_read = ?3, issues = ?4, "
                       "fingerprint = ?5, loaded_at = ?6 WHERE id = ?1"),
      find_redundant_loads_(db, kFindRedundantLoads),
      delete_issues_of_source_(db, "DELETE FROM load_issues WHERE source_id = ?1"),
      delete_cable_sources_of_source_(db, "DELETE FROM cable_sources WHERE source_id = ?1"),
      delete_source_(db, "DELETE FROM sources WHERE id = ?1"),
      upsert_cable_source_(db,
                           "INSERT INTO cable_sources (cable_id, source_id, locator, format, "
                           "content_hash) VALUES (?1, ?2, ?3, ?4, ?5) "
                           "ON CONFLICT (cable_id, source_id, locator) DO UPDATE SET "
                           "format = excluded.format, content_hash = excluded.content_hash"),
      insert_issue_(db,
                    "INSERT INTO load_issues (source_id, path, locator, ref_id, severity, message) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
      find_sourceless_issue_(db,
                             "SELECT 1 FROM load_issues WHERE source_id IS NULL AND path = ?2 AND "
                             "locator IS ?3 AND ref_id IS ?4 AND severity = ?5 AND message = ?6") {}

std::int64_t SourceLedger::begin(const std::string& givenPath, const std::string& format,
                                 const std::string& digest) {
  std::string path = storablePath(givenPath);
  std::string now = utcNow();
  insert_source_.bind(1, path);
  insert_source_.bindNoCopy(2, format);
  insert_source_.bindNoCopy(3, now);
  bindText(insert_source_, 4, digest);
  bindText(insert_source_, 5, loader_build_);
  run(insert_source_);
  std::int64_t id = db_.getLastInsertRowid();
  open_[id] = OpenSource{path, format, {}, 0};
  return id;
}

void SourceLedger::recordForm(std::int64_t sourceId, std::int64_t cableId, const Cable& cable,
                              const Locator& locator, const std::string& format) {
  describeLocator(locator, locator_text_);
  if (locator_text_.empty()) locator_text_ = "file";  // a whole-file form (single cable)
  upsert_cable_source_.bind(1, cableId);
  upsert_cable_source_.bind(2, sourceId);
  upsert_cable_source_.bindNoCopy(3, locator_text_);
  upsert_cable_source_.bindNoCopy(4, format);
  upsert_cable_source_.bindNoCopy(5, cable.content_hash);
  run(upsert_cable_source_);
  if (auto source = open_.find(sourceId); source != open_.end()) {
    SequenceHash& fingerprint = source->second.fingerprint;
    fingerprint.add(locator_text_);
    fingerprint.add(cable.ref_id);
    fingerprint.add(cable.content_hash);
  }
}

void SourceLedger::end(std::int64_t sourceId, std::uint64_t bytes, std::uint64_t cablesRead) {
  auto source = open_.find(sourceId);
  if (source == open_.end()) return;
  std::string fingerprint = source->second.fingerprint.hex();
  auto size = static_cast<std::int64_t>(bytes);
  dropRedundantLoads(sourceId, source->second, size, fingerprint);
  std::string now = utcNow();
  complete_source_.bind(1, sourceId);
  complete_source_.bind(2, size);
  complete_source_.bind(3, static_cast<std::int64_t>(cablesRead));
  complete_source_.bind(4, static_cast<std::int64_t>(source->second.issues));
  complete_source_.bindNoCopy(5, fingerprint);
  complete_source_.bindNoCopy(6, now);
  run(complete_source_);
  open_.erase(source);
}

// This load's row, provenance and issues replace the redundant ones. The
// earlier row goes rather than this one, because SQLite would hand the id
// of a deleted newest row to the next source; a row still open in this load
// (the same file given twice) stays.
void SourceLedger::dropRedundantLoads(std::int64_t sourceId, const OpenSource& source,
                                      std::int64_t size, const std::string& fingerprint) {
  SQLite::Statement& find = find_redundant_loads_;
  find.bindNoCopy(1, source.path);
  find.bindNoCopy(2, source.format);
  find.bind(3, size);
  find.bindNoCopy(4, fingerprint);
  find.bind(5, sourceId);
  bindText(find, 6, loader_build_);
  std::vector<std::int64_t> redundant;
  while (find.executeStep()) {
    std::int64_t id = find.getColumn(0).getInt64();
    if (!open_.contains(id)) redundant.push_back(id);
  }
  find.reset();
  for (std::int64_t id : redundant) dropSource(id);
}

void SourceLedger::dropSource(std::int64_t id) {
  runWithId(delete_issues_of_source_, id);
  runWithId(delete_cable_sources_of_source_, id);
  runWithId(delete_source_, id);
}

bool SourceLedger::addIssue(std::int64_t sourceId, const Locator& locator, const std::string& refId,
                            Severity severity, const std::string& message) {
  std::string where;
  describeLocator(locator, where);
  auto source = open_.find(sourceId);
  std::string issuePath = storablePath(locator.path);
  if (issuePath.empty() && source != open_.end()) issuePath = source->second.path;
  std::string severityText = severityName(severity);
  auto bindIssue = [&](SQLite::Statement& statement) {
    statement.bindNoCopy(2, issuePath);
    bindText(statement, 3, where);
    bindText(statement, 4, refId);
    statement.bindNoCopy(5, severityText);
    statement.bindNoCopy(6, message);
  };
  if (sourceId == 0) {
    bindIssue(find_sourceless_issue_);
    bool known = find_sourceless_issue_.executeStep();
    find_sourceless_issue_.reset();
    if (known) return false;
    insert_issue_.bind(1);
  } else {
    insert_issue_.bind(1, sourceId);
  }
  bindIssue(insert_issue_);
  run(insert_issue_);
  if (source != open_.end()) ++source->second.issues;
  return true;
}

}  // namespace cablecat
