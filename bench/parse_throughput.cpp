// Times the pure parser alone (parseCable) over files read into memory first, and digests its output.
//
// Usage: parse_throughput [--repeat N] [--limit N] [--json-out FILE] INPUT...
// Inputs are files or folders (expanded like `cablecat load`). Every RawCable
// is read before the clock starts and each parseCable call is timed alone, so
// only parsing counts; with --repeat the fastest of N passes is reported, as
// wall time and as this thread's CPU time (steadier on a busy shared machine).
// The digest (xxhash64) covers one JSON line per parsed cable: the object of
// `cablecat parse` plus the fields it leaves out (header, body, content hash,
// listed references, malformed flag); equal digests mean equal parser output.
// --json-out writes those lines, to diff two builds when the digests differ;
// --limit stops reading after N cables (for callgrind runs).
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "cable_json.h"
#include "formats/cable_reader.h"
#include "parse/cable_parser.h"

namespace {

using namespace cablecat;

struct Options {
  int repeat = 1;
  std::size_t limit = 0;  // 0: no limit
  std::string jsonOut;
  std::vector<std::string> inputs;
};

[[noreturn]] void usage() {
  std::fprintf(stderr, "usage: parse_throughput [--repeat N] [--limit N] [--json-out FILE] INPUT...\n");
  std::exit(2);
}

Options parseArguments(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    std::string argument = argv[i];
    if (argument == "--repeat" && i + 1 < argc) {
      options.repeat = std::max(1, std::atoi(argv[++i]));
    } else if (argument == "--limit" && i + 1 < argc) {
      options.limit = static_cast<std::size_t>(std::max(0L, std::atol(argv[++i])));
    } else if (argument == "--json-out" && i + 1 < argc) {
      options.jsonOut = argv[++i];
    } else if (!argument.empty() && argument[0] == '-' && argument != "-") {
      usage();
    } else {
      options.inputs.push_back(argument);
    }
  }
  if (options.inputs.empty()) usage();
  return options;
}

// The bytes the parser sees: metadata fields plus header and body.
std::size_t rawSize(const RawCable& raw) {
  std::size_t size = raw.header.size() + raw.body.size() + raw.metadata.ref_id.size() +
                     raw.metadata.created.size() + raw.metadata.title_subject.size();
  for (const std::string& reference : raw.metadata.listed_references) size += reference.size();
  return size;
}

std::vector<RawCable> readAll(const std::vector<std::string>& inputs, std::size_t limit) {
  ReadIssueSink ignoreIssues = [](const ReadIssue&) {};
  std::vector<RawCable> cables;
  for (const std::string& path : expandInputs(inputs, ignoreIssues)) {
    auto reader = openCableReader(path, InputFormat::automatic, ignoreIssues);
    RawCable raw;
    while ((limit == 0 || cables.size() < limit) && reader->next(raw)) {
      cables.push_back(std::move(raw));
      raw = RawCable{};
    }
  }
  return cables;
}

// CPU time of this thread: unlike wall time it does not grow while other
// processes hold the (shared, busy) cores.
double threadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

// Everything parseCable produced, as one line of JSON: the CLI's object
// plus the fields it leaves out, under keys starting with "_".
std::string outputText(const Cable& cable) {
  nlohmann::ordered_json json = cableToJson(cable);
  json["_ref_id_malformed"] = cable.ref_id_malformed;
  json["_has_listed_references"] = cable.has_listed_references;
  json["_listed_references"] = cable.listed_references;
  json["_content_hash"] = cable.content_hash;
  json["_header"] = cable.header;
  json["_body"] = cable.body;
  // Invalid UTF-8 cannot reach here (the parser repairs it), but a digest
  // tool must never throw: replace rather than fail.
  return json.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

int main(int argc, char** argv) {
  Options options = parseArguments(argc, argv);
  std::vector<RawCable> raws;
  try {
    raws = readAll(options.inputs, options.limit);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "parse_throughput: %s\n", error.what());
    return 1;
  }
  std::size_t bytes = 0;
  for (const RawCable& raw : raws) bytes += rawSize(raw);

  // Each call is timed alone and its cable digested and freed before the
  // next, so memory is reused as in `cablecat load` and only parseCable counts.
  XXH64_state_t* digest = XXH64_createState();
  XXH64_reset(digest, 0);
  std::ofstream jsonOut;
  if (!options.jsonOut.empty()) jsonOut.open(options.jsonOut, std::ios::binary);
  double best = 0;
  double bestCpu = 0;
  for (int pass = 0; pass < options.repeat; ++pass) {
    double seconds = 0;
    double cpuSeconds = 0;
    for (const RawCable& raw : raws) {
      auto start = std::chrono::steady_clock::now();
      double cpuStart = threadCpuSeconds();
      Cable cable = parseCable(raw);
      cpuSeconds += threadCpuSeconds() - cpuStart;
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (pass > 0) continue;
      std::string text = outputText(cable);
      XXH64_update(digest, text.data(), text.size());
      XXH64_update(digest, "\n", 1);
      if (jsonOut) jsonOut << text << '\n';
    }
    if (pass == 0 || seconds < best) best = seconds;
    if (pass == 0 || cpuSeconds < bestCpu) bestCpu = cpuSeconds;
  }
  unsigned long long hash = XXH64_digest(digest);
  XXH64_freeState(digest);

  double cables = static_cast<double>(raws.size());
  std::printf("cables %zu  bytes %.1f MB  parse %.3f s (best of %d)  %.2f us/cable  %.1f MB/s  "
              "cpu %.2f us/cable  digest %016llx\n",
              raws.size(), static_cast<double>(bytes) / 1e6, best, options.repeat,
              cables > 0 ? best * 1e6 / cables : 0.0,
              best > 0 ? static_cast<double>(bytes) / 1e6 / best : 0.0,
              cables > 0 ? bestCpu * 1e6 / cables : 0.0, hash);
  return 0;
}
