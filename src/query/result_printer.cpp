// Picks the printer family for an output mode.
#include "result_printer.h"

namespace cablecat {

std::unique_ptr<ResultPrinter> makeResultPrinter(const PrintOptions& options, std::ostream& out) {
  switch (options.mode) {
    case OutputMode::Table:
    case OutputMode::Box:
    case OutputMode::Markdown:
      return makeAlignedPrinter(options, out);
    default:
      return makeStreamingPrinter(options, out);
  }
}

}  // namespace cablecat
