// Running and binding prepared statements that are reused for every cable.
#pragma once

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <string>

#include "multi_row_insert.h"

namespace cablecat {

// Runs a statement that returns no rows and readies it for new bindings.
inline int run(SQLite::Statement& statement) {
  int changes = statement.exec();
  statement.reset();
  return changes;
}

// Runs a statement whose only parameter is a row id.
inline int runWithId(SQLite::Statement& statement, std::int64_t id) {
  statement.bind(1, id);
  return run(statement);
}

// Empty text is stored as NULL. The string must outlive the statement's run.
inline void bindText(SQLite::Statement& statement, int index, const std::string& value) {
  if (value.empty())
    statement.bind(index);
  else
    statement.bindNoCopy(index, value);
}

// Inserts `count` rows through `insert`, as few statements as possible;
// `bindRow(statement, row, index)` binds item `index` as the statement's `row`.
template <typename BindRow>
void insertRows(MultiRowInsert& insert, std::size_t count, BindRow bindRow) {
  for (std::size_t done = 0; done < count;) {
    std::size_t rows = std::min<std::size_t>(count - done, MultiRowInsert::kMaxRows);
    SQLite::Statement& statement = insert.forRows(static_cast<int>(rows));
    for (std::size_t row = 0; row < rows; ++row) bindRow(statement, static_cast<int>(row), done + row);
    run(statement);
    done += rows;
  }
}

}  // namespace cablecat
