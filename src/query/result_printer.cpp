// Picks the printer family for an output mode.
#include "result_printer.h"

namespace cablecat {

std::unique_ptr<ResultPrinter> makeResultPrinter(const PrintOptions& options, std::ostream& out) {
  switch (options.mode) {
    case OutputMode::Column:
    case OutputMode::Table:
    case OutputMode::Box:
    case OutputMode::Markdown: return makeColumnarPrinter(options, out);
    case OutputMode::Line:
    case OutputMode::List:
    case OutputMode::Html: return makeShellPrinter(options, out);
    case OutputMode::Insert:
    case OutputMode::Quote: return makeSqlLiteralPrinter(options, out);
    default: return makeStreamingPrinter(options, out);
  }
}

std::string_view shellText(const SqlValue& value, const std::string& nullValue) {
  if (value.isNull()) return nullValue;
  std::string_view text = value.text;
  return text.substr(0, text.find('\0'));
}

}  // namespace cablecat
