// `cablecat parse`: one cable or any fragment of one, to JSON on stdout.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "cable_json.h"
#include "commands.h"
#include "parse/cable_parser.h"
#include "parse/reference_ids.h"

namespace cablecat {

namespace {

struct ParseOptions {
  std::string id;
  std::string created;
  std::string input;
};

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
      "parse", "Parse one cable, or any fragment of one, and print its fields as JSON");
  command->add_option("--id", options->id, "Reference ID of the cable (e.g. 07ASTANA2327)");
  command->add_option("--created", options->created,
                      "Creation date (YYYY-MM-DD); references without a year take its year");
  command->add_option("input", options->input, "Text file, or - for stdin")->required();
  command->callback([options, &exitCode] { exitCode = runParseCommand(*options); });
}

}  // namespace cablecat
