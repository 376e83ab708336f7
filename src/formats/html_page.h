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

// Some pages' body holds a database record written one field per line
// ("57136\n2006-03-17 22:11:00\n06MEXICO1476\nEmbassy Mexico\nUNCLASSIFIED\n<refs>\n"
// or "id: ...\ndate: ...\nrefid: ...\n...\nheader:\n") followed by a copy of
// the header and then the body. Removes the record fields and the header copy
// (when it matches `header`, or ends at a "header ends" line); false when
// `body` does not start with such a record.
bool unwrapDatabaseRecord(std::string& body, std::string_view header);

}  // namespace cablecat
