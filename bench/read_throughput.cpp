// Reader throughput: every RawCable of the inputs read, timed and digested.
//
// `read_throughput [--repeat N] [--format F] PATH...`: each PATH (a file, or a
// folder read recursively in sorted order) is opened with openCableReader and
// read to the end, N times (default 1); one line per PATH and run gives the
// cables, issues, bytes, wall and CPU seconds, MB/s (10^6 bytes / wall s) and
// an XXH3 digest over every field of every RawCable and every issue, in order.
// `--issues` also prints the issues to stderr; `--no-digest` skips hashing
// (digest shown as 0) to time the reader alone.
// The digest proves that a faster reader still produces the same output.
#include <xxhash.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "formats/cable_reader.h"

namespace {

// Each value is prefixed with its length, so ("ab","c") and ("a","bc") differ.
class Digest {
 public:
  Digest() : state_(XXH3_createState()) { XXH3_64bits_reset(state_); }
  ~Digest() { XXH3_freeState(state_); }
  Digest(const Digest&) = delete;
  Digest& operator=(const Digest&) = delete;

  bool enabled = true;

  void add(std::string_view text) {
    if (!enabled) return;
    add(static_cast<std::uint64_t>(text.size()));
    XXH3_64bits_update(state_, text.data(), text.size());
  }
  void add(std::uint64_t number) {
    if (enabled) XXH3_64bits_update(state_, &number, sizeof number);
  }
  void add(bool flag) { add(static_cast<std::uint64_t>(flag ? 1 : 0)); }
  void add(const std::vector<std::string>& list) {
    add(static_cast<std::uint64_t>(list.size()));
    for (const std::string& item : list) add(std::string_view(item));
  }
  std::uint64_t value() const { return enabled ? XXH3_64bits_digest(state_) : 0; }

 private:
  XXH3_state_t* state_;
};

void addCable(Digest& digest, const cablecat::RawCable& cable) {
  digest.add(std::string_view(cable.format));
  digest.add(std::string_view(cable.locator.path));
  digest.add(cable.locator.line);
  digest.add(cable.locator.row);
  const cablecat::RawMetadata& metadata = cable.metadata;
  digest.add(std::string_view(metadata.ref_id));
  digest.add(std::string_view(metadata.created));
  digest.add(std::string_view(metadata.released));
  digest.add(std::string_view(metadata.classification));
  digest.add(std::string_view(metadata.origin));
  digest.add(std::string_view(metadata.title_subject));
  digest.add(metadata.listed_references);
  digest.add(metadata.has_listed_references);
  digest.add(metadata.listed_tags);
  digest.add(metadata.has_listed_tags);
  digest.add(metadata.cut_short);
  digest.add(std::string_view(cable.header));
  digest.add(std::string_view(cable.body));
}

void addIssue(Digest& digest, const cablecat::ReadIssue& issue) {
  digest.add(std::string_view("issue"));
  digest.add(std::string_view(issue.locator.path));
  digest.add(issue.locator.line);
  digest.add(issue.locator.row);
  digest.add(std::string_view(issue.ref_id));
  digest.add(static_cast<std::uint64_t>(issue.severity));
  digest.add(std::string_view(issue.message));
}

double cpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

struct Totals {
  std::uint64_t files = 0;
  std::uint64_t cables = 0;
  std::uint64_t issues = 0;
  std::uint64_t bytes = 0;
};

// Reads every file of one argument into a fresh RawCable per cable, as the
// loader does (it moves each one to the parser thread).
Totals readAll(const std::string& argument, cablecat::InputFormat format, bool showIssues,
               Digest& digest) {
  Totals totals;
  auto onIssue = [&](const cablecat::ReadIssue& issue) {
    ++totals.issues;
    addIssue(digest, issue);
    if (showIssues)
      std::fprintf(stderr, "%s: %s\n", issue.locator.describe().c_str(), issue.message.c_str());
  };
  for (const std::string& path : cablecat::expandInputs({argument}, onIssue)) {
    ++totals.files;
    try {
      auto reader = cablecat::openCableReader(path, format, onIssue);
      for (;;) {
        cablecat::RawCable cable;
        if (!reader->next(cable)) break;
        ++totals.cables;
        addCable(digest, cable);
      }
      totals.bytes += reader->bytesRead();
    } catch (const cablecat::InputError& error) {
      digest.add(std::string_view(error.what()));
      ++totals.issues;
    }
  }
  return totals;
}

[[noreturn]] void usage() {
  std::fprintf(stderr,
               "usage: read_throughput [--repeat N] [--format auto|archive|html|csv|text] "
               "[--issues] [--no-digest] PATH...\n");
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 1;
  bool showIssues = false;  // --issues: print each issue to stderr
  bool hashing = true;      // --no-digest: time the reader alone
  cablecat::InputFormat format = cablecat::InputFormat::automatic;
  std::vector<std::string> paths;
  for (int index = 1; index < argc; ++index) {
    std::string_view argument = argv[index];
    if (argument == "--repeat" && index + 1 < argc) {
      repeat = std::atoi(argv[++index]);
      if (repeat < 1) usage();
    } else if (argument == "--format" && index + 1 < argc) {
      auto parsed = cablecat::inputFormatFromName(argv[++index]);
      if (!parsed) usage();
      format = *parsed;
    } else if (argument == "--no-digest") {
      hashing = false;
    } else if (argument == "--issues") {
      showIssues = true;
    } else if (argument.starts_with("--")) {
      usage();
    } else {
      paths.emplace_back(argument);
    }
  }
  if (paths.empty()) usage();
  std::printf("%-40s %6s %8s %6s %10s %8s %8s %9s  %s\n", "input", "files", "cables", "issues",
              "MB", "wall s", "cpu s", "MB/s", "digest");
  for (const std::string& path : paths) {
    for (int run = 0; run < repeat; ++run) {
      Digest digest;
      digest.enabled = hashing;
      auto wallStart = std::chrono::steady_clock::now();
      double cpuStart = cpuSeconds();
      Totals totals = readAll(path, format, showIssues, digest);
      double cpu = cpuSeconds() - cpuStart;
      double wall =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
      double megabytes = static_cast<double>(totals.bytes) / 1e6;
      std::string shown = path.size() > 40 ? "..." + path.substr(path.size() - 37) : path;
      std::printf("%-40s %6llu %8llu %6llu %10.1f %8.3f %8.3f %9.1f  %016llx\n", shown.c_str(),
                  static_cast<unsigned long long>(totals.files),
                  static_cast<unsigned long long>(totals.cables),
                  static_cast<unsigned long long>(totals.issues), megabytes, wall, cpu,
                  wall > 0 ? megabytes / wall : 0.0,
                  static_cast<unsigned long long>(digest.value()));
      std::fflush(stdout);
    }
  }
  return 0;
}
