// The load loop. One bad record or file is recorded and skipped; the rest loads.
#include "load_pipeline.h"

#include "parse/cable_parser.h"

namespace cablecat {

namespace {

// Prints the first issues in full and counts the rest.
class IssueReporter {
 public:
  IssueReporter(std::ostream& out, std::size_t maxPrinted) : out_(out), maxPrinted_(maxPrinted) {}

  void report(const Locator& locator, const std::string& refId, Severity severity,
              const std::string& message) {
    if (severity == Severity::note) return;
    if (printed_++ >= maxPrinted_) return;
    out_ << locator.describe() << ": " << severityName(severity) << ": " << message;
    if (!refId.empty()) out_ << " [" << refId << "]";
    out_ << "\n";
  }

  std::size_t unprinted() const { return printed_ > maxPrinted_ ? printed_ - maxPrinted_ : 0; }

 private:
  std::ostream& out_;
  std::size_t maxPrinted_;
  std::size_t printed_ = 0;
};

struct BailOut {};

}  // namespace

LoadSummary runLoad(const LoadSettings& settings, std::ostream& messages) {
  LoadSummary summary;
  IssueReporter reporter(messages, settings.max_printed_issues);
  CatalogueWriter writer(settings.database_path, {settings.full_text_search, settings.batch_size});
  std::int64_t currentSource = 0;

  auto record = [&](const Locator& locator, const std::string& refId, Severity severity,
                    const std::string& message) {
    writer.recordIssue(currentSource, locator, refId, severity, message);
    reporter.report(locator, refId, severity, message);
    ++summary.issues;
    if (severity == Severity::error) ++summary.errors;
    if (settings.bail && severity != Severity::note) throw BailOut{};
  };
  ReadIssueSink sink = [&](const ReadIssue& issue) {
    record(issue.locator, issue.ref_id, issue.severity, issue.message);
  };

  try {
    for (const std::string& path : expandInputs(settings.inputs, sink)) {
      currentSource = 0;
      std::unique_ptr<CableReader> reader;
      try {
        reader = openCableReader(path, settings.format, sink);
      } catch (const InputError& error) {
        record(Locator{path, 0, 0}, "", Severity::error, error.what());
        continue;
      }
      ++summary.files;
      currentSource = writer.beginSource(path, inputFormatName(reader->format()));
      std::uint64_t cablesInFile = 0;
      RawCable raw;
      while (reader->next(raw)) {
        Cable cable = parseCable(raw);
        for (const Diagnostic& diagnostic : cable.diagnostics)
          record(raw.locator, cable.ref_id, diagnostic.severity, diagnostic.message);
        if (cable.ref_id.empty()) {
          ++summary.skipped;
          continue;
        }
        writer.write(cable, currentSource, raw.locator, raw.format);
        ++cablesInFile;
      }
      summary.cables_read += cablesInFile;
      writer.endSource(currentSource, reader->bytesRead(), cablesInFile);
    }
    writer.finish();
  } catch (const BailOut&) {
    writer.abandon();
    summary.bailed = true;
  }
  summary.counts = writer.counts();
  if (std::size_t more = reporter.unprinted(); more > 0)
    messages << "... and " << more << " more issues\n";
  return summary;
}

}  // namespace cablecat
