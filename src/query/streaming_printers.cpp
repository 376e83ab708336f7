// Row-at-a-time printers: csv (RFC 4180), tsv, json (array), ndjson. They
// keep nothing in memory, so a million-row query streams. Unlike sqlite3's
// csv and tabs modes, csv quotes only what RFC 4180 asks to, and tsv writes
// tabs, newlines and backslashes inside a value as \t, \n and \\ (as
// PostgreSQL's COPY does), so every row stays one line for cut, awk and sort.
#include <nlohmann/json.hpp>

#include <ostream>

#include "result_printer.h"

namespace cablecat {

namespace {

// RFC 4180: quote only when needed, double inner quotes, CRLF line ends.
void writeCsvField(std::ostream& out, const std::string& text) {
  // One pass with a plain test per byte (find_first_of ran memchr over the
  // set for every byte), then whole runs written at once, not byte by byte.
  bool needsQuotes = false;
  for (char c : text)
    if (c == ',' || c == '"' || c == '\r' || c == '\n') {
      needsQuotes = true;
      break;
    }
  if (!needsQuotes) {
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    return;
  }
  out.put('"');
  std::size_t runStart = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    out.write(text.data() + runStart, static_cast<std::streamsize>(i + 1 - runStart));
    runStart = i;  // the quote is written again: doubled
  }
  out.write(text.data() + runStart, static_cast<std::streamsize>(text.size() - runStart));
  out.put('"');
}

// TSV cannot hold tabs or newlines in a field: escape them the way
// PostgreSQL's COPY and MySQL do, so every row stays one line.
void writeTsvField(std::ostream& out, const std::string& text) {
  for (char c : text) {
    switch (c) {
      case '\\': out << "\\\\"; break;
      case '\t': out << "\\t"; break;
      case '\n': out << "\\n"; break;
      case '\r': out << "\\r"; break;
      default: out << c;
    }
  }
}

class DelimitedPrinter : public ResultPrinter {
 public:
  DelimitedPrinter(std::ostream& out, const PrintOptions& options)
      : out_(out), headers_(options.headers), csv_(options.mode == OutputMode::Csv), null_value_(options.null_value) {}

  void begin(const std::vector<std::string>& columns) override {
    if (!headers_) return;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i > 0) out_ << separator();
      writeField(columns[i]);
    }
    out_ << lineEnd();
  }

  void row(const std::vector<SqlValue>& values) override {
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out_ << separator();
      writeField(values[i].isNull() ? null_value_ : values[i].text);
    }
    out_ << lineEnd();
  }

  void end() override { out_.flush(); }

 private:
  char separator() const { return csv_ ? ',' : '\t'; }
  const char* lineEnd() const { return csv_ ? "\r\n" : "\n"; }
  void writeField(const std::string& text) {
    if (csv_)
      writeCsvField(out_, text);
    else
      writeTsvField(out_, text);
  }

  std::ostream& out_;
  bool headers_;
  bool csv_;
  std::string null_value_;
};

nlohmann::ordered_json jsonValue(const SqlValue& value) {
  switch (value.type) {
    case SqlValue::Type::Null: return nullptr;
    case SqlValue::Type::Integer: return value.integer;
    case SqlValue::Type::Real: return value.real;
    default: return value.text;
  }
}

// Invalid UTF-8 (it happens in old cables) becomes U+FFFD instead of an error.
std::string dumpJson(const nlohmann::ordered_json& json) {
  return json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// json: one array per result set, one object per line, like sqlite3 -json.
// ndjson: one object per line and nothing else.
class JsonPrinter : public ResultPrinter {
 public:
  JsonPrinter(std::ostream& out, bool arrayOfObjects) : out_(out), array_(arrayOfObjects) {}

  void begin(const std::vector<std::string>& columns) override {
    columns_ = columns;
    rows_ = 0;
    if (array_) out_ << '[';
  }

  void row(const std::vector<SqlValue>& values) override {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < values.size() && i < columns_.size(); ++i)
      object[columns_[i]] = jsonValue(values[i]);
    if (array_ && rows_ > 0) out_ << ",\n";
    out_ << dumpJson(object);
    if (!array_) out_ << '\n';
    ++rows_;
  }

  void end() override {
    if (array_) out_ << "]\n";
    out_.flush();
  }

 private:
  std::ostream& out_;
  bool array_;
  std::vector<std::string> columns_;
  std::size_t rows_ = 0;
};

}  // namespace

std::unique_ptr<ResultPrinter> makeStreamingPrinter(const PrintOptions& options, std::ostream& out) {
  switch (options.mode) {
    case OutputMode::Json: return std::make_unique<JsonPrinter>(out, true);
    case OutputMode::Ndjson: return std::make_unique<JsonPrinter>(out, false);
    default: return std::make_unique<DelimitedPrinter>(out, options);  // csv, tsv
  }
}

}  // namespace cablecat
