// Load-speed benchmark of the writer on synthetic cables shaped like the real
// archive (about 6.8 KB of text and 20 child rows per cable). Disabled by
// default; run with --gtest_also_run_disabled_tests, size from
// CABLECAT_BENCH_CABLES (default 20000).
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <random>

#include "store_test_support.h"

namespace cablecat {
namespace {

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
      cable.recipients.push_back({index < 2 ? "to" : "info", "RUEH" + std::to_string(index % 50),
                                  "AMEMBASSY POST" + std::to_string(random_() % 300), "", "0001"});
    cable.tags = {{"PREL", "subject"}, {"PGOV", "subject"}, {"T" + std::to_string(random_() % 200), "geo"}};
    cable.references.clear();
    for (int index = 0; index < 3; ++index)
      cable.references.push_back({std::string(1, static_cast<char>('A' + index)), "STATE 1234",
                                  "09STATE" + std::to_string(random_() % 100000), "cable"});
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
      std::size_t index = static_cast<std::size_t>(std::pow(static_cast<double>(words_.size()), uniform)) - 1;
      text += words_[index % words_.size()];
      text += (word % 15 == 14) ? ".\n" : " ";
    }
    return text;
  }

  std::vector<std::string> words_;
  std::mt19937 random_;
};

double cpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void runLoad(const std::string& label, WriterOptions options, bool existing) {
  int count = 20000;
  if (const char* size = std::getenv("CABLECAT_BENCH_CABLES")) count = std::atoi(size);
  test::TempCatalogue catalogue("bench");
  const char* keep = std::getenv("CABLECAT_BENCH_KEEP");  // copy the result there
  if (existing) test::loadCables(catalogue.path(), {test::makeCable("01X1")}, "seed.csv", "csv");
  SyntheticCables generator;
  Cable cable;
  double generating = 0;
  std::uint64_t bytes = 0;
  Clock::time_point start = Clock::now();
  double cpuStart = cpuSeconds();
  CatalogueWriter writer(catalogue.path(), options);
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
  std::cout << label << ": " << count << " cables, " << bytes / 1000000 << " MB: writes "
            << writing << " s, finish " << finishSeconds << " s, total " << writing + finishSeconds << " s CPU, wall " << secondsSince(start)
            << " s (generation " << generating << " s excluded), file "
            << std::filesystem::file_size(catalogue.path()) / 1000000 << " MB\n";
  if (keep) std::filesystem::copy_file(catalogue.path(), keep, std::filesystem::copy_options::overwrite_existing);
}

TEST(DISABLED_WriterBenchmark, NewCatalogueWithoutFts) {
  WriterOptions options;
  options.full_text_search = false;
  runLoad("new catalogue, no FTS", options, false);
}

TEST(DISABLED_WriterBenchmark, NewCatalogueWithFtsAlongside) {
  runLoad("new catalogue, FTS alongside", {}, false);
}

TEST(DISABLED_WriterBenchmark, NewCatalogueWithFtsRebuiltAtTheEnd) {
  WriterOptions options;
  options.full_text_alongside = false;
  runLoad("new catalogue, FTS rebuilt at the end", options, false);
}

TEST(DISABLED_WriterBenchmark, LiveCatalogueWithoutFts) {
  WriterOptions options;
  options.full_text_search = false;
  runLoad("live catalogue, no FTS", options, true);
}

TEST(DISABLED_WriterBenchmark, LiveCatalogueWithFts) { runLoad("live catalogue, FTS", {}, true); }

}  // namespace
}  // namespace cablecat
