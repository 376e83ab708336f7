// Rows as SQL literals, printed as the sqlite3 shell prints them: quote
// ('text', NULL, X'hex', reals to 20 digits) and insert (one INSERT INTO
// "table" statement per row, newlines written as replace(...,'\n',char(10))
// so each statement stays on one line), ready for `sqlite3 other.db`.
#include <sqlite3.h>

#include <cstdint>
#include <cstring>
#include <ostream>

#include "parse/ascii.h"
#include "result_printer.h"

namespace cablecat {

namespace {

std::string_view cText(const std::string& text) { return std::string_view(text).substr(0, text.find('\0')); }

void writeQuoted(std::ostream& out, std::string_view text) {
  out << '\'';
  for (char c : text) out << (c == '\'' ? "''" : std::string_view(&c, 1));
  out << '\'';
}

// The first of `preferred`, `fallback`, "(<preferred>0)", "(<preferred>1)"...
// that the text does not contain, to stand for a newline inside it.
std::string unusedMarker(std::string_view text, const std::string& preferred, const std::string& fallback) {
  if (text.find(preferred) == std::string_view::npos) return preferred;
  if (text.find(fallback) == std::string_view::npos) return fallback;
  for (unsigned i = 0;; ++i) {
    std::string candidate = "(" + preferred + std::to_string(i) + ")";
    if (text.find(candidate) == std::string_view::npos) return candidate;
  }
}

// 'text' with each \n and \r replaced by a marker the text lacks, wrapped in
// replace() calls that put them back: replace(replace('a\rb\nc','\r',char(13)),'\n',char(10)).
void writeQuotedOnOneLine(std::ostream& out, std::string_view text) {
  bool newlines = text.find('\n') != std::string_view::npos;
  bool returns = text.find('\r') != std::string_view::npos;
  std::string newline = newlines ? unusedMarker(text, "\\n", "\\012") : "";
  std::string carriageReturn = returns ? unusedMarker(text, "\\r", "\\015") : "";
  if (newlines) out << "replace(";
  if (returns) out << "replace(";
  out << '\'';
  for (char c : text) {
    if (c == '\n') out << newline;
    else if (c == '\r') out << carriageReturn;
    else out << (c == '\'' ? "''" : std::string_view(&c, 1));
  }
  out << '\'';
  if (returns) out << ",'" << carriageReturn << "',char(13))";
  if (newlines) out << ",'" << newline << "',char(10))";
}

// "%!.20g" through SQLite's own printf, as sqlite3's shell formats reals.
void writeReal(std::ostream& out, double value, bool infinityAsNumber) {
  std::uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  if (infinityAsNumber && bits == 0x7ff0000000000000ULL) {
    out << "1e999";
  } else if (infinityAsNumber && bits == 0xfff0000000000000ULL) {
    out << "-1e999";
  } else {
    char text[50];
    sqlite3_snprintf(sizeof text, text, "%!.20g", value);
    out << text;
  }
}

void writeBlob(std::ostream& out, const std::string& bytes) {
  static const char* const kHex = "0123456789abcdef";
  out << "X'";
  for (unsigned char byte : bytes) out << kHex[byte >> 4] << kHex[byte & 0xF];
  out << '\'';
}

// sqlite3 quotes a column name unless it is a plain identifier and no keyword.
void writeColumnName(std::ostream& out, const std::string& name) {
  bool plain = !name.empty() && (isAsciiLetter(name[0]) || name[0] == '_');
  for (char c : name) plain = plain && (isAsciiLetterOrDigit(c) || c == '_');
  if (plain && !sqlite3_keyword_check(name.data(), static_cast<int>(name.size()))) {
    out << name;
    return;
  }
  out << '"';
  for (char c : name) out << (c == '"' ? "\"\"" : std::string_view(&c, 1));
  out << '"';
}

class SqlLiteralPrinter : public ResultPrinter {
 public:
  SqlLiteralPrinter(std::ostream& out, const PrintOptions& options)
      : out_(out), options_(options), insert_(options.mode == OutputMode::Insert) {}

  void begin(const std::vector<std::string>& columns) override {
    columns_ = columns;
    if (insert_ || !options_.headers) return;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i > 0) out_ << ',';
      writeQuoted(out_, cText(columns[i]));
    }
    out_ << '\n';
  }

  void row(const std::vector<SqlValue>& values) override {
    if (insert_) writeInsertStart();
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out_ << ',';
      writeValue(values[i]);
    }
    out_ << (insert_ ? ");\n" : "\n");
  }

  void end() override { out_.flush(); }

 private:
  void writeInsertStart() {
    out_ << "INSERT INTO \"table\"";
    if (options_.headers) {
      out_ << '(';
      for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (i > 0) out_ << ',';
        writeColumnName(out_, columns_[i]);
      }
      out_ << ')';
    }
    out_ << " VALUES(";
  }

  void writeValue(const SqlValue& value) {
    switch (value.type) {
      case SqlValue::Type::Null: out_ << "NULL"; break;
      case SqlValue::Type::Integer: out_ << value.text; break;
      case SqlValue::Type::Real: writeReal(out_, value.real, insert_); break;
      case SqlValue::Type::Blob: writeBlob(out_, value.text); break;
      default:
        if (insert_)
          writeQuotedOnOneLine(out_, cText(value.text));
        else
          writeQuoted(out_, cText(value.text));
    }
  }

  std::ostream& out_;
  PrintOptions options_;
  bool insert_;
  std::vector<std::string> columns_;
};

}  // namespace

std::unique_ptr<ResultPrinter> makeSqlLiteralPrinter(const PrintOptions& options, std::ostream& out) {
  return std::make_unique<SqlLiteralPrinter>(out, options);
}

}  // namespace cablecat
