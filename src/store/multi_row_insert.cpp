// Builds and caches "INSERT ... VALUES (?,?),(?,?)..." for each row count.
#include "multi_row_insert.h"

#include <stdexcept>

namespace cablecat {

MultiRowInsert::MultiRowInsert(SQLite::Database& db, std::string head, int columns)
    : db_(db), head_(std::move(head)), columns_(columns) {}

SQLite::Statement& MultiRowInsert::forRows(int rows) {
  if (rows < 1 || rows > kMaxRows) throw std::out_of_range("MultiRowInsert: bad row count");
  std::unique_ptr<SQLite::Statement>& statement = statements_[static_cast<std::size_t>(rows)];
  if (!statement) {
    std::string sql = head_ + " VALUES ";
    for (int row = 0; row < rows; ++row) {
      sql += row == 0 ? "(" : ", (";
      for (int column = 1; column <= columns_; ++column) {
        if (column > 1) sql += ", ";
        sql += '?';
        sql += std::to_string(parameter(row, column));
      }
      sql += ")";
    }
    statement = std::make_unique<SQLite::Statement>(db_, sql);
  }
  return *statement;
}

}  // namespace cablecat
