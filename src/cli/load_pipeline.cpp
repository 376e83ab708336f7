// The load: a reader thread, parser threads, and the writer on this thread,
// joined by a bounded ordered pipeline. One bad record or file is recorded
// and skipped; the rest loads.
#include "load_pipeline.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <thread>

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
    ReadIssueSink sink = [&](const ReadIssue& issue) {
      LoadItem item;
      item.kind = LoadItem::Kind::issue;
      item.issue = issue;
      add(std::move(item));
    };
    for (const std::string& path :
         expandInputs(settings_.inputs, sink, catalogueFilesOf(settings_.database_path))) {
      if (stopped_) break;
      readFile(path, sink);
    }
    flush();
    pipeline_.finishProducing();
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
    LoadItem begin;
    begin.kind = LoadItem::Kind::begin_file;
    begin.path = path;
    begin.format = inputFormatName(reader->format());
    begin.digest = fileDigest(path).value_or("");
    if (loaded_ != nullptr && loaded_->contains(begin.path, begin.format, begin.digest)) {
      begin.kind = LoadItem::Kind::unchanged_file;
      add(std::move(begin));
      return;
    }
    add(std::move(begin));
    try {
      LoadItem item;
      while (!stopped_ && reader->next(item.raw)) {
        item.kind = LoadItem::Kind::cable;
        add(std::move(item));
        item = LoadItem{};
      }
    } catch (const std::exception& error) {
      sink(ReadIssue{Locator{path, 0, 0}, "", Severity::error,
                     std::string("reading stopped: ") + error.what()});
    }
    LoadItem end;
    end.kind = LoadItem::Kind::end_file;
    end.path = path;
    end.bytes = reader->bytesRead();
    add(std::move(end));
  }

  void add(LoadItem item) {
    if (item.kind == LoadItem::Kind::cable) ++chunk_.cables;
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

// Parser thread: parses every cable item of each chunk it takes.
void parseChunks(Pipeline& pipeline) {
  while (std::optional<LoadChunk> chunk = pipeline.takeWork()) {
    for (LoadItem& item : chunk->items) {
      if (item.kind != LoadItem::Kind::cable) continue;
      try {
        // Takes over the text (first thing, so also when it throws); the
        // locator and format stay for the writer.
        ParseMemoryBudget budget(item.raw.header.size() + item.raw.body.size());
        item.cable = parseCable(std::move(item.raw));
        budget.check();
      } catch (const std::exception& error) {  // the parser reports, but never trust blindly
        item.cable = Cable{};
        item.cable.diagnostics.push_back(
            {Severity::error, std::string("parser failure: ") + error.what()});
      }
    }
    std::uint64_t sequence = chunk->sequence;
    pipeline.finishWork(sequence, std::move(*chunk));
  }
  pipeline.workerStopped();
}

unsigned parserThreads(unsigned requested) {
  if (requested > 0) return requested;
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max(1u, cores - 1);
}

}  // namespace

LoadSummary runLoad(const LoadSettings& settings, std::ostream& messages) {
  LoadSummary summary;
  IssueReporter reporter(messages, settings.max_printed_issues);
  Progress progress(!settings.quiet);
  WriterOptions writerOptions;
  writerOptions.full_text_search = settings.full_text_search;
  writerOptions.batch_size = settings.batch_size;
  writerOptions.all_or_nothing = settings.bail;
  writerOptions.loader_build = loaderBuild();
  CatalogueWriter writer(settings.database_path, writerOptions);

  std::int64_t currentSource = 0;
  std::uint64_t cablesInFile = 0;
  auto record = [&](const Locator& locator, const std::string& refId, Severity severity,
                    const std::string& message) {
    writer.recordIssue(currentSource, locator, refId, severity, message);
    reporter.report(locator, refId, severity, message);
    ++summary.issues;
    if (severity == Severity::error) ++summary.errors;
    if (settings.bail && severity != Severity::note) throw BailOut{};
  };

  unsigned workers = parserThreads(settings.jobs);
  Pipeline pipeline(2 * workers + 2);
  Producer producer(settings, settings.reparse ? nullptr : &writer.loadedFiles(), pipeline);
  std::vector<std::thread> threads;
  auto stopThreads = [&] {
    pipeline.cancel();
    for (std::thread& thread : threads)
      if (thread.joinable()) thread.join();
  };

  try {
    // Inside the try: when the system refuses a thread, the started ones are
    // joined before the error goes on (a joinable thread destroyed aborts).
    threads.emplace_back([&] { producer.run(); });
    for (unsigned i = 0; i < workers; ++i) threads.emplace_back([&] { parseChunks(pipeline); });
    while (std::optional<LoadChunk> chunk = pipeline.consume(workers)) {
      for (LoadItem& item : chunk->items) {
        switch (item.kind) {
          case LoadItem::Kind::begin_file:
            ++summary.files;
            cablesInFile = 0;
            currentSource = writer.beginSource(item.path, item.format, item.digest);
            break;
          case LoadItem::Kind::unchanged_file:
            ++summary.unchanged_files;
            break;
          case LoadItem::Kind::issue:
            record(item.issue.locator, item.issue.ref_id, item.issue.severity,
                   item.issue.message);
            break;
          case LoadItem::Kind::cable:
            for (const Diagnostic& diagnostic : item.cable.diagnostics)
              record(item.raw.locator, item.cable.ref_id, diagnostic.severity, diagnostic.message);
            if (item.cable.ref_id.empty()) {
              ++summary.skipped;
              break;
            }
            writer.write(item.cable, currentSource, item.raw.locator, item.raw.format);
            ++cablesInFile;
            ++summary.cables_read;
            progress.update(summary.cables_read, messages);
            break;
          case LoadItem::Kind::end_file:
            writer.endSource(currentSource, item.bytes, cablesInFile);
            currentSource = 0;
            break;
        }
      }
    }
    stopThreads();
    progress.finish(messages);
    writer.finish();
  } catch (const BailOut&) {
    stopThreads();
    progress.finish(messages);
    writer.abandon();
    summary.bailed = true;
  } catch (...) {
    stopThreads();
    throw;
  }
  summary.counts = writer.counts();
  if (std::size_t more = reporter.unprinted(); more > 0)
    messages << "... and " << more << " more issues (SELECT * FROM load_issues)\n";
  return summary;
}

}  // namespace cablecat
