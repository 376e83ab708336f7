// One INSERT statement for several rows of a child table.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <array>
#include <memory>
#include <string>

namespace cablecat {

// SQLite pays a fixed price per statement run (starting the VM, opening and
// positioning the table and index cursors); a cable's six recipients or tags
// in one multi-row INSERT pay it once. Statements are prepared on first use.
class MultiRowInsert {
 public:
  static constexpr int kMaxRows = 32;

  // `head`: "INSERT INTO table (a, b, c)"; `columns`: how many are listed.
  MultiRowInsert(SQLite::Database& db, std::string head, int columns);

  // The statement inserting `rows` rows (1..kMaxRows), reset and unbound.
  SQLite::Statement& forRows(int rows);

  // Parameter number of `column` (1-based) in `row` (0-based).
  int parameter(int row, int column) const { return row * columns_ + column; }

 private:
  SQLite::Database& db_;
  std::string head_;
  int columns_;
  std::array<std::unique_ptr<SQLite::Statement>, kMaxRows + 1> statements_;
};

}  // namespace cablecat
