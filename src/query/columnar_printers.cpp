// The columnar modes, laid out as the sqlite3 shell (3.40) lays them out,
// byte for byte: column (two spaces between columns, dashes under the
// header), table (+---+ borders), box (Unicode lines), markdown. A value
// with newlines takes several lines in its cell; once any row does, rows
// are set apart (a rule in table and box, a blank line in column). The
// header counts for the widths even when it is not shown. Two differences,
// both on purpose: nothing wraps at 60 characters (sqlite3's .mode does,
// mid-word; its -box, -table... options do not), and markdown stays valid
// Markdown: | in a value is written \| and a newline <br>, so each row
// stays one table row (sqlite3 writes them as they are).
#include <algorithm>
#include <ostream>

#include "result_printer.h"
#include "text_width.h"

namespace cablecat {

namespace {

// How a mode draws one line of cells.
struct LineStyle {
  std::string_view start, gap, end;
};

LineStyle lineStyle(OutputMode mode) {
  switch (mode) {
    case OutputMode::Column: return {"", "  ", "\n"};
    case OutputMode::Box: return {"│ ", " │ ", " │\n"};
    default: return {"| ", " | ", " |\n"};  // table, markdown
  }
}

std::string markdownCell(std::string_view text) {
  std::string cell;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '|') {
      cell += "\\|";
    } else if (text[i] == '\n' || text[i] == '\r') {
      if (text.compare(i, 2, "\r\n") == 0) ++i;
      cell += "<br>";
    } else {
      cell += text[i];
    }
  }
  return cell;
}

std::string repeat(std::string_view piece, std::size_t count) {
  std::string line;
  for (std::size_t i = 0; i < count; ++i) line += piece;
  return line;
}

using Cells = std::vector<std::string>;

class ColumnarPrinter : public ResultPrinter {
 public:
  ColumnarPrinter(std::ostream& out, const PrintOptions& options)
      : out_(out), options_(options), style_(lineStyle(options.mode)) {}

  void begin(const std::vector<std::string>& columns) override {
    header_.clear();
    for (const std::string& name : columns)
      header_.push_back(displayLines(options_.mode == OutputMode::Markdown ? markdownCell(name) : name).front());
    rows_.clear();
    multiLine_ = false;
  }

  // One row becomes as many lines as its tallest cell.
  void row(const std::vector<SqlValue>& values) override {
    std::vector<Cells> cellLines;
    std::size_t height = 1;
    for (const SqlValue& value : values) {
      std::string_view text = shellText(value, options_.null_value);
      cellLines.push_back(displayLines(options_.mode == OutputMode::Markdown ? markdownCell(text) : text));
      height = std::max(height, cellLines.back().size());
    }
    std::vector<Cells> lines(height, Cells(values.size()));
    for (std::size_t column = 0; column < values.size(); ++column)
      for (std::size_t line = 0; line < cellLines[column].size(); ++line)
        lines[line][column] = std::move(cellLines[column][line]);
    multiLine_ = multiLine_ || height > 1;
    rows_.push_back(std::move(lines));
  }

  void end() override {
    if (rows_.empty() && !options_.headers) return;
    computeWidths();
    printTop();
    for (std::size_t row = 0; row < rows_.size(); ++row) {
      if (row > 0 && multiLine_) printRowDivider();
      for (const Cells& line : rows_[row]) printCells(line, false);
    }
    printBottom();
    out_.flush();
  }

 private:
  void computeWidths() {
    widths_.assign(header_.size(), 0);
    for (std::size_t i = 0; i < header_.size(); ++i) widths_[i] = displayWidth(header_[i]);
    for (const auto& row : rows_)
      for (const Cells& line : row)
        for (std::size_t i = 0; i < line.size() && i < widths_.size(); ++i)
          widths_[i] = std::max(widths_[i], displayWidth(line[i]));
  }

  // Column mode left-aligns its header; the framed modes centre it.
  void printCells(const Cells& cells, bool header) {
    std::string line(style_.start);
    Align align = header && options_.mode != OutputMode::Column ? Align::Center : Align::Left;
    for (std::size_t i = 0; i < widths_.size(); ++i) {
      if (i > 0) line += style_.gap;
      line += padToWidth(i < cells.size() ? cells[i] : "", widths_[i], align);
    }
    out_ << line << style_.end;
  }

  // A rule across every column; each cell is `fill` times its width + 2.
  void printRule(std::string_view left, std::string_view middle, std::string_view right, std::string_view fill) {
    std::string line(left);
    for (std::size_t i = 0; i < widths_.size(); ++i) {
      if (i > 0) line += middle;
      line += repeat(fill, widths_[i] + 2);
    }
    out_ << line << right << '\n';
  }

  void printTop() {
    switch (options_.mode) {
      case OutputMode::Table: printRule("+", "+", "+", "-"); break;
      case OutputMode::Box: printRule("┌", "┬", "┐", "─"); break;
      default: break;
    }
    if (!options_.headers) return;
    printCells(header_, true);
    switch (options_.mode) {
      case OutputMode::Column: {
        Cells dashes;
        for (std::size_t width : widths_) dashes.push_back(repeat("-", width));
        printCells(dashes, false);
        break;
      }
      case OutputMode::Box: printRule("├", "┼", "┤", "─"); break;
      case OutputMode::Markdown: printRule("|", "|", "|", "-"); break;
      default: printRule("+", "+", "+", "-"); break;
    }
  }

  void printRowDivider() {
    switch (options_.mode) {
      case OutputMode::Column: out_ << '\n'; break;
      case OutputMode::Table: printRule("+", "+", "+", "-"); break;
      case OutputMode::Box: printRule("├", "┼", "┤", "─"); break;
      default: break;  // markdown has no rule between rows
    }
  }

  void printBottom() {
    if (options_.mode == OutputMode::Table) printRule("+", "+", "+", "-");
    if (options_.mode == OutputMode::Box) printRule("└", "┴", "┘", "─");
  }

  std::ostream& out_;
  PrintOptions options_;
  LineStyle style_;
  Cells header_;
  std::vector<std::vector<Cells>> rows_;  // each row: its lines, each line: its cells
  bool multiLine_ = false;
  std::vector<std::size_t> widths_;
};

}  // namespace

std::unique_ptr<ResultPrinter> makeColumnarPrinter(const PrintOptions& options, std::ostream& out) {
  return std::make_unique<ColumnarPrinter>(out, options);
}

}  // namespace cablecat
