// libFuzzer target: any command line (arguments split at NUL bytes) through
// cablecat's real option definitions and checks. The verbs' work is left out
// (a fuzzer must not load or write files): each callback is emptied, so what
// runs is parsing, validation, help and error printing.
#include <CLI/CLI.hpp>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> arguments;
  std::string current;
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] == 0) {
      arguments.push_back(current);
      current.clear();
    } else {
      current += static_cast<char>(data[i]);
    }
  }
  arguments.push_back(current);
  if (arguments.size() > 32) return 0;
  std::vector<char*> argv{const_cast<char*>("cablecat")};
  for (std::string& argument : arguments) argv.push_back(argument.data());

  CLI::App app{"cablecat"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "cablecat");
  int exitCode = 0;
  cablecat::addCommands(app, exitCode);
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; })) command->callback(nullptr);
  std::ostringstream out, err;
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& error) {
    app.exit(error, out, err);
  }
  return 0;
}
