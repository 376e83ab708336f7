// The catalogue writer alone: synthetic cables shaped like the real archive
// (about 6.8 KB of text and 20 child rows each) written straight through
// CatalogueWriter, no reading or parsing, in each way a load writes.
//
//   writer_benchmark [--cables N] [--keep FILE] [SCENARIO...]
//
// Scenarios (default: all): new-no-fts, new-fts-alongside, new-fts-rebuilt,
// live-no-fts, live-fts. "live" loads into a catalogue that already holds a
// cable. --keep copies the last catalogue to FILE.
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "store/catalogue_writer.h"

namespace {

using namespace cablecat;
using Clock = std::chrono::steady_clock;

class SyntheticCables {
 public:
  SyntheticCables() {
    std::mt19937 random(42);
    for (int word = 0; word < 20000; ++word) {
      std::string text;
      int length = 2 + static_cast<int>(random() % 9);
      for (int letter = 0; letter < length; ++letter) text += static_cast<char>('a' + random() % 26);
      words_.push_back(text);
    }
    random_.seed(7);
  }

  void fill(Cable& cable, int serial) {
    cable.ref_id = "09STATE" + std::to_string(serial);
    cable.created = "2009-03-01T10:00";
    cable.released = "2011-08-30T01:44";
    cable.classification = "CONFIDENTIAL";
    cable.origin = "Secretary of State";
    cable.subject = sentence(8);
    cable.summary = sentence(60);
    cable.transmission_id = "VZCZCXRO1141";
    cable.precedence = "ROUTINE";
    cable.dtg = "2009-03-01T10:00Z";
    cable.from_station = "SECSTATE WASHDC";
    cable.section_count = serial % 3;
    cable.signers = {"CLINTON"};
    cable.recipients.clear();
    for (int index = 0; index < 8; ++index)
      cable.recipients.push_back({index < 2 ? RecipientKind::to : RecipientKind::info, "RUEH" + std::to_string(index % 50),
                                  "AMEMBASSY POST" + std::to_string(random_() % 300), "", "0001"});
    cable.tags = {{"PREL", TagKind::subject}, {"PGOV", TagKind::subject}, {"T" + std::to_string(random_() % 200), TagKind::geo}};
    cable.references.clear();
    for (int index = 0; index < 3; ++index)
      cable.references.push_back({std::string(1, static_cast<char>('A' + index)), "STATE 1234",
                                  "09STATE" + std::to_string(random_() % 100000), ReferenceKind::cable});
    cable.listed_references = {"09STATE1", "09STATE2"};
    cable.has_listed_references = true;
    cable.header = "VZCZCXRO1141\nRR RUEHWEB\nDE RUEHC #1234 0601000\nZNR UUUUU ZZH\n";
    cable.body = sentence(1000);
    cable.content_hash = std::to_string(serial) + "-" + std::to_string(cable.body.size());
  }

 private:
  std::string sentence(int count) {
    std::string text;
    for (int word = 0; word < count; ++word) {
      // Roughly Zipf-distributed words, like real prose.
      double uniform = static_cast<double>(random_()) / static_cast<double>(std::mt19937::max());
      auto index = static_cast<std::size_t>(std::pow(static_cast<double>(words_.size()), uniform)) - 1;
      text += words_[index % words_.size()];
      text += (word % 15 == 14) ? ".\n" : " ";
    }
    return text;
  }

  std::vector<std::string> words_;
  std::mt19937 random_;
};

struct Scenario {
  WriterOptions options;
  bool live = false;  // into a catalogue that already holds a cable
};

std::map<std::string, Scenario> scenarios() {
  WriterOptions noFts;
  noFts.full_text_search = false;
  WriterOptions rebuilt;
  rebuilt.full_text_alongside = false;
  return {{"new-no-fts", {noFts, false}},
          {"new-fts-alongside", {{}, false}},
          {"new-fts-rebuilt", {rebuilt, false}},
          {"live-no-fts", {noFts, true}},
          {"live-fts", {{}, true}}};
}

double cpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

void writeOne(const std::string& catalogue, const Cable& cable) {
  CatalogueWriter writer(catalogue, {});
  std::int64_t source = writer.beginSource("seed.csv", "csv");
  writer.write(cable, source, {"seed.csv", 0, 1}, "csv");
  writer.endSource(source, 1, 1);
  writer.finish();
}

void run(const std::string& name, const Scenario& scenario, int count, const std::string& catalogue) {
  SyntheticCables generator;
  Cable cable;
  if (scenario.live) {
    generator.fill(cable, 0);
    writeOne(catalogue, cable);
  }
  double generating = 0;
  std::uint64_t bytes = 0;
  Clock::time_point start = Clock::now();
  double cpuStart = cpuSeconds();
  CatalogueWriter writer(catalogue, scenario.options);
  std::int64_t source = writer.beginSource("bench.csv", "csv");
  for (int serial = 1; serial <= count; ++serial) {
    double made = cpuSeconds();
    generator.fill(cable, serial);
    generating += cpuSeconds() - made;
    bytes += cable.header.size() + cable.body.size();
    writer.write(cable, source, {"bench.csv", 0, static_cast<std::uint64_t>(serial)}, "csv");
  }
  double writing = cpuSeconds() - cpuStart - generating;
  writer.endSource(source, bytes, static_cast<std::uint64_t>(count));
  double finishing = cpuSeconds();
  writer.finish();
  double finishSeconds = cpuSeconds() - finishing;
  double wall = std::chrono::duration<double>(Clock::now() - start).count();
  std::cout << name << ": " << count << " cables, " << bytes / 1000000 << " MB: writes " << writing
            << " s, finish " << finishSeconds << " s, total " << writing + finishSeconds
            << " s CPU, wall " << wall << " s (generation " << generating
            << " s excluded), file " << std::filesystem::file_size(catalogue) / 1000000 << " MB\n";
}

}  // namespace

int main(int argc, char** argv) {
  int count = 20000;
  std::string keep;
  std::vector<std::string> chosen;
  std::map<std::string, Scenario> known = scenarios();
  for (int index = 1; index < argc; ++index) {
    std::string argument = argv[index];
    if (argument == "--cables" && index + 1 < argc) {
      count = std::atoi(argv[++index]);
    } else if (argument == "--keep" && index + 1 < argc) {
      keep = argv[++index];
    } else if (known.contains(argument)) {
      chosen.push_back(argument);
    } else {
      std::cerr << "usage: writer_benchmark [--cables N] [--keep FILE] [new-no-fts | "
                   "new-fts-alongside | new-fts-rebuilt | live-no-fts | live-fts]...\n";
      return 2;
    }
  }
  if (chosen.empty())
    for (const auto& [name, scenario] : known) chosen.push_back(name);
  std::filesystem::path folder = std::filesystem::temp_directory_path() /
                                 ("cablecat-writer-benchmark-" + std::to_string(::getpid()));
  for (const std::string& name : chosen) {
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    std::string catalogue = (folder / "bench.db").string();
    run(name, known.at(name), count, catalogue);
    if (!keep.empty())
      std::filesystem::copy_file(catalogue, keep, std::filesystem::copy_options::overwrite_existing);
  }
  std::filesystem::remove_all(folder);
  return 0;
}
