// Binding values to statement parameters, by position or by name.
#include "sql_arguments.h"

#include <algorithm>

namespace cablecat {

namespace {

void bindValue(sqlite3_stmt* statement, int index, const SqlValue& value) {
  switch (value.type) {
    case SqlValue::Type::Null: sqlite3_bind_null(statement, index); break;
    case SqlValue::Type::Integer: sqlite3_bind_int64(statement, index, value.integer); break;
    case SqlValue::Type::Real: sqlite3_bind_double(statement, index, value.real); break;
    case SqlValue::Type::Blob:
      sqlite3_bind_blob(statement, index, value.text.data(), static_cast<int>(value.text.size()),
                        SQLITE_TRANSIENT);
      break;
    default:
      sqlite3_bind_text(statement, index, value.text.data(), static_cast<int>(value.text.size()),
                        SQLITE_TRANSIENT);
  }
}

// The NAME of -p NAME for the parameter at `index`: "ref" for :ref, @ref
// and $ref; "2" for ?2 and for a bare ? in second place.
std::string parameterKey(sqlite3_stmt* statement, int index) {
  const char* written = sqlite3_bind_parameter_name(statement, index);
  if (written == nullptr) return std::to_string(index);
  return std::string(written + 1);
}

std::string withoutSigil(const std::string& name) {
  if (!name.empty() && (name[0] == ':' || name[0] == '@' || name[0] == '$')) return name.substr(1);
  return name;
}

}  // namespace

UnboundParameter::UnboundParameter(std::string parameter)
    : std::runtime_error("no value for parameter " + parameter), parameter_(std::move(parameter)) {}

std::string UnboundParameter::name() const {
  bool sigil = !parameter_.empty() && std::string_view(":@$?").find(parameter_[0]) != std::string_view::npos;
  return sigil ? parameter_.substr(1) : parameter_;
}

SqlArguments SqlArguments::byName(NamedValues values) {
  SqlArguments arguments;
  for (auto& [name, value] : values) arguments.named_.emplace_back(withoutSigil(name), std::move(value));
  arguments.by_name_ = true;
  return arguments;
}

void SqlArguments::bind(sqlite3_stmt* statement) const {
  if (by_name_) {
    bindByName(statement);
    return;
  }
  int wanted = sqlite3_bind_parameter_count(statement);
  for (int index = 1; index <= wanted && index <= static_cast<int>(positional_.size()); ++index)
    bindValue(statement, index, positional_[static_cast<std::size_t>(index - 1)]);
}

void SqlArguments::bindByName(sqlite3_stmt* statement) const {
  int wanted = sqlite3_bind_parameter_count(statement);
  for (int index = 1; index <= wanted; ++index) {
    std::string key = parameterKey(statement, index);
    // The last value given for a name wins, as with repeated options elsewhere.
    auto given = std::find_if(named_.rbegin(), named_.rend(), [&](const auto& entry) { return entry.first == key; });
    if (given == named_.rend()) {
      const char* written = sqlite3_bind_parameter_name(statement, index);
      throw UnboundParameter(written != nullptr ? written : "?" + key);
    }
    bindValue(statement, index, given->second);
  }
}

}  // namespace cablecat
