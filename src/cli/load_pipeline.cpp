// The load: a reader thread, parser threads, and the writer on this thread,
// joined by a bounded ordered pipeline. One bad record or file is recorded
// and skipped; the rest loads.
#include "load_pipeline.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <variant>

#include "catalogue_feed.h"
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

// The size of a regular file; none for stdin, a FIFO or a device, whose end
// cannot be known ahead.
std::optional<std::uint64_t> regularFileSize(const std::string& path) {
  struct stat status {};
  if (path == "-" || stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) return std::nullopt;
  return static_cast<std::uint64_t>(status.st_size);
}

using Pipeline = OrderedPipeline<LoadChunk>;

// Reader thread: turns every input into items, chunk by chunk, and tells
// the display how far into the inputs it is.
class Producer {
 public:
  // `loaded`: files not to read again; null to read everything.
  Producer(const LoadSettings& settings, const std::vector<LoadInput>& files,
           const LoadedFiles* loaded, Pipeline& pipeline, LoadDisplay& display)
      : settings_(settings), files_(files), loaded_(loaded), pipeline_(pipeline), display_(display) {}

  void run() {
    try {
      ReadIssueSink sink = [&](const ReadIssue& issue) { add(issue); };
      for (const LoadInput& file : files_) {
        if (stopped_) break;
        display_.fileStarted();
        readFile(file.path, sink);
        // The size the total was made of, so a file that grew, shrank or
        // stopped early still ends at its share.
        bytes_before_file_ += file.size.value_or(bytes_in_file_);
        bytes_in_file_ = 0;
        display_.bytesRead(bytes_before_file_);
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
    } catch (const InputError& error) {
      sink(ReadIssue{Locator{path, 0, 0}, "", Severity::error, error.reason()});
      return;
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
        bytes_in_file_ = reader->sourceBytesRead();
        display_.bytesRead(bytes_before_file_ + bytes_in_file_);
      }
    } catch (const std::exception& error) {
      sink(ReadIssue{Locator{path, 0, 0}, "", Severity::error,
                     std::string("reading stopped: ") + error.what()});
    }
    bytes_in_file_ = reader->sourceBytesRead();
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
  const std::vector<LoadInput>& files_;
  const LoadedFiles* loaded_;
  Pipeline& pipeline_;
  LoadDisplay& display_;
  LoadChunk chunk_;
  std::uint64_t nextSequence_ = 0;
  std::uint64_t bytes_before_file_ = 0;  // of the files done
  std::uint64_t bytes_in_file_ = 0;      // of the file being read
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

WriterOptions writerOptions(const LoadSettings& settings, LoadDisplay& display) {
  WriterOptions options;
  options.full_text_search = settings.full_text_search;
  options.batch_size = settings.batch_size;
  options.all_or_nothing = settings.bail;
  options.loader_build = loaderBuild();
  options.finish_phases = [&display](FinishPhase phase) { display.phase(phase); };
  return options;
}

}  // namespace

std::optional<std::uint64_t> LoadInputs::totalBytes() const {
  std::uint64_t total = 0;
  for (const LoadInput& file : files) {
    if (!file.size) return std::nullopt;
    total += *file.size;
  }
  return total;
}

LoadInputs gatherLoadInputs(const LoadSettings& settings) {
  LoadInputs inputs;
  ReadIssueSink sink = [&](const ReadIssue& issue) { inputs.issues.push_back(issue); };
  for (std::string& path : expandInputs(settings.inputs, sink, catalogueFilesOf(settings.database_path)))
    inputs.files.push_back(LoadInput{path, regularFileSize(path)});
  return inputs;
}

LoadSummary runLoad(const LoadSettings& settings, const LoadInputs& inputs, LoadDisplay& display) {
  LoadSummary summary;
  CatalogueWriter writer(settings.database_path, writerOptions(settings, display));
  CatalogueFeed feed(writer, settings, summary, display);
  unsigned workers = parserThreads(settings.jobs);
  Pipeline pipeline(2 * workers + 2);
  Producer producer(settings, inputs.files, settings.reparse ? nullptr : &writer.loadedFiles(),
                    pipeline, display);
  {
    PipelineThreads threads(pipeline, producer, workers);
    try {
      for (const ReadIssue& issue : inputs.issues) feed(issue);
      while (std::optional<LoadChunk> chunk = pipeline.consume(workers))
        for (const LoadItem& item : chunk->items) std::visit(feed, item);
    } catch (const BailOut&) {
      summary.bailed = true;
    }
  }
  summary.discarded = summary.bailed || (summary.nothingRead() && writer.createsCatalogue());
  if (summary.discarded)
    writer.abandon();
  else
    writer.finish();
  summary.counts = writer.counts();
  return summary;
}

}  // namespace cablecat
