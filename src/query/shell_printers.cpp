// Row-at-a-time modes of the sqlite3 shell, printed as it prints them:
// line (one "name = value" line per column, a blank line between rows),
// list (values joined by |) and html (<TR> rows, no <TABLE>, as sqlite3).
#include <algorithm>
#include <ostream>

#include "result_printer.h"

namespace cablecat {

namespace {

// Names right-aligned to the longest (at least 5 bytes wide, as sqlite3).
class LinePrinter : public ResultPrinter {
 public:
  LinePrinter(std::ostream& out, const PrintOptions& options) : out_(out), options_(options) {}

  void begin(const std::vector<std::string>& columns) override {
    columns_ = columns;
    width_ = 5;
    for (const std::string& name : columns) width_ = std::max(width_, name.size());
    rows_ = 0;
  }

  void row(const std::vector<SqlValue>& values) override {
    if (rows_++ > 0) out_ << '\n';
    for (std::size_t i = 0; i < values.size() && i < columns_.size(); ++i)
      out_ << std::string(width_ - columns_[i].size(), ' ') << columns_[i] << " = "
           << shellText(values[i], options_.null_value) << '\n';
  }

  void end() override { out_.flush(); }

 private:
  std::ostream& out_;
  PrintOptions options_;
  std::vector<std::string> columns_;
  std::size_t width_ = 5;
  std::size_t rows_ = 0;
};

class ListPrinter : public ResultPrinter {
 public:
  ListPrinter(std::ostream& out, const PrintOptions& options) : out_(out), options_(options) {}

  void begin(const std::vector<std::string>& columns) override {
    if (!options_.headers) return;
    for (std::size_t i = 0; i < columns.size(); ++i) out_ << (i > 0 ? "|" : "") << columns[i];
    out_ << '\n';
  }

  void row(const std::vector<SqlValue>& values) override {
    for (std::size_t i = 0; i < values.size(); ++i) out_ << (i > 0 ? "|" : "") << shellText(values[i], options_.null_value);
    out_ << '\n';
  }

  void end() override { out_.flush(); }

 private:
  std::ostream& out_;
  PrintOptions options_;
};

void writeHtmlEscaped(std::ostream& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '<': out << "&lt;"; break;
      case '&': out << "&amp;"; break;
      case '>': out << "&gt;"; break;
      case '"': out << "&quot;"; break;
      case '\'': out << "&#39;"; break;
      default: out << c;
    }
  }
}

class HtmlPrinter : public ResultPrinter {
 public:
  HtmlPrinter(std::ostream& out, const PrintOptions& options) : out_(out), options_(options) {}

  void begin(const std::vector<std::string>& columns) override {
    if (!options_.headers) return;
    out_ << "<TR>";
    for (const std::string& name : columns) {
      out_ << "<TH>";
      writeHtmlEscaped(out_, shellText(SqlValue{SqlValue::Type::Text, name, 0, 0.0}, ""));
      out_ << "</TH>\n";
    }
    out_ << "</TR>\n";
  }

  void row(const std::vector<SqlValue>& values) override {
    out_ << "<TR>";
    for (const SqlValue& value : values) {
      out_ << "<TD>";
      writeHtmlEscaped(out_, shellText(value, options_.null_value));
      out_ << "</TD>\n";
    }
    out_ << "</TR>\n";
  }

  void end() override { out_.flush(); }

 private:
  std::ostream& out_;
  PrintOptions options_;
};

}  // namespace

std::unique_ptr<ResultPrinter> makeShellPrinter(const PrintOptions& options, std::ostream& out) {
  switch (options.mode) {
    case OutputMode::Line: return std::make_unique<LinePrinter>(out, options);
    case OutputMode::Html: return std::make_unique<HtmlPrinter>(out, options);
    default: return std::make_unique<ListPrinter>(out, options);
  }
}

}  // namespace cablecat
