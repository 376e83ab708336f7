// libFuzzer target: the read verbs (query, search, show, report, stats,
// check, export-graph) run in-process, as the command line runs them, on a
// catalogue damaged by the fuzzer's bytes. Each must end with output or one
// error line: a crash, a sanitizer report or an escaped exception is a bug.
// Input: patches of (4-byte offset, 1-byte length, bytes) over a small real
// catalogue built once from the fuzz seeds.
#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/load_pipeline.h"
#include "cli/verb_failure.h"

namespace {

std::string scratch(const std::string& name) {
  return "/tmp/cablecat-verbs-fuzz-" + std::to_string(getpid()) + "-" + name;
}

void removeScratchFiles() {
  for (const char* name : {"pristine.db", "damaged.db"})
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::error_code ignored;
      std::filesystem::remove(scratch(name) + suffix, ignored);
    }
}

// A catalogue of the seed archive page, its bytes kept to patch.
const std::string& pristineCatalogue() {
  static const std::string bytes = [] {
    std::atexit(removeScratchFiles);
    std::string path = scratch("pristine.db");
    std::filesystem::remove(path);
    cablecat::LoadSettings settings;
    settings.database_path = path;
    settings.inputs = {CABLECAT_FUZZ_SEEDS "/archive.txt", CABLECAT_FUZZ_SEEDS "/row.csv"};
    std::ostringstream ignored;
    cablecat::LoadInputs inputs = cablecat::gatherLoadInputs(settings);
    cablecat::LoadDisplay display(ignored, false, inputs.totalBytes(), inputs.files.size());
    cablecat::runLoad(settings, inputs, display);
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }();
  return bytes;
}

void runVerb(std::vector<std::string> arguments) {
  std::vector<char*> argv{const_cast<char*>("cablecat")};
  for (std::string& argument : arguments) argv.push_back(argument.data());
  CLI::App app{"cablecat"};
  app.require_subcommand(1);
  int exitCode = 0;
  cablecat::addCommands(app, exitCode);
  std::ostringstream err;
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError&) {
  } catch (...) {
    cablecat::reportVerbFailure(app, std::current_exception(), err);  // as main() does
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string catalogue = pristineCatalogue();
  if (catalogue.empty()) return 0;
  for (std::size_t at = 0; at + 5 <= size;) {
    std::uint32_t offset = 0;
    std::memcpy(&offset, data + at, 4);
    std::size_t length = data[at + 4];
    at += 5;
    for (std::size_t i = 0; i < length && at < size; ++i, ++at)
      catalogue[(offset + i) % catalogue.size()] = static_cast<char>(data[at]);
  }
  std::string path = scratch("damaged.db");
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  std::ofstream(path, std::ios::binary) << catalogue;

  // The verbs print to std::cout and std::cerr: silence both.
  std::ostringstream sink;
  std::streambuf* out = std::cout.rdbuf(sink.rdbuf());
  std::streambuf* err = std::cerr.rdbuf(sink.rdbuf());
  for (const std::vector<std::string>& verb : std::vector<std::vector<std::string>>{
           {"query", "--mode", "json", "SELECT * FROM cables; SELECT * FROM reference_links; SELECT * FROM tags"},
           {"search", "embassy OR astana"}, {"show", "07ASTANA2327"}, {"report", "top-tags"}, {"stats"},
           {"check"}, {"export-graph", "--format", "graphml"}}) {
    std::vector<std::string> arguments{verb[0], "--db", path};
    arguments.insert(arguments.end(), verb.begin() + 1, verb.end());
    runVerb(arguments);
  }
  std::cout.rdbuf(out);
  std::cerr.rdbuf(err);
  return 0;
}
