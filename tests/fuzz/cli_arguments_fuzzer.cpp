// libFuzzer target: any command line (arguments split at NUL bytes) through
// cablecat's real option definitions and checks. The verbs' work is left out
// (a fuzzer must not load or write files): each verb's callback is taken out
// before parsing (and kept, as it owns the verb's options), so what runs is
// parsing, validation, help and error printing.
#include <CLI/CLI.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "cli/usage_errors.h"

namespace {

// CLI11 has no getter for a subcommand's callback; a pointer to the
// protected member, formed in a derived class, reads it legally.
struct CallbackAccess : CLI::App {
  static std::function<void()>& finalCallbackOf(CLI::App& app) {
    return app.*(&CallbackAccess::final_callback_);
  }
};

}  // namespace

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
  std::vector<std::function<void()>> verbs;  // not run, but alive until the end
  for (CLI::App* command : app.get_subcommands([](CLI::App*) { return true; }))
    verbs.push_back(std::exchange(CallbackAccess::finalCallbackOf(*command), nullptr));
  std::ostringstream out, err;
  if (std::optional<std::string> unknown = cablecat::unknownVerbError(app, static_cast<int>(argv.size()), argv.data()))
    err << *unknown;
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::CallForHelp& help) {
    app.exit(help, out, err);
  } catch (const CLI::ParseError& error) {
    err << cablecat::describeUsageError(app, error);  // as main() words it
  }
  return 0;
}
