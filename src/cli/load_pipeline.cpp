// The load: a reader thread, parser threads, and the writer on this thread,
// joined by a bounded ordered pipeline. One bad record or file is recorded
// and skipped; the rest loads.
#include "load_pipeline.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <variant>

#include "catalogue_input_filter.h"
#include "formats/file_digest.h"
#include "load_work.h"
#include "loader_build.h"
#include "ordered_pipeline.h"
#include "parse_memory_budget.h"
#include "parse/cable_parser.h"

namespace cablecat {

namespace {

constexpr std::size_t kCablesPerChunk = 128;

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

// A progress line on stderr, only when it is a terminal.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)) {}
  void update(std::uint64_t cables, std::ostream& out) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    out << "\r" << cables << " cables loaded" << std::flush;
    shown_ = true;
  }
  void finish(std::ostream& out) {
    if (shown_) out << "\r\033[K" << std::flush;
  }

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_{};
};

struct BailOut {};

using Pipeline = OrderedPipeline<LoadChunk>;

// Reader thread: turns every input into items, chunk by chunk.
class Producer {
 public:
  // `loaded`: files not to read again; null to read everything.
  Producer(const LoadSettings& settings, const LoadedFiles* loaded, Pipeline& pipeline)
      : settings_(settings), loaded_(loaded), pipeline_(pipeline) {}

  void run() {
    try {
      ReadIssueSink sink = [&](const ReadIssue& issue) { add(issue); };
      for (const std::string& path :
           expandInputs(settings_.inputs, sink, catalogueFilesOf(settings_.database_path))) {
        if (stopped_) break;
        readFile(path, sink);
      }
      flush();
      pipeline_.finishProducing();
    } catch (...) {
      pipeline_.fail(std::current_exception());
    }
  }

 private:
  void readFile(const std::string& path, const ReadIssueSink& sink) {
    std::unique_ptr<CableReader> reader;
    try {
      reader = openCableReader(path, settings_.format, sink);
    } catch (const std::exception& error) {
      sink(ReadIssue{Locator{path, 0, 0}, "", Severity::error, error.what()});
      return;
    }
    FileBegins begin{path, inputFormatName(reader->format()), fileDigest(path).value_or("")};
    if (loaded_ != nullptr && loaded_->contains(begin.path, begin.format, begin.digest)) {
      add(FileUnchanged{path});
      return;
    }
    add(std::move(begin));
    try {
      CableRecord record;
      while (!stopped_ && reader->next(record.raw)) {
        add(std::move(record));
        record = CableRecord{};
      }
    } catch (const std::exception& error) {
      sink(ReadIssue{Locator{path, 0, 0}, "", Severity::error,
                     std::string("reading stopped: ") + error.what()});
    }
    add(FileEnds{reader->bytesRead()});
  }

  void add(LoadItem item) {
    if (std::holds_alternative<CableRecord>(item)) ++chunk_.cables;
    chunk_.items.push_back(std::move(item));
    if (chunk_.cables >= kCablesPerChunk) flush();
  }

  void flush() {
    if (chunk_.items.empty()) return;
    chunk_.sequence = nextSequence_++;
    if (!pipeline_.produce(std::move(chunk_))) stopped_ = true;
    chunk_ = LoadChunk{};
  }

  const LoadSettings& settings_;
  const LoadedFiles* loaded_;
  Pipeline& pipeline_;
  LoadChunk chunk_;
  std::uint64_t nextSequence_ = 0;
  bool stopped_ = false;
};

// Parser thread: parses every cable record of each chunk it takes.
void parseChunks(Pipeline& pipeline) {
  try {
    while (std::optional<LoadChunk> chunk = pipeline.takeWork()) {
      for (LoadItem& item : chunk->items) {
        auto* record = std::get_if<CableRecord>(&item);
        if (record == nullptr) continue;
        try {
          // Takes over the text (first thing, so also when it throws); the
          // locator and format stay for the writer.
          ParseMemoryBudget budget(record->raw.header.size() + record->raw.body.size());
          record->cable = parseCable(std::move(record->raw));
          budget.check();
        } catch (const std::exception& error) {  // the parser reports, but never trust blindly
          record->cable = Cable{};
          record->cable.diagnostics.push_back(
              {Severity::error, std::string("parser failure: ") + error.what()});
        }
      }
      std::uint64_t sequence = chunk->sequence;
      pipeline.finishWork(sequence, std::move(*chunk));
    }
  } catch (...) {
    pipeline.fail(std::current_exception());
  }
  pipeline.workerStopped();
}

unsigned parserThreads(unsigned requested) {
  if (requested > 0) return requested;
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max(1u, cores - 1);
}

// The reader and parser threads of one load; stopped and joined when it
// goes out of scope, whichever way the load ends.
class PipelineThreads {
 public:
  PipelineThreads(Pipeline& pipeline, Producer& producer, unsigned workers) : pipeline_(pipeline) {
    try {
      threads_.emplace_back([&producer] { producer.run(); });
      for (unsigned i = 0; i < workers; ++i)
        threads_.emplace_back([&pipeline] { parseChunks(pipeline); });
    } catch (...) {
      // The system refused a thread (--jobs 100000): the started ones are
      // joined before the error goes on (a joinable thread destroyed aborts).
      stop();
      throw;
    }
  }
  ~PipelineThreads() { stop(); }
  PipelineThreads(const PipelineThreads&) = delete;
  PipelineThreads& operator=(const PipelineThreads&) = delete;

 private:
  void stop() noexcept {
    pipeline_.cancel();
    for (std::thread& thread : threads_)
      if (thread.joinable()) thread.join();
  }

  Pipeline& pipeline_;
  std::vector<std::thread> threads_;
};

// The writer's side: each item, in input order, into the catalogue, with
// the issues printed and counted.
class CatalogueFeed {
 public:
  CatalogueFeed(CatalogueWriter& writer, const LoadSettings& settings, LoadSummary& summary,
                std::ostream& messages)
      : writer_(writer),
        settings_(settings),
        summary_(summary),
        messages_(messages),
        reporter_(messages, settings.max_printed_issues),
        progress_(!settings.quiet) {}

  void operator()(const FileBegins& begin) {
    ++summary_.files;
    cables_in_file_ = 0;
    source_ = writer_.beginSource(begin.path, begin.format, begin.digest);
  }

  void operator()(const FileUnchanged&) { ++summary_.unchanged_files; }

  void operator()(const ReadIssue& issue) {
    record(issue.locator, issue.ref_id, issue.severity, issue.message);
  }

  void operator()(const CableRecord& item) {
    for (const Diagnostic& diagnostic : item.cable.diagnostics)
      record(item.raw.locator, item.cable.ref_id, diagnostic.severity, diagnostic.message);
    if (item.cable.ref_id.empty()) {
      ++summary_.skipped;
      return;
    }
    writer_.write(item.cable, source_, item.raw.locator, item.raw.format);
    ++cables_in_file_;
    ++summary_.cables_read;
    progress_.update(summary_.cables_read, messages_);
  }

  void operator()(const FileEnds& end) {
    writer_.endSource(source_, end.bytes, cables_in_file_);
    source_ = 0;
  }

  // Before the writer's last work, which can take a while on a big load.
  void clearProgress() { progress_.finish(messages_); }

  void printUnprintedCount() {
    if (std::size_t more = reporter_.unprinted(); more > 0)
      messages_ << "... and " << more << " more issues (SELECT * FROM load_issues)\n";
  }

 private:
  void record(const Locator& locator, const std::string& refId, Severity severity,
              const std::string& message) {
    writer_.recordIssue(source_, locator, refId, severity, message);
    reporter_.report(locator, refId, severity, message);
    ++summary_.issues;
    if (severity == Severity::error) ++summary_.errors;
    if (settings_.bail && severity != Severity::note) throw BailOut{};
  }

  CatalogueWriter& writer_;
  const LoadSettings& settings_;
  LoadSummary& summary_;
  std::ostream& messages_;
  IssueReporter reporter_;
  Progress progress_;
  std::int64_t source_ = 0;
  std::uint64_t cables_in_file_ = 0;
};

WriterOptions writerOptions(const LoadSettings& settings) {
  WriterOptions options;
  options.full_text_search = settings.full_text_search;
  options.batch_size = settings.batch_size;
  options.all_or_nothing = settings.bail;
  options.loader_build = loaderBuild();
  return options;
}

}  // namespace

LoadSummary runLoad(const LoadSettings& settings, std::ostream& messages) {
  LoadSummary summary;
  CatalogueWriter writer(settings.database_path, writerOptions(settings));
  CatalogueFeed feed(writer, settings, summary, messages);
  unsigned workers = parserThreads(settings.jobs);
  Pipeline pipeline(2 * workers + 2);
  Producer producer(settings, settings.reparse ? nullptr : &writer.loadedFiles(), pipeline);
  {
    PipelineThreads threads(pipeline, producer, workers);
    try {
      while (std::optional<LoadChunk> chunk = pipeline.consume(workers))
        for (const LoadItem& item : chunk->items) std::visit(feed, item);
    } catch (const BailOut&) {
      summary.bailed = true;
    }
  }
  feed.clearProgress();
  if (summary.bailed)
    writer.abandon();
  else
    writer.finish();
  summary.counts = writer.counts();
  feed.printUnprintedCount();
  return summary;
}

}  // namespace cablecat
