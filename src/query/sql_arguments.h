// Values for the parameters of SQL statements: by position for SQL written
// together with its values, by name for what a user gives with -p NAME VALUE.
#pragma once

#include <sqlite3.h>

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "sql_value.h"

namespace cablecat {

// A parameter of a statement has no value among the named ones: an error,
// never a silent NULL (a mistyped -p name would otherwise match nothing).
class UnboundParameter : public std::runtime_error {
 public:
  explicit UnboundParameter(std::string parameter);
  // As the SQL writes it: ":ref", "@ref", "$ref", "?2".
  const std::string& parameter() const { return parameter_; }
  // The NAME that -p NAME VALUE would give it: "ref", "2".
  std::string name() const;

 private:
  std::string parameter_;
};

using NamedValues = std::vector<std::pair<std::string, SqlValue>>;

class SqlArguments {
 public:
  SqlArguments() = default;
  // ?1 (or the first ?) takes the first value, and so on; parameters beyond
  // the values stay NULL.
  SqlArguments(std::vector<SqlValue> positional) : positional_(std::move(positional)) {}  // NOLINT: implicit
  SqlArguments(std::initializer_list<SqlValue> positional) : positional_(positional) {}

  // :NAME, @NAME and $NAME all take the value given for NAME (a leading
  // ':', '@' or '$' in the given name is ignored); "3" gives ?3, or the third
  // parameter when the SQL writes a bare ?. A statement parameter with no
  // value makes bind() throw UnboundParameter.
  static SqlArguments byName(NamedValues values);

  void bind(sqlite3_stmt* statement) const;

 private:
  void bindByName(sqlite3_stmt* statement) const;

  std::vector<SqlValue> positional_;
  NamedValues named_;
  bool by_name_ = false;
};

}  // namespace cablecat
