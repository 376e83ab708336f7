// Helpers shared by the readers (trimming, whole-input reads, issue reporting).
#include "reader_support.h"

#include <cstring>

namespace cablecat {

std::string_view trimSpaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' ||
                           text.front() == '\n'))
    text.remove_prefix(1);
  while (!text.empty() &&
         (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n'))
    text.remove_suffix(1);
  return text;
}

void skipByteOrderMark(BufferedInput& input) {
  if (input.ensure(3) >= 3 && std::memcmp(input.cursor(), "\xEF\xBB\xBF", 3) == 0) input.advance(3);
}

bool readAll(BufferedInput& input, std::string& out, std::size_t limit) {
  out.clear();
  // A page usually sits whole in the window already: one allocation.
  out.reserve(std::min(input.available(), limit));
  for (;;) {
    if (input.available() == 0 && !input.fill()) return true;
    std::size_t take = std::min(input.available(), limit - out.size());
    out.append(input.cursor(), take);
    input.advance(take);
    if (out.size() >= limit && (input.available() > 0 || input.fill())) return false;
  }
}

void reportIssue(const ReadIssueSink& issues, const Locator& locator, Severity severity,
                 std::string message, std::string refId) {
  if (!issues) return;
  ReadIssue issue;
  issue.locator = locator;
  issue.ref_id = std::move(refId);
  issue.severity = severity;
  issue.message = std::move(message);
  issues(issue);
}

void reportInputError(const ReadIssueSink& issues, BufferedInput& input, const std::string& path) {
  const std::string& reason = input.input().errorReason();  // the locator names the path
  if (reason.empty()) return;
  reportIssue(issues, Locator{path, 0, 0}, Severity::error, reason + "; the rest of the input was not read");
}

}  // namespace cablecat
