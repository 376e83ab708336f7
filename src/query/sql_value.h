// One cell of a result set, as SQLite typed it.
#pragma once

#include <string>

namespace cablecat {

struct SqlValue {
  enum class Type { Null, Integer, Real, Text, Blob };
  Type type = Type::Null;
  std::string text;        // SQLite's own text form (empty for NULL)
  long long integer = 0;   // when Integer
  double real = 0.0;       // when Real

  bool isNull() const { return type == Type::Null; }
  bool isNumber() const { return type == Type::Integer || type == Type::Real; }
};

}  // namespace cablecat
