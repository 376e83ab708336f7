// Finds the one cable of a WikiLeaks HTML page (any site build) in the page text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../parse/raw_cable.h"

namespace cablecat {

struct HtmlPageProblem {
  bool fatal = false;  // no cable could be delivered
  std::string message;
};

// Fills `cable.metadata`, `header`, `body` and `locator.line` from `page`.
// Returns false (with a fatal problem) when the page holds no cable.
bool extractHtmlCable(std::string_view page, RawCable& cable,
                      std::vector<HtmlPageProblem>& problems);

// A few pages hold a raw tab-separated database row instead of header and
// body: `[row<TAB>]2006-07-07 09:27:00<TAB>ID<TAB>origin<TAB>class<TAB>refs<TAB>header<TAB>body`
// with a backslash before every newline. Splits it; false when `text` is not one.
bool splitDatabaseRow(std::string_view text, std::string& header, std::string& body);

}  // namespace cablecat
