// Statement-by-statement execution over the raw SQLite API (SQLiteCpp's
// Statement does not expose the tail of a multi-statement string).
#include "sql_runner.h"

#include <sqlite3.h>

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

bool SqlError::isReadOnlyViolation() const { return (extendedCode_ & 0xFF) == SQLITE_READONLY; }

void runSql(SQLite::Database& db, std::string_view sql, ResultPrinter& printer,
            const SqlArguments& parameters) {
  sqlite3* handle = db.getHandle();
  const char* next = sql.data();
  const char* const stop = sql.data() + sql.size();
  while (next < stop) {
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(handle, next, static_cast<int>(stop - next), &raw, &tail) != SQLITE_OK)
      throwSqlError(handle);
    StatementHandle statement(raw);
    next = tail;
    if (!statement) continue;  // only whitespace or comments
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
