// `cablecat parse`: a cable or any fragment of one, to JSON on stdout; a
// page or dump holding cables, each of them (NDJSON when several).
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include "cable_json.h"
#include "commands.h"
#include "formats/byte_input.h"
#include "formats/reader_support.h"
#include "parse/cable_parser.h"
#include "parse/reference_id.h"
#include "parse/text_lines.h"

namespace cablecat {

namespace {

struct ParseOptions {
  std::string id;
  std::string created;
  std::string input;
};

// The input's bytes from the start, as often as asked: the file again, or
// stdin spooled once to a temporary file (a chunk at a time, so a whole
// cables.csv on stdin never sits in memory).
class ParseInput {
 public:
  explicit ParseInput(std::string path) : path_(std::move(path)), spool_(nullptr, &std::fclose) {}

  // False (and a message) when stdin cannot be spooled.
  bool prepare() {
    if (path_ != "-") return true;
    spool_.reset(std::tmpfile());
    char chunk[1 << 16];
    while (spool_ && std::cin.read(chunk, sizeof chunk).gcount() > 0)
      if (std::fwrite(chunk, 1, static_cast<std::size_t>(std::cin.gcount()), spool_.get()) !=
          static_cast<std::size_t>(std::cin.gcount()))
        spool_.reset();
    if (spool_ && std::fflush(spool_.get()) == 0) return true;
    std::cerr << "cablecat parse: -: cannot buffer stdin\n";
    return false;
  }

  // Throws InputError when the file cannot be opened.
  std::unique_ptr<ByteInput> bytes() const {
    if (!spool_) return ByteInput::open(path_);
    ::lseek(fileno(spool_.get()), 0, SEEK_SET);
    return std::make_unique<ByteInput>(::dup(fileno(spool_.get())), "-", true);
  }

 private:
  std::string path_;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> spool_;
};

std::string wholeText(ByteInput& input) {
  std::string text;
  char chunk[1 << 16];
  while (std::size_t got = input.read(chunk, sizeof chunk)) text.append(chunk, got);
  return text;
}

// Plain cable text or a fragment (a header, a REF block, a few lines),
// parsed as it is: one object.
int printFragment(std::string text, const ParseOptions& options) {
  RawCable raw;
  raw.format = "text";
  raw.locator = Locator{options.input, 1, 0};
  raw.body = std::move(text);
  raw.metadata.ref_id = options.id;
  std::string stem = std::filesystem::path(options.input).stem().string();
  if (raw.metadata.ref_id.empty() && ReferenceId(stem).isWellFormed()) raw.metadata.ref_id = stem;
  raw.metadata.created = options.created;
  std::cout << jsonText(cableToJson(parseCable(raw), {raw.format, locatorText(raw.locator)}), 2) << "\n";
  return kExitOk;
}

// The next cable the reader gives that --id wants (any, without --id).
bool nextWanted(CableReader& reader, const ParseOptions& options, RawCable& raw, std::size_t& seen) {
  while (reader.next(raw)) {
    ++seen;
    if (options.id.empty() || equalsNoCase(raw.metadata.ref_id, options.id)) return true;
  }
  return false;
}

nlohmann::ordered_json parsedForm(RawCable raw, const ParseOptions& options) {
  if (raw.metadata.created.empty()) raw.metadata.created = options.created;
  CableForm form{raw.format, locatorText(raw.locator)};
  return cableToJson(parseCable(std::move(raw)), form);
}

// Every cable of a page or dump with the metadata of its form: one object
// for one cable (or the one --id names), one line each when there are more.
int printContainedCables(CableReader& reader, const ParseOptions& options) {
  RawCable first, next;
  std::size_t seen = 0;
  if (!nextWanted(reader, options, first, seen)) {
    std::cerr << "cablecat parse: " << options.input << ": "
              << (seen == 0 ? std::string("no cable found")
                            : "no cable " + options.id + " among " + std::to_string(seen) + " cables")
              << "\n";
    return kExitFailure;
  }
  if (!options.id.empty() || !nextWanted(reader, options, next, seen)) {
    std::cout << jsonText(parsedForm(std::move(first), options), 2) << "\n";
    return kExitOk;
  }
  std::cout << jsonText(parsedForm(std::move(first), options), -1) << "\n";
  do std::cout << jsonText(parsedForm(std::move(next), options), -1) << "\n";
  while (nextWanted(reader, options, next, seen));
  return kExitOk;
}

int runParseCommand(const ParseOptions& options) {
  ParseInput input(options.input);
  if (!input.prepare()) return kExitFailure;
  try {
    // The load's own reader unwraps a page or dump; text it cannot place,
    // or plain cable text, is parsed as it is.
    std::unique_ptr<CableReader> reader;
    try {
      reader = openCableReader(input.bytes(), InputFormat::automatic, [](const ReadIssue&) {});
    } catch (const InputError&) {
    }
    if (reader && reader->format() != InputFormat::text) return printContainedCables(*reader, options);
    std::unique_ptr<ByteInput> bytes = input.bytes();
    return printFragment(wholeText(*bytes), options);
  } catch (const InputError& error) {
    std::cerr << "cablecat parse: " << error.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace

void addParseCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<ParseOptions>();
  CLI::App* command = app.add_subcommand(
      "parse",
      "Parse one cable, or any fragment of one, and print its fields as JSON; a WikiLeaks page, an archive page "
      "or a cables.csv dump gives every cable it holds, with the metadata of its form (NDJSON for several)");
  command->add_option("--id", options->id, "Only the cable with this reference ID (e.g. 07ASTANA2327)");
  command->add_option("--created", options->created,
                      "Creation date (YYYY-MM-DD); references without a year take its year");
  command->add_option("FILE", options->input, "File (a cable, a fragment, a page, a dump; .gz too), or - for stdin")
      ->required();
  command->callback([options, &exitCode] { exitCode = runParseCommand(*options); });
}

}  // namespace cablecat
