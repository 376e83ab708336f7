// `cablecat parse`: one cable or any fragment of one, to JSON on stdout.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>

#include "cable_json.h"
#include "commands.h"
#include "formats/byte_input.h"
#include "formats/format_detection.h"
#include "formats/reader_support.h"
#include "parse/cable_parser.h"
#include "parse/reference_ids.h"
#include "parse/text_lines.h"

namespace cablecat {

namespace {

struct ParseOptions {
  std::string id;
  std::string created;
  std::string input;
};

// A WikiLeaks page, an archive page or a cables.csv dump, read by the load's
// own reader: the cable with `id`, or the first one. False (and a message)
// when the input holds no such cable.
bool readContainedCable(const std::string& bytes, const ParseOptions& options, RawCable& raw) {
  // The bytes were read already (stdin can be read once): the reader gets
  // them back through a temporary file.
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::tmpfile(), &std::fclose);
  if (!file || std::fwrite(bytes.data(), 1, bytes.size(), file.get()) != bytes.size() ||
      std::fflush(file.get()) != 0) {
    std::cerr << "cablecat parse: " << options.input << ": cannot buffer the input\n";
    return false;
  }
  std::rewind(file.get());
  auto input = std::make_unique<ByteInput>(fileno(file.get()), options.input, false);
  std::unique_ptr<CableReader> reader = openCableReader(std::move(input), InputFormat::automatic, [](const ReadIssue&) {});
  std::size_t count = 0;
  while (reader->next(raw)) {
    ++count;
    if (options.id.empty() || equalsNoCase(raw.metadata.ref_id, options.id)) return true;
  }
  std::cerr << "cablecat parse: " << options.input << ": "
            << (count == 0 ? std::string("no cable found") : "no cable " + options.id + " among " +
                                                                  std::to_string(count) + " cables")
            << "\n";
  return false;
}

int runParseCommand(const ParseOptions& options) {
  RawCable raw;
  raw.format = "text";
  raw.locator = Locator{options.input, 1, 0};
  if (options.input == "-") {
    raw.body.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(options.input, std::ios::binary);
    if (!in) {
      std::cerr << "cablecat parse: " << options.input << ": cannot open file\n";
      return kExitFailure;
    }
    raw.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  // A page or dump is unwrapped first; a cable text or fragment is parsed as it is.
  std::optional<InputFormat> format = detectFormat(std::string_view(raw.body).substr(0, kSniffBytes));
  if (format && *format != InputFormat::text) {
    std::string bytes = std::move(raw.body);
    raw = RawCable();
    if (!readContainedCable(bytes, options, raw)) return kExitFailure;
    if (raw.metadata.created.empty()) raw.metadata.created = options.created;
    Cable cable = parseCable(std::move(raw));
    std::cout << cableToJson(cable).dump(2) << "\n";
    return kExitOk;
  }
  raw.metadata.ref_id = options.id;
  std::string stem = std::filesystem::path(options.input).stem().string();
  if (raw.metadata.ref_id.empty() && isWellFormedRefId(stem)) raw.metadata.ref_id = stem;
  raw.metadata.created = options.created;
  Cable cable = parseCable(raw);
  std::cout << cableToJson(cable).dump(2) << "\n";
  return kExitOk;
}

}  // namespace

void addParseCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* command = app.add_subcommand(
      "parse",
      "Parse one cable, or any fragment of one, and print its fields as JSON; a WikiLeaks page, an archive page "
      "or a cables.csv dump gives its cable --id (else its first)");
  command->add_option("--id", options->id, "Reference ID of the cable (e.g. 07ASTANA2327)");
  command->add_option("--created", options->created,
                      "Creation date (YYYY-MM-DD); references without a year take its year");
  command->add_option("input", options->input, "Text file, or - for stdin")->required();
  command->callback([options, &exitCode] { exitCode = runParseCommand(*options); });
}

}  // namespace cablecat
