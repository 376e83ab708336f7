// Printers that align columns and so hold one result set in memory: table
// (plain, like sqlite-utils -t), box (Unicode lines, like sqlite3 -box) and
// markdown (GitHub tables). Numeric columns are right-aligned.
#include <algorithm>
#include <ostream>

#include "result_printer.h"
#include "text_width.h"

namespace cablecat {

namespace {

// One cell per line: newlines and tabs inside a value are shown escaped.
std::string cellText(const SqlValue& value, OutputMode mode) {
  std::string cell;
  cell.reserve(value.text.size());
  for (char c : value.text) {
    if (c == '\n')
      cell += mode == OutputMode::Markdown ? "<br>" : "\\n";
    else if (c == '\r')
      cell += "\\r";
    else if (c == '\t')
      cell += "\\t";
    else if (c == '|' && mode == OutputMode::Markdown)
      cell += "\\|";
    else
      cell += c;
  }
  return cell;
}

std::string repeat(std::string_view piece, std::size_t count) {
  std::string line;
  for (std::size_t i = 0; i < count; ++i) line += piece;
  return line;
}

void trimTrailingSpaces(std::string& line) {
  while (!line.empty() && line.back() == ' ') line.pop_back();
}

class AlignedPrinter : public ResultPrinter {
 public:
  AlignedPrinter(std::ostream& out, const PrintOptions& options) : out_(out), options_(options) {}

  void begin(const std::vector<std::string>& columns) override {
    columns_.clear();
    for (const std::string& name : columns) columns_.push_back(cellText(SqlValue{SqlValue::Type::Text, name, 0, 0}, options_.mode));
    rows_.clear();
    numeric_.assign(columns.size(), true);
    seenValue_.assign(columns.size(), false);
  }

  void row(const std::vector<SqlValue>& values) override {
    std::vector<std::string> cells;
    cells.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
      cells.push_back(cellText(values[i], options_.mode));
      if (values[i].isNull() || i >= numeric_.size()) continue;
      seenValue_[i] = true;
      if (!values[i].isNumber()) numeric_[i] = false;
    }
    rows_.push_back(std::move(cells));
  }

  void end() override {
    computeWidths();
    switch (options_.mode) {
      case OutputMode::Box: printBox(); break;
      case OutputMode::Markdown: printMarkdown(); break;
      default: printTable(); break;
    }
    out_.flush();
  }

 private:
  Align alignOf(std::size_t column) const {
    return numeric_[column] && seenValue_[column] ? Align::Right : Align::Left;
  }

  void computeWidths() {
    widths_.assign(columns_.size(), 0);
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      if (options_.headers) widths_[i] = displayWidth(columns_[i]);
      if (options_.mode == OutputMode::Markdown) widths_[i] = std::max<std::size_t>(widths_[i], 3);
    }
    for (const auto& cells : rows_)
      for (std::size_t i = 0; i < cells.size() && i < widths_.size(); ++i)
        widths_[i] = std::max(widths_[i], displayWidth(cells[i]));
  }

  // Columns separated by two spaces, a dashed rule under the header.
  void printTable() {
    auto printLine = [&](const std::vector<std::string>& cells, bool header) {
      std::string line;
      for (std::size_t i = 0; i < widths_.size(); ++i) {
        if (i > 0) line += "  ";
        line += padToWidth(i < cells.size() ? cells[i] : "", widths_[i], header ? Align::Left : alignOf(i));
      }
      trimTrailingSpaces(line);
      out_ << line << '\n';
    };
    if (options_.headers) {
      printLine(columns_, true);
      std::vector<std::string> rule;
      for (std::size_t width : widths_) rule.push_back(repeat("-", width));
      printLine(rule, true);
    }
    for (const auto& cells : rows_) printLine(cells, false);
  }

  void printBoxRule(std::string_view left, std::string_view middle, std::string_view right) {
    std::string line(left);
    for (std::size_t i = 0; i < widths_.size(); ++i) {
      if (i > 0) line += middle;
      line += repeat("─", widths_[i] + 2);
    }
    out_ << line << right << '\n';
  }

  void printBoxCells(const std::vector<std::string>& cells, bool header) {
    std::string line = "│";
    for (std::size_t i = 0; i < widths_.size(); ++i) {
      line += ' ';
      line += padToWidth(i < cells.size() ? cells[i] : "", widths_[i], header ? Align::Center : alignOf(i));
      line += " │";
    }
    out_ << line << '\n';
  }

  void printBox() {
    printBoxRule("┌", "┬", "┐");
    if (options_.headers) {
      printBoxCells(columns_, true);
      printBoxRule("├", "┼", "┤");
    }
    for (const auto& cells : rows_) printBoxCells(cells, false);
    printBoxRule("└", "┴", "┘");
  }

  void printMarkdownCells(const std::vector<std::string>& cells, bool header) {
    std::string line = "|";
    for (std::size_t i = 0; i < widths_.size(); ++i) {
      line += ' ';
      line += padToWidth(i < cells.size() ? cells[i] : "", widths_[i], header ? Align::Left : alignOf(i));
      line += " |";
    }
    out_ << line << '\n';
  }

  void printMarkdown() {
    if (options_.headers) {
      printMarkdownCells(columns_, true);
      std::string rule = "|";
      for (std::size_t i = 0; i < widths_.size(); ++i) {
        bool right = alignOf(i) == Align::Right;
        rule += repeat("-", widths_[i] + (right ? 1 : 2));
        rule += right ? ":|" : "|";
      }
      out_ << rule << '\n';
    }
    for (const auto& cells : rows_) printMarkdownCells(cells, false);
  }

  std::ostream& out_;
  PrintOptions options_;
  std::vector<std::string> columns_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<bool> numeric_;
  std::vector<bool> seenValue_;
  std::vector<std::size_t> widths_;
};

}  // namespace

std::unique_ptr<ResultPrinter> makeAlignedPrinter(const PrintOptions& options, std::ostream& out) {
  return std::make_unique<AlignedPrinter>(out, options);
}

}  // namespace cablecat
