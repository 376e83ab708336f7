// Plain text from the HTML fragments of a WikiLeaks cable page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cablecat {

// Converts markup as a browser renders it in a <pre>: known tags (<a>, <br>,
// <strong>, table tags...) are dropped keeping their text, entities decoded
// (&#x000A; is the newline), "¶" paragraph marks removed, and text that only
// looks like markup kept (`<Israel>`, `R&D;`, a bare `AT&T`). The text of
// tag links (<a href='/tag/PGOV_0.html'>PGOV</a>) is appended to `tagLinks`.
// CRLF becomes LF.
void appendHtmlText(std::string_view html, std::string& text,
                    std::vector<std::string>* tagLinks = nullptr);

inline std::string htmlText(std::string_view html) {
  std::string text;
  appendHtmlText(html, text);
  return text;
}

}  // namespace cablecat
