// Runs SQL text (one or more statements) on a connection and hands every
// result set to a printer, like the sqlite3 shell does.
#pragma once

#include <SQLiteCpp/Database.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "result_printer.h"
#include "sql_arguments.h"
#include "sql_value.h"

namespace cablecat {

// SQLite refused a statement; what() is SQLite's own message.
class SqlError : public std::runtime_error {
 public:
  SqlError(const std::string& message, int extendedCode)
      : std::runtime_error(message), extendedCode_(extendedCode) {}
  int extendedCode() const { return extendedCode_; }
  // The statement tried to write to a read-only connection.
  bool isReadOnlyViolation() const;
  // The catalogue itself failed (damaged, locked, unreadable), not the SQL:
  // for throwCatalogueFailure (store/catalogue_errors.h).
  bool isCatalogueFailure() const;

 private:
  int extendedCode_;
};

// Executes every statement of `sql` in order; each that returns columns is
// printed as one result set. For the read verbs: a statement that would
// write a file (the catalogue, another one through VACUUM INTO or ATTACH,
// a journal PRAGMA) is refused with an SqlError whose isReadOnlyViolation()
// is true, whatever the connection allows; the temp schema stays usable. `parameters` are bound (?1, ?2, ...) to every
// statement that has parameters. Throws SqlError at the first failure.
void runSql(SQLite::Database& db, std::string_view sql, ResultPrinter& printer,
            const SqlArguments& parameters = {});  // by name: UnboundParameter (sql_arguments.h)

// The rows of one query, for code that wants values rather than printing.
struct ResultSet {
  std::vector<std::string> columns;
  std::vector<std::vector<SqlValue>> rows;
};
ResultSet collectSql(SQLite::Database& db, std::string_view sql,
                     const std::vector<SqlValue>& parameters = {});

SqlValue textValue(std::string text);
SqlValue integerValue(long long value);

}  // namespace cablecat
