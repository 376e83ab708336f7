// Statement-by-statement execution over the raw SQLite API (SQLiteCpp's
// Statement does not expose the tail of a multi-statement string).
#include "sql_runner.h"

#include <sqlite3.h>

#include <cstring>
#include <memory>

namespace cablecat {

namespace {

struct StatementDeleter {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using StatementHandle = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

[[noreturn]] void throwSqlError(sqlite3* handle) {
  throw SqlError(sqlite3_errmsg(handle), sqlite3_extended_errcode(handle));
}

void bindParameters(sqlite3_stmt* statement, const SqlArguments& parameters) { parameters.bind(statement); }

SqlValue columnValue(sqlite3_stmt* statement, int column) {
  SqlValue value;
  switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL: return value;
    case SQLITE_INTEGER:
      value.type = SqlValue::Type::Integer;
      value.integer = sqlite3_column_int64(statement, column);
      break;
    case SQLITE_FLOAT:
      value.type = SqlValue::Type::Real;
      value.real = sqlite3_column_double(statement, column);
      break;
    case SQLITE_BLOB: value.type = SqlValue::Type::Blob; break;
    default: value.type = SqlValue::Type::Text;
  }
  const unsigned char* text = sqlite3_column_text(statement, column);
  int bytes = sqlite3_column_bytes(statement, column);
  if (text) value.text.assign(reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes));
  return value;
}

// What the statement being prepared would write, as SQLite's authorizer
// reports it: the private temp schema (allowed: temp tables are scratch) or
// anything else.
struct WriteWatch {
  bool temp = false;
  bool elsewhere = false;
};

bool isWriteAction(int action) {
  switch (action) {
    case SQLITE_INSERT: case SQLITE_UPDATE: case SQLITE_DELETE: case SQLITE_ALTER_TABLE:
    case SQLITE_CREATE_INDEX: case SQLITE_CREATE_TABLE: case SQLITE_CREATE_TEMP_INDEX:
    case SQLITE_CREATE_TEMP_TABLE: case SQLITE_CREATE_TEMP_TRIGGER: case SQLITE_CREATE_TEMP_VIEW:
    case SQLITE_CREATE_TRIGGER: case SQLITE_CREATE_VIEW: case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_INDEX: case SQLITE_DROP_TABLE: case SQLITE_DROP_TEMP_INDEX:
    case SQLITE_DROP_TEMP_TABLE: case SQLITE_DROP_TEMP_TRIGGER: case SQLITE_DROP_TEMP_VIEW:
    case SQLITE_DROP_TRIGGER: case SQLITE_DROP_VIEW: case SQLITE_DROP_VTABLE:
    case SQLITE_REINDEX: case SQLITE_ANALYZE:
      return true;
    default:
      return false;
  }
}

int watchWrites(void* data, int action, const char*, const char*, const char* database, const char*) {
  // ATTACH can create a file, or open one for writing through a URI.
  if (action == SQLITE_ATTACH) return SQLITE_DENY;
  if (isWriteAction(action)) {
    auto* watch = static_cast<WriteWatch*>(data);
    if (database != nullptr && std::strcmp(database, "temp") == 0)
      watch->temp = true;
    else
      watch->elsewhere = true;
  }
  return SQLITE_OK;
}

// Installs watchWrites for the life of a runSql call.
class WriteWatchScope {
 public:
  WriteWatchScope(sqlite3* handle, WriteWatch& watch) : handle_(handle) {
    sqlite3_set_authorizer(handle_, watchWrites, &watch);
  }
  ~WriteWatchScope() { sqlite3_set_authorizer(handle_, nullptr, nullptr); }
  WriteWatchScope(const WriteWatchScope&) = delete;
  WriteWatchScope& operator=(const WriteWatchScope&) = delete;

 private:
  sqlite3* handle_;
};

// Read verbs write no file: not the catalogue, not its -wal, not another
// one (VACUUM INTO, ATTACH, journal and checkpoint PRAGMAs). A read-only
// connection alone lets VACUUM INTO through.
void refuseWrites(sqlite3_stmt* statement, const WriteWatch& watch) {
  if (sqlite3_stmt_readonly(statement)) return;
  if (watch.temp && !watch.elsewhere) return;
  throw SqlError(watch.elsewhere ? "attempt to write a readonly database"
                                 : "the statement would write a file",
                 SQLITE_READONLY);
}

class CollectingPrinter : public ResultPrinter {
 public:
  explicit CollectingPrinter(ResultSet& result) : result_(result) {}
  void begin(const std::vector<std::string>& columns) override {
    result_.columns = columns;
    result_.rows.clear();
  }
  void row(const std::vector<SqlValue>& values) override { result_.rows.push_back(values); }
  void end() override {}

 private:
  ResultSet& result_;
};

}  // namespace

bool SqlError::isCatalogueFailure() const {
  switch (extendedCode_ & 0xFF) {
    case SQLITE_CORRUPT: case SQLITE_NOTADB: case SQLITE_IOERR: case SQLITE_BUSY: case SQLITE_LOCKED:
    case SQLITE_FULL: case SQLITE_CANTOPEN: case SQLITE_NOMEM:
      return true;
    default:
      return false;
  }
}

bool SqlError::isReadOnlyViolation() const {
  return (extendedCode_ & 0xFF) == SQLITE_READONLY || (extendedCode_ & 0xFF) == SQLITE_AUTH;
}

void runSql(SQLite::Database& db, std::string_view sql, ResultPrinter& printer,
            const SqlArguments& parameters) {
  sqlite3* handle = db.getHandle();
  const char* next = sql.data();
  const char* const stop = sql.data() + sql.size();
  WriteWatch watch;
  WriteWatchScope watching(handle, watch);
  while (next < stop) {
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    watch = WriteWatch{};
    int prepared = sqlite3_prepare_v2(handle, next, static_cast<int>(stop - next), &raw, &tail);
    if (prepared == SQLITE_AUTH)
      throw SqlError("ATTACH is refused: it could create or write another file", SQLITE_AUTH);
    if (prepared != SQLITE_OK) throwSqlError(handle);
    StatementHandle statement(raw);
    next = tail;
    if (!statement) continue;  // only whitespace or comments
    refuseWrites(raw, watch);
    bindParameters(raw, parameters);
    int columnCount = sqlite3_column_count(raw);
    // Step once before printing the header, so a statement that fails at
    // once (a write, a bad FTS5 query) prints nothing on stdout.
    int status = sqlite3_step(raw);
    if (status != SQLITE_ROW && status != SQLITE_DONE) throwSqlError(handle);
    if (columnCount > 0) {
      std::vector<std::string> columns;
      for (int i = 0; i < columnCount; ++i) columns.emplace_back(sqlite3_column_name(raw, i));
      printer.begin(columns);
    }
    std::vector<SqlValue> values(static_cast<std::size_t>(columnCount));
    for (; status == SQLITE_ROW; status = sqlite3_step(raw)) {
      for (int i = 0; i < columnCount; ++i) values[static_cast<std::size_t>(i)] = columnValue(raw, i);
      printer.row(values);
    }
    if (status != SQLITE_DONE) throwSqlError(handle);
    if (columnCount > 0) printer.end();
  }
}

ResultSet collectSql(SQLite::Database& db, std::string_view sql, const std::vector<SqlValue>& parameters) {
  ResultSet result;
  CollectingPrinter printer(result);
  runSql(db, sql, printer, parameters);
  return result;
}

SqlValue textValue(std::string text) { return SqlValue{SqlValue::Type::Text, std::move(text), 0, 0.0}; }

SqlValue integerValue(long long value) {
  return SqlValue{SqlValue::Type::Integer, std::to_string(value), value, 0.0};
}

}  // namespace cablecat
