// Items of the load into the catalogue, issues counted and printed (see
// catalogue_feed.h).
#include "catalogue_feed.h"

#include "store/storable_path.h"

namespace cablecat {

void CatalogueFeed::operator()(const FileBegins& begin) {
  ++summary_.files;
  cables_in_file_ = 0;
  source_ = writer_.beginSource(begin.path, begin.format, begin.digest);
  summary_.issue_scope.addSource(source_);
}

void CatalogueFeed::operator()(const ReadIssue& issue) {
  record(issue.locator, issue.ref_id, issue.severity, issue.message);
}

void CatalogueFeed::operator()(const CableRecord& item) {
  for (const Diagnostic& diagnostic : item.cable.diagnostics)
    record(item.raw.locator, item.cable.ref_id, diagnostic.severity, diagnostic.message);
  if (item.cable.ref_id.empty()) {
    ++summary_.skipped;
    return;
  }
  writer_.write(item.cable, source_, item.raw.locator, item.raw.format);
  ++cables_in_file_;
  display_.cablesWritten(++summary_.cables_read);
}

void CatalogueFeed::operator()(const FileEnds& end) {
  writer_.endSource(source_, end.bytes, cables_in_file_);
  source_ = 0;
}

std::string issueLine(const Locator& locator, const std::string& refId, Severity severity,
                      const std::string& message) {
  std::string line = locator.describe() + ": " + severityName(severity) + ": " + message;
  if (!refId.empty()) line += " [" + refId + "]";
  return line;
}

void CatalogueFeed::record(const Locator& locator, const std::string& refId, Severity severity,
                           const std::string& message) {
  writer_.recordIssue(source_, locator, refId, severity, message);
  if (source_ == 0) summary_.issue_scope.addSourcelessPath(storablePath(locator.path));
  switch (severity) {
    case Severity::error: ++summary_.issues.errors; break;
    case Severity::warning: ++summary_.issues.warnings; break;
    case Severity::note: ++summary_.issues.notes; break;
  }
  print(locator, refId, severity, message);
  if (settings_.bail && severity != Severity::note) throw BailOut{};
}

// Every issue with --verbose; else the first warnings and errors (notes are
// many on real data: the closing summary counts them by kind).
void CatalogueFeed::print(const Locator& locator, const std::string& refId, Severity severity,
                          const std::string& message) {
  if (!settings_.verbose) {
    if (severity == Severity::note || summary_.printed_issues >= settings_.max_printed_issues) return;
  }
  ++summary_.printed_issues;
  display_.printLine(issueLine(locator, refId, severity, message));
}

}  // namespace cablecat
