// The storage floors: what SQLite alone costs for the rows of a finished
// catalogue, with no reading, parsing or normalizing.
//
//   store_floor rows CATALOGUE NEW.DB
//     Creates the catalogue's tables in NEW.DB, inserts every row of them again
//     in one transaction (INSERT ... SELECT, so no binding either), then builds
//     its secondary indexes: the least a load of those rows into SQLite costs.
//   store_floor fts CATALOGUE NEW.DB [THREADS]
//     Builds the FTS5 index of every cable's subject, summary and body alone,
//     as cablecat does (same columns, tokenizer and hash size), split by rowid
//     over THREADS files (NEW.DB, NEW.DB.1, ...) indexed at the same time.
//
// Both use cablecat's bulk settings (64 KB pages, no journal, no sync). The
// benchmark runner prints their times as ratios to the raw baseline: no
// load can beat them, so they show how far a load can get on this machine.
#include <sqlite3.h>

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

// As schema/001_catalogue.sql, without the external content (the text is
// read from the catalogue, indexing does not need it stored again).
constexpr const char* kCreateFullText =
    "CREATE VIRTUAL TABLE cables_fts USING fts5(subject, summary, body, content = '', "
    "tokenize = 'unicode61 remove_diacritics 2')";
// As FullTextBuilder::kDefaultHashBytes, shared by the threads.
constexpr long long kHashBytes = 256LL << 20;

[[noreturn]] void fail(const std::string& message) {
  std::fprintf(stderr, "store_floor: %s\n", message.c_str());
  std::exit(1);
}

class Database {
 public:
  explicit Database(const std::string& path) {
    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0) fail(path + " exists: give a new file");
    if (sqlite3_open_v2(path.c_str(), &handle_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI,
                        nullptr) != SQLITE_OK)
      fail("cannot open database " + path);
    // main only: unqualified, locking_mode would apply to the attached catalogue too.
    execute("PRAGMA main.page_size = 65536; PRAGMA main.journal_mode = OFF; PRAGMA main.synchronous = OFF;"
            "PRAGMA main.cache_size = -16384; PRAGMA main.locking_mode = EXCLUSIVE; PRAGMA foreign_keys = OFF");
  }
  ~Database() { sqlite3_close(handle_); }
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void execute(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(handle_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = sql + ": " + (error ? error : "?");
      sqlite3_free(error);
      fail(message);
    }
  }

  // Immutable: read without locks, and closing it does not checkpoint (and
  // sync) the catalogue's WAL, which is not the floor's cost.
  void attachSource(const std::string& path) {
    std::string uri = "file:";
    for (char c : path) {
      if (c == '%' || c == '?' || c == '#')
        uri += c == '%' ? "%25" : c == '?' ? "%3f" : "%23";
      else
        uri += c;
    }
    uri += "?immutable=1";
    sqlite3_stmt* attach = prepare("ATTACH ?1 AS source");
    sqlite3_bind_text(attach, 1, uri.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(attach) != SQLITE_DONE) fail("cannot attach " + path + ": " + sqlite3_errmsg(handle_));
    sqlite3_finalize(attach);
  }

  // The first column of every row of `sql`, as text.
  std::vector<std::string> column(const std::string& sql) {
    sqlite3_stmt* statement = prepare(sql);
    std::vector<std::string> values;
    while (sqlite3_step(statement) == SQLITE_ROW)
      values.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return values;
  }

  // Rows the last INSERT, UPDATE or DELETE changed.
  long long changes() { return sqlite3_changes64(handle_); }

 private:
  sqlite3_stmt* prepare(const std::string& sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle_, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
      fail(sql + ": " + sqlite3_errmsg(handle_));
    return statement;
  }

  sqlite3* handle_ = nullptr;
};

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int copyRows(const std::string& catalogue, const std::string& target) {
  auto start = std::chrono::steady_clock::now();
  Database db(target);
  db.attachSource(catalogue);
  // Plain tables only: FTS5 has its own floor, and its shadow tables are not
  // rows a load inserts.
  const std::string plainTables =
      "FROM source.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
      "AND name NOT LIKE 'cables_fts%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid";
  std::vector<std::string> names = db.column("SELECT name " + plainTables);
  for (const std::string& sql : db.column("SELECT sql " + plainTables)) db.execute(sql);
  db.execute("BEGIN");
  long long rows = 0;
  for (const std::string& name : names) {
    // `WHERE 1` keeps SQLite from copying the stored records as they are
    // (its transfer optimization): a load has to build each record.
    db.execute("INSERT INTO main.\"" + name + "\" SELECT * FROM source.\"" + name + "\" WHERE 1");
    rows += db.changes();
  }
  db.execute("COMMIT");
  double inserted = secondsSince(start);
  db.execute("PRAGMA threads = " + std::to_string(std::max(1u, std::thread::hardware_concurrency())));
  std::vector<std::string> indexes = db.column(
      "SELECT sql FROM source.sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
      "AND tbl_name NOT LIKE 'cables_fts%' ORDER BY rowid");
  for (const std::string& sql : indexes) db.execute(sql);
  std::printf("store_floor rows: %lld rows of %zu tables in %.2f s, %zu indexes in %.2f s, total %.2f s\n",
              rows, names.size(), inserted, indexes.size(), secondsSince(start) - inserted,
              secondsSince(start));
  return 0;
}

void indexShard(const std::string& catalogue, const std::string& target, int shard, int shards) {
  Database db(target);
  db.attachSource(catalogue);
  db.execute(kCreateFullText);
  db.execute("INSERT INTO cables_fts (cables_fts, rank) VALUES ('hashsize', " +
             std::to_string(kHashBytes / shards) + ")");
  // A catalogue before schema 9 has the text in `cables` (to measure an older build).
  bool textApart = !db.column("SELECT name FROM source.sqlite_schema WHERE name = 'cables_with_text'").empty();
  db.execute("BEGIN");
  db.execute(std::string("INSERT INTO cables_fts (rowid, subject, summary, body) SELECT id, subject, summary, body "
                         "FROM source.") + (textApart ? "cables_with_text" : "cables") +
             " WHERE id % " + std::to_string(shards) + " = " + std::to_string(shard));
  db.execute("COMMIT");
}

int indexFullText(const std::string& catalogue, const std::string& target, int shards) {
  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int shard = 0; shard < shards; ++shard) {
    std::string path = shard == 0 ? target : target + "." + std::to_string(shard);
    threads.emplace_back([=] { indexShard(catalogue, path, shard, shards); });
  }
  for (std::thread& thread : threads) thread.join();
  std::printf("store_floor fts: subject, summary and body indexed by %d thread(s) in %.2f s\n", shards,
              secondsSince(start));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  if ((mode == "rows" && argc == 4) || (mode == "fts" && (argc == 4 || argc == 5))) {
    struct stat existing {};
    if (::stat(argv[2], &existing) != 0) fail(std::string("no catalogue at ") + argv[2]);
    // Read as immutable, the catalogue's WAL would be ignored: rows missing.
    struct stat wal {};
    if (::stat((std::string(argv[2]) + "-wal").c_str(), &wal) == 0 && wal.st_size > 0)
      fail(std::string(argv[2]) + "-wal holds changes not in the catalogue file yet: open it once with "
           "sqlite3 (or cablecat) to checkpoint, then measure");
    if (mode == "rows") return copyRows(argv[2], argv[3]);
    int threads = argc == 5 ? std::atoi(argv[4]) : 1;
    if (threads < 1 || threads > 16) fail("THREADS must be 1 to 16");
    return indexFullText(argv[2], argv[3], threads);
  }
  std::fprintf(stderr,
               "usage: store_floor rows CATALOGUE NEW.DB\n"
               "       store_floor fts CATALOGUE NEW.DB [THREADS]\n");
  return 2;
}
