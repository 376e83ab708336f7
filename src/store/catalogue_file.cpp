// Creating, migrating and validating catalogue files.
#include "catalogue_file.h"

#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "planner_statistics.h"
#include "text_move_check.h"

namespace cablecat {

namespace schema_embed {
std::vector<EmbeddedFile> files();
}

std::vector<EmbeddedFile> schemaFiles() { return schema_embed::files(); }

int latestSchemaVersion() { return static_cast<int>(schemaFiles().size()); }

namespace {

bool isEmptyDatabase(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt() == 0;
}

void checkIsCatalogue(SQLite::Database& db, const std::string& path) {
  int applicationId = db.execAndGet("PRAGMA application_id").getInt();
  if (applicationId != kApplicationId)
    throw NotACatalogue(path + ": not a cablecat catalogue (it has other tables); "
                        "give another --db file");
  int version = db.execAndGet("PRAGMA user_version").getInt();
  if (version > latestSchemaVersion())
    throw NotACatalogue(path + ": catalogue schema version " + std::to_string(version) +
                        " is newer than this cablecat (" + std::to_string(latestSchemaVersion()) +
                        "); use a newer cablecat");
}

// True for a database that may become a catalogue: no tables and nothing
// another program marked it with. A catalogue passes checkIsCatalogue;
// anything else is refused before a byte of it changes.
bool checkWritable(SQLite::Database& db, const std::string& path) {
  if (!isEmptyDatabase(db)) {
    checkIsCatalogue(db, path);
    return false;
  }
  int applicationId = db.execAndGet("PRAGMA application_id").getInt();
  int version = db.execAndGet("PRAGMA user_version").getInt();
  if ((applicationId != 0 && applicationId != kApplicationId) || version != 0)
    throw NotACatalogue(path + ": not a cablecat catalogue (an SQLite file another program "
                               "marked: application_id " + std::to_string(applicationId) +
                        ", user_version " + std::to_string(version) + "); give another --db file");
  return true;
}

// Schema files that edit definitions in sqlite_schema itself (007: the
// full-text table, 011: CHECK constraints) leave SQLite's schema cookie as
// it was; other connections would keep the old definitions, and an ALTER
// TABLE of theirs would edit the new text at the old one's offsets. Every
// file raises it, so none can forget: every connection reads the schema
// again, as SQLite's documentation of such edits asks.
void raiseSchemaCookie(SQLite::Database& db) {
  int cookie = db.execAndGet("PRAGMA schema_version").getInt();
  db.exec("PRAGMA schema_version = " + std::to_string(cookie + 1));
}

void applyPendingSchema(SQLite::Database& db, const std::string& path) {
  int version = db.execAndGet("PRAGMA user_version").getInt();
  std::vector<EmbeddedFile> files = schemaFiles();
  for (int next = version; next < static_cast<int>(files.size()); ++next) {
    // Schema 9 rebuilds `cables`: an older catalogue's additions to it would be lost.
    if (version > 0 && files[next].name.starts_with("009_")) refuseToDropUserAdditionsToCables(db, path);
    SQLite::Transaction transaction(db);
    db.exec(std::string(files[next].content));
    raiseSchemaCookie(db);
    db.exec("PRAGMA user_version = " + std::to_string(next + 1));
    transaction.commit();
  }
  // A migration that rebuilt a table (schema 9: `cables`) dropped its
  // statistics; a new catalogue has no cable to gather them from.
  if (version > 0 && version < static_cast<int>(files.size())) refreshStalePlannerStatistics(db);
}

// "file:" URI of `path` with SQLite's immutable flag: no lock, no -shm, no
// -wal, nothing written. Only for files nothing else can change.
std::string immutableUri(const std::string& path) {
  std::string uri = "file:";
  for (unsigned char c : path) {
    if (c == '%' || c == '?' || c == '#' || c < 0x21 || c == 0x7F) {
      static const char* const kHex = "0123456789ABCDEF";
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 0xF];
    } else {
      uri += static_cast<char>(c);
    }
  }
  return uri + "?immutable=1";
}

// A catalogue on read-only media (a mounted snapshot, a CD) cannot get the
// -shm file a WAL catalogue needs even for reading. Nothing can change it
// there either, so it is read as immutable; unless a -shm is there, or a
// -wal holds commits the file lacks (copied mid-load): then SQLite reads it
// the usual way.
bool isOnReadOnlyMedia(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (fs::exists(path + "-shm", error)) return false;
  if (fs::exists(path + "-wal", error) && fs::file_size(path + "-wal", error) > 0) return false;
  struct statvfs media {};
  if (::statvfs(path.c_str(), &media) == 0 && (media.f_flag & ST_RDONLY) != 0) return true;
  fs::path folder = fs::path(path).has_parent_path() ? fs::path(path).parent_path() : ".";
  return ::access(folder.c_str(), W_OK) != 0 && ::access(path.c_str(), W_OK) != 0;
}

// A catalogue made before schema 9 has header and body in `cables`: the
// read verbs read the text through `cables_with_text` in every catalogue, so
// this connection gets that view over the old table. TEMP: it lives in the
// connection, and the file is not written.
void provideTextView(SQLite::Database& db) {
  if (db.tableExists("cable_texts") || !db.tableExists("cables")) return;
  db.exec("CREATE TEMP VIEW cables_with_text AS SELECT * FROM main.cables");
}

// Looks at an existing file without changing it (no -wal, no -shm, no
// checkpoint): a file that is not a catalogue is refused untouched.
void refuseNonCatalogue(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error) || std::filesystem::file_size(path, error) == 0) return;
  try {
    SQLite::Database look(immutableUri(path), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
    checkWritable(look, path);
  } catch (const SQLite::Exception& failure) {
    if ((failure.getErrorCode() & 0xFF) == SQLITE_NOTADB)
      throw NotACatalogue(path + ": not a cablecat catalogue (not an SQLite database); "
                                 "give another --db file");
    throwCatalogueFailure(path, failure);
  }
}

}  // namespace

SQLite::Database openCatalogueForWriting(const std::string& path) {
  refuseNonCatalogue(path);
  try {
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE, kBusyTimeoutMs);
    {
      // Decided again under the write lock: the file may have changed since.
      SQLite::Transaction stamp(db, SQLite::TransactionBehavior::IMMEDIATE);
      if (checkWritable(db, path)) db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
      stamp.commit();
    }
    // Foreign keys go on after the migrations: a file that copies a table to
    // change a constraint (006) must drop the old one under its children.
    applyPendingSchema(db, path);
    db.exec("PRAGMA foreign_keys = ON");
    return db;
  } catch (const SQLite::Exception& error) {
    throwCatalogueFailure(path, error);
  }
}

SQLite::Database openCatalogueForReading(const std::string& path) {
  if (path != ":memory:" && !std::filesystem::exists(path))
    throw CatalogueError(path + ": no such catalogue; create it with 'cablecat load --db " + path +
                         " INPUT...'");
  try {
    bool immutable = path != ":memory:" && isOnReadOnlyMedia(path);
    SQLite::Database db(immutable ? immutableUri(path) : path,
                        SQLite::OPEN_READONLY | (immutable ? SQLite::OPEN_URI : 0), kBusyTimeoutMs);
    checkIsCatalogue(db, path);
    provideTextView(db);
    // No memory map (PRAGMA mmap_size): on a damaged catalogue SQLite can
    // read a few bytes past a page, which its page cache pads and the end
    // of a map does not; the read-verbs fuzzer crashed query and check
    // that way (tests/fuzz/seeds_read_verbs/*-past-a-damaged-mapped-page).
    return db;
  } catch (const SQLite::Exception& error) {
    if ((error.getErrorCode() & 0xFF) == SQLITE_NOTADB)
      throw NotACatalogue(path + ": cannot open catalogue: not an SQLite database (or a damaged one)");
    throw CatalogueError(path + ": cannot open catalogue: " + error.what());
  }
}

std::string resolveDatabasePath(const std::string& option) {
  if (!option.empty()) return option;
  if (const char* fromEnvironment = std::getenv("CABLECAT_DB"); fromEnvironment && *fromEnvironment)
    return fromEnvironment;
  return "cables.db";
}

}  // namespace cablecat
