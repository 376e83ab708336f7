// The catalogue writer: upserts cables with their children and provenance in
// batched transactions, on a live WAL catalogue or on a new one built aside.
#include "catalogue_writer.h"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <optional>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "bulk_build.h"
#include "catalogue_file.h"
#include "early_writeback.h"
#include "foreign_commits.h"
#include "form_rank.h"
#include "full_text_builder.h"
#include "parse/text_encoding.h"
#include "writer_statements.h"

namespace cablecat {

namespace {

// Container metadata that a form may lack and another form supplies; bit
// numbers follow the findCable and fillCable column order.
enum MetadataBit : unsigned {
  kMissingCreated = 1u << 0, kMissingReleased = 1u << 1, kMissingClassification = 1u << 2,
  kMissingOrigin = 1u << 3, kMissingSubject = 1u << 4, kMissingPublishedRefId = 1u << 5,
};

unsigned missingMetadata(const Cable& cable) {
  unsigned missing = 0;
  if (cable.created.empty()) missing |= kMissingCreated;
  if (cable.released.empty()) missing |= kMissingReleased;
  if (cable.classification.empty()) missing |= kMissingClassification;
  if (cable.origin.empty()) missing |= kMissingOrigin;
  if (cable.subject.empty()) missing |= kMissingSubject;
  if (cable.published_ref_id.empty()) missing |= kMissingPublishedRefId;
  return missing;
}

// Which published reference list wins: the longest, then the greatest hash —
// a pure maximum, so the order of loading does not matter.
struct ListedRefsKey {
  std::int64_t count = 0;
  std::uint64_t hash = 0;
  auto operator<=>(const ListedRefsKey&) const = default;
};

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

void fnvAdd(std::uint64_t& hash, std::string_view text) {
  for (char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * kFnvPrime;
  hash = (hash ^ 0xffu) * kFnvPrime;  // separator, so "ab","c" differs from "a","bc"
}

ListedRefsKey listedRefsKey(const std::vector<std::string>& refs) {
  ListedRefsKey key{0, kFnvOffset};
  for (const std::string& ref : refs) {
    if (ref.empty()) continue;
    ++key.count;
    fnvAdd(key.hash, ref);
  }
  return key;
}

bool isRecipientKind(const std::string& kind) {
  return kind == "to" || kind == "info" || kind == "xmt";
}
bool isTagKind(const std::string& kind) {
  return kind == "geo" || kind == "program" || kind == "subject" || kind == "person" ||
         kind == "org" || kind == "keyword";
}
bool isReferenceKind(const std::string& kind) {
  return kind == "cable" || kind == "email" || kind == "memo" || kind == "telcon" ||
         kind == "report" || kind == "web" || kind == "other";
}

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

std::string hex64(std::uint64_t value) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
  return text;
}

// What the writer remembers about a stored cable during a load, so a new
// catalogue needs no SELECT per cable.
struct StoredCable {
  std::int64_t id = 0;
  std::string content_hash;
  int format_priority = 0;
  unsigned missing = 0;                        // MetadataBit set of NULL columns
  std::optional<ListedRefsKey> listed_refs;    // unknown until needed
};

struct SourceState {
  std::string path;
  std::string format;
  std::uint64_t fingerprint = kFnvOffset;
  std::uint64_t issues = 0;
};

enum class FullTextMode {
  incremental,        // maintain cables_fts row by row
  rebuild_at_finish,  // index everything at the end (index stale, or one core only)
  background,         // new catalogue: a FullTextBuilder indexes on other threads
  off,                // leave cables_fts empty and mark it stale
};

constexpr const char* kFtsStaleKey = "fts_stale";

// File names are bytes; the catalogue holds text every client can read
// (Python's sqlite3 refuses a column that is not UTF-8): a name in another
// encoding is stored as the cable texts are, read as Windows-1252.
std::string storablePath(std::string path) {
  repairUtf8(path);
  return path;
}

}  // namespace

void LoadedFiles::add(const std::string& path, const std::string& format,
                      const std::string& digest) {
  keys_.insert(key(path, format, digest));
}

bool LoadedFiles::contains(const std::string& path, const std::string& format,
                           const std::string& digest) const {
  return !digest.empty() && keys_.contains(key(path, format, digest));
}

std::string LoadedFiles::key(const std::string& path, const std::string& format,
                             const std::string& digest) {
  std::string joined = storablePath(path);
  joined.reserve(joined.size() + format.size() + digest.size() + 2);
  joined.push_back('\0');
  joined.append(format).push_back('\0');
  joined.append(digest);
  return joined;
}

struct CatalogueWriter::Impl {
  std::string path;
  WriterOptions options;
  bool built_aside = false;      // fast path: writing `build_path`, published by finish()
  std::optional<BlankTargetClaim> target_claim;  // held from the decision to build aside until publishing
  std::optional<ForeignCommits> foreign_commits;  // live catalogue: other loads may write between batches
  std::string build_path;
  std::optional<EarlyWriteback> writeback;  // of build_path, while it is written
  std::optional<SQLite::Database> db;
  std::optional<WriterStatements> statements;
  std::optional<SQLite::Transaction> transaction;
  std::unique_ptr<FullTextBuilder> full_text_builder;
  std::size_t cables_in_batch = 0;
  bool had_cables = false;       // the catalogue held cables before this load
  bool start_work_pending = true;
  bool done = false;             // finish() or abandon() ran
  bool failed = false;           // a write threw; the batch is gone
  FullTextMode full_text = FullTextMode::incremental;
  LoadCounts counts;

  // Cables written or looked up lately. Bounded, so memory does not grow with
  // the input: when full it is emptied, and lookups go to the catalogue.
  std::unordered_map<std::string, StoredCable> cables;
  bool forgot_cables = false;    // `cables` was emptied: a miss means "ask SQLite"
  std::unordered_map<std::string, std::int64_t> tag_ids;
  std::unordered_map<std::int64_t, SourceState> sources;
  LoadedFiles loaded_files;

  // Reused buffers: no allocation per cable once warm.
  std::string locator_text, signer_text;
  std::vector<const Recipient*> recipient_rows;
  std::vector<std::pair<const Tag*, std::int64_t>> tag_rows;  // tag, tags.id
  std::vector<const Reference*> reference_rows;
  std::vector<const std::string*> listed_rows;

  Impl(const std::string& targetPath, WriterOptions writerOptions)
      : path(targetPath), options(writerOptions) {
    if (options.batch_size == 0) options.batch_size = 1;
    bool canBuildAside = options.build_new_catalogue_aside && path != ":memory:" &&
                         !path.empty() && path.rfind("file:", 0) != 0;
    try {
      if (canBuildAside) {
        removeStaleBulkBuilds(path);
        target_claim = BlankTargetClaim::take(path);
      }
      built_aside = target_claim.has_value();
      if (built_aside) {
        build_path = bulkBuildPath(path);
        db.emplace(openBulkBuild(build_path));
        writeback.emplace(build_path);
      } else {
        db.emplace(openCatalogueForWriting(path));
        // WAL: readers keep reading while batches commit.
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA synchronous = NORMAL");
        db->exec("PRAGMA cache_size = -32768");
        db->exec("PRAGMA journal_size_limit = 67108864");
        had_cables = db->execAndGet("SELECT EXISTS (SELECT 1 FROM cables)").getInt() == 1;
        foreign_commits.emplace(*db);
      }
      prepare();
    } catch (const SQLite::Exception& failure) {
      abandon();
      throwCatalogueFailure(path, failure);
    } catch (...) {
      abandon();
      throw;
    }
  }

  void prepare() {
    statements.emplace(*db);
    SQLite::Statement tags(*db, "SELECT id, code FROM tags");
    while (tags.executeStep()) tag_ids.emplace(tags.getColumn(1).getText(), tags.getColumn(0).getInt64());
    if (!options.loader_build.empty()) {
      SQLite::Statement completed(*db,
                                  "SELECT path, format, digest FROM sources WHERE fingerprint IS "
                                  "NOT NULL AND digest IS NOT NULL AND loader_build = ?1");
      completed.bindNoCopy(1, options.loader_build);
      while (completed.executeStep())
        loaded_files.add(completed.getColumn(0).getText(), completed.getColumn(1).getText(),
                         completed.getColumn(2).getText());
    }

    bool ftsStale = db->execAndGet("SELECT EXISTS (SELECT 1 FROM catalogue_settings WHERE key = '" +
                                   std::string(kFtsStaleKey) + "')")
                        .getInt() == 1;
    if (!options.full_text_search)
      full_text = FullTextMode::off;
    else if (built_aside && options.full_text_alongside && std::thread::hardware_concurrency() > 1)
      full_text = FullTextMode::background;
    else if (built_aside || ftsStale)
      full_text = FullTextMode::rebuild_at_finish;
    else
      full_text = FullTextMode::incremental;
  }

  // ---- transactions -------------------------------------------------------

  void ensureUsable() const {
    if (done) throw CatalogueError(path + ": the load was already finished or abandoned");
    if (failed) throw CatalogueError(path + ": an earlier write failed; the load cannot go on");
  }

  void ensureTransaction() {
    if (transaction) return;
    transaction.emplace(*db, SQLite::TransactionBehavior::IMMEDIATE);
    if (foreign_commits && foreign_commits->happenedSince(*db)) {
      cables.clear();  // another load wrote since: what was remembered may be stale
      forgot_cables = true;
    }
    if (start_work_pending) {
      start_work_pending = false;
      if (full_text == FullTextMode::off) markFullTextStale();
      if (full_text == FullTextMode::background)
        full_text_builder = std::make_unique<FullTextBuilder>(fullTextWorkPath(build_path), fullTextThreads());
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
    bool oneTransaction = options.all_or_nothing || built_aside;
    if (!oneTransaction && cables_in_batch >= options.batch_size) commitBatch();
  }

  void markFullTextStale() {
    // An external-content index must match its table exactly; rather than let
    // it drift while cables change unindexed, empty it and rebuild later.
    db->exec("INSERT INTO cables_fts (cables_fts) VALUES ('delete-all')");
    db->exec(std::string("INSERT OR REPLACE INTO catalogue_settings (key, value) VALUES ('") +
             kFtsStaleKey + "', '1')");
  }

  int fullTextThreads() const {
    if (options.full_text_threads > 0) return options.full_text_threads;
    return static_cast<int>(std::max(std::thread::hardware_concurrency(), 1u));
  }

  void rebuildFullText() {
    // A big in-memory hash makes FTS5 write far fewer, larger segments; the
    // default is restored so later small loads do not hold that much memory.
    db->exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('hashsize', 268435456)");
    db->exec("INSERT INTO cables_fts (cables_fts) VALUES ('rebuild')");
    db->exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('hashsize', 1048576)");
    db->exec(std::string("DELETE FROM catalogue_settings WHERE key = '") + kFtsStaleKey + "'");
  }

  // ---- lookups ------------------------------------------------------------

  void forgetCablesWhenFull() {
    if (cables.size() < options.remembered_cables) return;
    cables.clear();
    forgot_cables = true;
  }

  StoredCable* findStored(const std::string& refId) {
    if (auto found = cables.find(refId); found != cables.end()) return &found->second;
    if (!had_cables && !forgot_cables) return nullptr;
    SQLite::Statement& find = statements->findCable;
    find.bindNoCopy(1, refId);
    StoredCable* stored = nullptr;
    if (find.executeStep()) {
      StoredCable entry;
      entry.id = find.getColumn(0).getInt64();
      entry.content_hash = find.getColumn(1).getText();
      entry.missing = static_cast<unsigned>(find.getColumn(2).getInt());
      std::string_view formats = find.getColumn(3).getText();
      while (!formats.empty()) {
        std::size_t comma = formats.find(',');
        entry.format_priority =
            std::max(entry.format_priority, formatPriority(formats.substr(0, comma)));
        formats = comma == std::string_view::npos ? std::string_view() : formats.substr(comma + 1);
      }
      stored = &cables.emplace(refId, std::move(entry)).first->second;
    }
    find.reset();
    return stored;
  }

  // Rank of the stored form, measured on its stored text (rarely needed: only
  // when a different form of a known cable arrives).
  bool newFormWins(const StoredCable& stored, const Cable& cable, const std::string& format) {
    FormRank incoming =
        rankForm(cable.is_partial, cable.header, cable.body, format, cable.content_hash);
    SQLite::Statement& select = statements->selectRankText;
    select.bind(1, stored.id);
    select.executeStep();
    SQLite::Column header = select.getColumn(1);
    SQLite::Column body = select.getColumn(2);
    FormRank current;
    current = rankForm(select.getColumn(0).getInt() != 0,
                       std::string_view(header.getText(), static_cast<std::size_t>(header.getBytes())),
                       std::string_view(body.getText(), static_cast<std::size_t>(body.getBytes())),
                       "", stored.content_hash);
    current.format_priority = stored.format_priority;
    bool wins = isBetterForm(incoming, current);
    select.reset();
    return wins;
  }

  std::int64_t tagId(const Tag& tag) {
    if (auto found = tag_ids.find(tag.code); found != tag_ids.end()) return found->second;
    SQLite::Statement& insert = statements->insertTag;
    insert.bindNoCopy(1, tag.code);
    insert.bindNoCopy(2, tag.kind);
    std::int64_t id = 0;
    if (run(insert) > 0) {
      id = db->getLastInsertRowid();
    } else {
      SQLite::Statement& select = statements->selectTagId;
      select.bindNoCopy(1, tag.code);
      select.executeStep();
      id = select.getColumn(0).getInt64();
      select.reset();
    }
    tag_ids.emplace(tag.code, id);
    return id;
  }

  // ---- writing ------------------------------------------------------------

  void bindCableColumns(SQLite::Statement& statement, const Cable& cable) {
    signer_text.clear();
    for (const std::string& signer : cable.signers) {
      if (signer.empty()) continue;
      if (!signer_text.empty()) signer_text += "; ";
      signer_text += signer;
    }
    statement.bindNoCopy(kRefId, cable.ref_id);
    statement.bind(kRefIdMalformed, cable.ref_id_malformed ? 1 : 0);
    bindText(statement, kCreated, cable.created);
    bindText(statement, kReleased, cable.released);
    bindText(statement, kClassification, cable.classification);
    bindText(statement, kOrigin, cable.origin);
    bindText(statement, kSubject, cable.subject);
    bindText(statement, kSummary, cable.summary);
    bindText(statement, kTransmissionId, cable.transmission_id);
    bindText(statement, kPrecedence, cable.precedence);
    bindText(statement, kDtg, cable.dtg);
    bindText(statement, kFromStation, cable.from_station);
    if (cable.section_count > 0)
      statement.bind(kSectionCount, cable.section_count);
    else
      statement.bind(kSectionCount);
    statement.bind(kIsPartial, cable.is_partial ? 1 : 0);
    bindText(statement, kDecl, cable.decl);
    bindText(statement, kClassifiedBy, cable.classified_by);
    bindText(statement, kSigner, signer_text);
    bindText(statement, kHeader, cable.header);
    bindText(statement, kBody, cable.body);
    bindText(statement, kPublishedRefId, cable.published_ref_id);
    statement.bindNoCopy(kContentHash, cable.content_hash);
  }

  void writeChildren(std::int64_t id, const Cable& cable) {
    WriterStatements& s = *statements;
    recipient_rows.clear();
    int exclusionPosition = 0;
    for (const Recipient& recipient : cable.recipients) {
      if (recipient.address.empty() || !isRecipientKind(recipient.kind)) continue;
      if (recipient.kind != "xmt") {
        recipient_rows.push_back(&recipient);
        continue;
      }
      s.insertExclusion.bind(1, id);
      s.insertExclusion.bind(2, ++exclusionPosition);
      bindText(s.insertExclusion, 3, recipient.routing_indicator);
      s.insertExclusion.bindNoCopy(4, recipient.address);
      run(s.insertExclusion);
    }
    MultiRowInsert& recipients = s.insertRecipients;
    insertRows(recipients, recipient_rows.size(), [&](SQLite::Statement& insert, int row, std::size_t index) {
      const Recipient& recipient = *recipient_rows[index];
      insert.bind(recipients.parameter(row, 1), id);
      insert.bind(recipients.parameter(row, 2), static_cast<int>(index) + 1);
      insert.bindNoCopy(recipients.parameter(row, 3), recipient.kind);
      bindText(insert, recipients.parameter(row, 4), recipient.routing_indicator);
      insert.bindNoCopy(recipients.parameter(row, 5), recipient.address);
      bindText(insert, recipients.parameter(row, 6), recipient.precedence);
      bindText(insert, recipients.parameter(row, 7), recipient.serial);
    });

    tag_rows.clear();
    for (const Tag& tag : cable.tags)
      if (!tag.code.empty() && isTagKind(tag.kind)) tag_rows.emplace_back(&tag, tagId(tag));
    MultiRowInsert& tags = s.insertCableTags;
    insertRows(tags, tag_rows.size(), [&](SQLite::Statement& insert, int row, std::size_t index) {
      insert.bind(tags.parameter(row, 1), id);
      insert.bind(tags.parameter(row, 2), tag_rows[index].second);
      insert.bind(tags.parameter(row, 3), static_cast<int>(index) + 1);
      bindText(insert, tags.parameter(row, 4), tag_rows[index].first->written);
    });

    reference_rows.clear();
    for (const Reference& reference : cable.references)
      if (!reference.raw.empty()) reference_rows.push_back(&reference);
    MultiRowInsert& refs = s.insertRefs;
    insertRows(refs, reference_rows.size(), [&](SQLite::Statement& insert, int row, std::size_t index) {
      const Reference& reference = *reference_rows[index];
      insert.bind(refs.parameter(row, 1), id);
      insert.bind(refs.parameter(row, 2), static_cast<int>(index) + 1);
      bindText(insert, refs.parameter(row, 3), reference.letter);
      insert.bindNoCopy(refs.parameter(row, 4), reference.raw);
      bindText(insert, refs.parameter(row, 5), reference.ref_id);
      if (isReferenceKind(reference.kind))
        insert.bindNoCopy(refs.parameter(row, 6), reference.kind);
      else
        insert.bindNoCopy(refs.parameter(row, 6), "other");
    });
  }

  void deleteChildren(std::int64_t id) {
    WriterStatements& s = *statements;
    for (SQLite::Statement* statement :
         {&s.deleteRecipients, &s.deleteExclusions, &s.deleteCableTags, &s.deleteRefs}) {
      statement->bind(1, id);
      run(*statement);
    }
  }

  void writeListedRefs(std::int64_t id, const std::vector<std::string>& refs) {
    listed_rows.clear();
    for (const std::string& ref : refs)
      if (!ref.empty()) listed_rows.push_back(&ref);
    MultiRowInsert& listed = statements->insertListedRefs;
    insertRows(listed, listed_rows.size(), [&](SQLite::Statement& insert, int row, std::size_t index) {
      insert.bind(listed.parameter(row, 1), id);
      insert.bind(listed.parameter(row, 2), static_cast<int>(index) + 1);
      insert.bindNoCopy(listed.parameter(row, 3), *listed_rows[index]);
    });
  }

  ListedRefsKey storedListedRefs(StoredCable& stored) {
    if (stored.listed_refs) return *stored.listed_refs;
    ListedRefsKey key{0, kFnvOffset};
    SQLite::Statement& select = statements->selectListedRefs;
    select.bind(1, stored.id);
    while (select.executeStep()) {
      ++key.count;
      fnvAdd(key.hash, select.getColumn(0).getText());
    }
    select.reset();
    stored.listed_refs = key;
    return key;
  }

  // Keeps the longest published reference list of all forms.
  void mergeListedRefs(StoredCable& stored, const Cable& cable) {
    if (!cable.has_listed_references) return;
    ListedRefsKey incoming = listedRefsKey(cable.listed_references);
    if (incoming <= storedListedRefs(stored)) return;
    statements->deleteListedRefs.bind(1, stored.id);
    run(statements->deleteListedRefs);
    writeListedRefs(stored.id, cable.listed_references);
    stored.listed_refs = incoming;
  }

  StoredCable& insertNew(const Cable& cable, const std::string& format) {
    SQLite::Statement& insert = statements->insertCable;
    bindCableColumns(insert, cable);
    run(insert);
    StoredCable entry;
    entry.id = db->getLastInsertRowid();
    entry.content_hash = cable.content_hash;
    entry.format_priority = formatPriority(format);
    entry.missing = missingMetadata(cable);
    entry.listed_refs = cable.has_listed_references ? listedRefsKey(cable.listed_references)
                                                    : ListedRefsKey{0, kFnvOffset};
    writeChildren(entry.id, cable);
    writeListedRefs(entry.id, cable.listed_references);
    if (full_text == FullTextMode::incremental) {
      SQLite::Statement& fts = statements->ftsInsert;
      fts.bind(1, entry.id);
      bindText(fts, 2, cable.subject);
      bindText(fts, 3, cable.summary);
      bindText(fts, 4, cable.body);
      run(fts);
    } else if (full_text == FullTextMode::background) {
      full_text_builder->add(entry.id, cable.subject, cable.summary, cable.body);
    }
    return cables.emplace(cable.ref_id, std::move(entry)).first->second;
  }

  void replaceStored(StoredCable& stored, const Cable& cable, const std::string& format) {
    bool fts = full_text == FullTextMode::incremental;
    if (fts) runWithId(statements->ftsDeleteStored, stored.id);
    sendStoredText(stored.id, true);
    SQLite::Statement& replace = statements->replaceCable;
    bindCableColumns(replace, cable);
    replace.bind(kCableColumnCount + 1, stored.id);
    run(replace);
    deleteChildren(stored.id);
    writeChildren(stored.id, cable);
    if (fts) runWithId(statements->ftsInsertStored, stored.id);
    sendStoredText(stored.id, false);
    stored.content_hash = cable.content_hash;
    stored.format_priority = formatPriority(format);
    stored.missing &= missingMetadata(cable);
  }

  // Fills stored NULL metadata from a form that lost.
  void fillStored(StoredCable& stored, const Cable& cable) {
    unsigned fills = stored.missing & ~missingMetadata(cable);
    if (fills == 0) return;
    bool subjectChanges = (fills & kMissingSubject) != 0;
    bool fts = full_text == FullTextMode::incremental && subjectChanges;
    if (fts) runWithId(statements->ftsDeleteStored, stored.id);
    if (subjectChanges) sendStoredText(stored.id, true);
    SQLite::Statement& fill = statements->fillCable;
    bindText(fill, 1, cable.created);
    bindText(fill, 2, cable.released);
    bindText(fill, 3, cable.classification);
    bindText(fill, 4, cable.origin);
    bindText(fill, 5, cable.subject);
    bindText(fill, 6, cable.published_ref_id);
    fill.bind(7, stored.id);
    run(fill);
    if (fts) runWithId(statements->ftsInsertStored, stored.id);
    if (subjectChanges) sendStoredText(stored.id, false);
    stored.missing &= ~fills;
  }

  // Background indexing: passes a row's stored text to the builder, to
  // remove (before a change) or to add (after it).
  void sendStoredText(std::int64_t id, bool removal) {
    if (full_text != FullTextMode::background) return;
    SQLite::Statement& select = statements->selectIndexedText;
    select.bind(1, id);
    select.executeStep();
    auto text = [&](int column) {
      SQLite::Column value = select.getColumn(column);
      return std::string_view(value.getText(), static_cast<std::size_t>(value.getBytes()));
    };
    if (removal)
      full_text_builder->remove(id, text(0), text(1), text(2));
    else
      full_text_builder->add(id, text(0), text(1), text(2));
    select.reset();
  }

  void runWithId(SQLite::Statement& statement, std::int64_t id) {
    statement.bind(1, id);
    run(statement);
  }

  void recordProvenance(const StoredCable& stored, const Cable& cable, std::int64_t sourceId,
                        const std::string& format) {
    SQLite::Statement& upsert = statements->upsertCableSource;
    upsert.bind(1, stored.id);
    upsert.bind(2, sourceId);
    if (locator_text.empty()) locator_text = "file";  // a whole-file form (single cable)
    upsert.bindNoCopy(3, locator_text);
    upsert.bindNoCopy(4, format);
    upsert.bindNoCopy(5, cable.content_hash);
    run(upsert);
    if (auto source = sources.find(sourceId); source != sources.end()) {
      fnvAdd(source->second.fingerprint, locator_text);
      fnvAdd(source->second.fingerprint, cable.ref_id);
      fnvAdd(source->second.fingerprint, cable.content_hash);
    }
  }

  // Child rows the schema cannot hold are left out; say so in load_issues.
  void reportUnstorableChildren(const Cable& cable, std::int64_t sourceId, const Locator& locator) {
    std::size_t position = 0;
    for (const Recipient& recipient : cable.recipients) {
      ++position;
      if (!isRecipientKind(recipient.kind))
        addIssue(sourceId, locator, cable.ref_id, Severity::warning,
                 "recipient " + std::to_string(position) + " (" + recipient.address +
                     ") has unknown kind '" + recipient.kind + "'; not stored");
      else if (recipient.address.empty())
        addIssue(sourceId, locator, cable.ref_id, Severity::warning,
                 "recipient " + std::to_string(position) + " has no address; not stored");
    }
    for (const Tag& tag : cable.tags) {
      if (tag.code.empty())
        addIssue(sourceId, locator, cable.ref_id, Severity::warning, "empty tag code; not stored");
      else if (!isTagKind(tag.kind))
        addIssue(sourceId, locator, cable.ref_id, Severity::warning,
                 "tag '" + tag.code + "' has unknown kind '" + tag.kind + "'; not stored");
    }
    position = 0;
    for (const Reference& reference : cable.references) {
      ++position;
      if (reference.raw.empty())
        addIssue(sourceId, locator, cable.ref_id, Severity::warning,
                 "reference " + std::to_string(position) + " has no text; not stored");
      else if (!isReferenceKind(reference.kind))
        addIssue(sourceId, locator, cable.ref_id, Severity::note,
                 "reference '" + reference.raw + "' has unknown kind '" + reference.kind +
                     "'; stored as 'other'");
    }
  }

  WriteOutcome write(const Cable& cable, std::int64_t sourceId, const Locator& locator,
                     const std::string& format) {
    ensureUsable();
    if (cable.ref_id.empty())
      throw CatalogueError(locator.describe() + ": a cable without reference ID cannot be stored");
    ensureTransaction();
    try {
      reportUnstorableChildren(cable, sourceId, locator);
      describeLocator(locator, locator_text);
      forgetCablesWhenFull();
      WriteOutcome outcome;
      StoredCable* stored = findStored(cable.ref_id);
      if (stored == nullptr) {
        stored = &insertNew(cable, format);
        outcome = WriteOutcome::inserted;
      } else {
        if (stored->content_hash == cable.content_hash &&
            stored->format_priority == formatPriority(format)) {
          outcome = WriteOutcome::unchanged;
        } else if (newFormWins(*stored, cable, format)) {
          replaceStored(*stored, cable, format);
          outcome = WriteOutcome::replaced;
        } else {
          outcome = WriteOutcome::kept;
        }
        fillStored(*stored, cable);
        mergeListedRefs(*stored, cable);
      }
      recordProvenance(*stored, cable, sourceId, format);
      switch (outcome) {
        case WriteOutcome::inserted: ++counts.inserted; break;
        case WriteOutcome::replaced: ++counts.replaced; break;
        case WriteOutcome::unchanged: ++counts.unchanged; break;
        case WriteOutcome::kept: ++counts.kept; break;
      }
      countCableInBatch();
      return outcome;
    } catch (...) {
      failed = true;
      transaction.reset();  // rolls the batch back
      throw;
    }
  }

  // ---- sources and issues -------------------------------------------------

  std::int64_t beginSource(const std::string& sourcePath, const std::string& format,
                           const std::string& digest) {
    ensureUsable();
    ensureTransaction();
    SQLite::Statement& insert = statements->insertSource;
    std::string now = utcNow();
    insert.bindNoCopy(1, sourcePath);
    insert.bindNoCopy(2, format);
    insert.bindNoCopy(3, now);
    bindText(insert, 4, digest);
    bindText(insert, 5, options.loader_build);
    run(insert);
    std::int64_t id = db->getLastInsertRowid();
    sources[id] = SourceState{sourcePath, format, kFnvOffset, 0};
    return id;
  }

  void endSource(std::int64_t sourceId, std::uint64_t bytes, std::uint64_t cablesRead) {
    ensureUsable();
    ensureTransaction();
    auto state = sources.find(sourceId);
    if (state == sources.end()) return;
    WriterStatements& s = *statements;
    std::string fingerprint = hex64(state->second.fingerprint);
    std::int64_t size = static_cast<std::int64_t>(bytes);
    // The same file loaded before (same path, format, size and the same
    // cables at the same places): this load's row, provenance and issues
    // replace the earlier ones, which are identical but for the issues. The
    // earlier row goes rather than this one, because SQLite would hand the
    // id of a deleted newest row to the next source.
    std::vector<std::int64_t> earlier;
    s.findSameSource.bindNoCopy(1, state->second.path);
    s.findSameSource.bindNoCopy(2, state->second.format);
    s.findSameSource.bind(3, size);
    s.findSameSource.bindNoCopy(4, fingerprint);
    s.findSameSource.bind(5, sourceId);
    while (s.findSameSource.executeStep()) earlier.push_back(s.findSameSource.getColumn(0).getInt64());
    s.findSameSource.reset();
    for (std::int64_t id : earlier) dropSource(id);
    dropInterruptedLoadsOf(state->second, sourceId);
    std::string now = utcNow();
    s.completeSource.bind(1, sourceId);
    s.completeSource.bind(2, size);
    s.completeSource.bind(3, static_cast<std::int64_t>(cablesRead));
    s.completeSource.bind(4, static_cast<std::int64_t>(state->second.issues));
    s.completeSource.bindNoCopy(5, fingerprint);
    s.completeSource.bindNoCopy(6, now);
    run(s.completeSource);
    sources.erase(state);
  }

  // A load killed midway leaves a source row without fingerprint. Once the
  // same file loads completely, that partial record says nothing new and
  // goes, so an interrupted load plus a rerun equals one clean load.
  void dropInterruptedLoadsOf(const SourceState& state, std::int64_t completedId) {
    WriterStatements& s = *statements;
    std::vector<std::int64_t> interrupted;
    s.findInterruptedSources.bindNoCopy(1, state.path);
    s.findInterruptedSources.bindNoCopy(2, state.format);
    s.findInterruptedSources.bind(3, completedId);
    while (s.findInterruptedSources.executeStep()) {
      std::int64_t id = s.findInterruptedSources.getColumn(0).getInt64();
      if (!sources.contains(id)) interrupted.push_back(id);  // not one open in this load
    }
    s.findInterruptedSources.reset();
    for (std::int64_t id : interrupted) dropSource(id);
  }

  void dropSource(std::int64_t id) {
    WriterStatements& s = *statements;
    runWithId(s.deleteIssuesOfSource, id);
    runWithId(s.deleteCableSourcesOfSource, id);
    runWithId(s.deleteSource, id);
  }

  void addIssue(std::int64_t sourceId, const Locator& locator, const std::string& refId,
                Severity severity, const std::string& message) {
    std::string where;
    describeLocator(locator, where);
    std::string issuePath = storablePath(locator.path);
    auto source = sources.find(sourceId);
    if (issuePath.empty() && source != sources.end()) issuePath = source->second.path;
    std::string severityText = severityName(severity);
    auto bindIssue = [&](SQLite::Statement& statement) {
      statement.bindNoCopy(2, issuePath);
      bindText(statement, 3, where);
      bindText(statement, 4, refId);
      statement.bindNoCopy(5, severityText);
      statement.bindNoCopy(6, message);
    };
    if (sourceId == 0) {
      SQLite::Statement& find = statements->findSourcelessIssue;
      bindIssue(find);
      bool known = find.executeStep();
      find.reset();
      if (known) return;
    }
    SQLite::Statement& insert = statements->insertIssue;
    if (sourceId == 0)
      insert.bind(1);
    else
      insert.bind(1, sourceId);
    bindIssue(insert);
    run(insert);
    if (source != sources.end()) ++source->second.issues;
    ++counts.issues;
  }

  void recordIssue(std::int64_t sourceId, const Locator& locator, const std::string& refId,
                   Severity severity, const std::string& message) {
    ensureUsable();
    ensureTransaction();
    addIssue(sourceId, locator, refId, severity, message);
  }

  // ---- the end ------------------------------------------------------------

  void finish() {
    ensureUsable();
    ensureTransaction();  // also runs pending start work on an empty load
    if (full_text == FullTextMode::rebuild_at_finish && !built_aside) rebuildFullText();
    commitBatch();
    if (built_aside) {
      completeBulkSchema(*db);
      {
        SQLite::Transaction finalWork(*db);
        if (full_text == FullTextMode::rebuild_at_finish) rebuildFullText();
        if (full_text == FullTextMode::off) markFullTextStale();
        finalWork.commit();
      }
      if (full_text_builder) {
        bool stacked = full_text_builder->copyInto(*db);
        full_text_builder.reset();
        if (!stacked) {
          SQLite::Transaction rebuild(*db);
          rebuildFullText();
          rebuild.commit();
        }
      }
      db->exec("PRAGMA journal_mode = WAL");
      statements.reset();
      db.reset();
      writeback.reset();
      publishBulkBuild(build_path, *target_claim);
    } else {
      statements.reset();
      db.reset();  // the last connection checkpoints the WAL
    }
    done = true;
  }

  void abandon() noexcept {
    if (done) return;
    done = true;
    full_text_builder.reset();
    transaction.reset();
    statements.reset();
    db.reset();
    writeback.reset();
    if (built_aside) discardBulkBuild(build_path);
    target_claim.reset();
  }
};

CatalogueWriter::CatalogueWriter(const std::string& path, WriterOptions options)
    : impl_(std::make_unique<Impl>(path, options)) {}

CatalogueWriter::~CatalogueWriter() {
  if (impl_) impl_->abandon();
}

std::int64_t CatalogueWriter::beginSource(const std::string& path, const std::string& format,
                                          const std::string& digest) {
  return impl_->beginSource(storablePath(path), format, digest);
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
