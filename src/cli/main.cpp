// cablecat: wires the verbs together; each verb lives in its own file.
#include <CLI/CLI.hpp>

#include <iostream>
#include <optional>
#include <string>

#include "commands.h"
#include "usage_errors.h"
#include "verb_failure.h"

int main(int argc, char** argv) {
  // cablecat writes only through iostreams: unsynced, std::cout buffers
  // itself instead of locking stdio for every << (a 130k-row query result
  // printed several times faster).
  std::ios::sync_with_stdio(false);
  // Named here, so usage lines say "cablecat" whatever path started it.
  CLI::App app{"cablecat: load US diplomatic cables into a normalized SQLite catalogue", "cablecat"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("cablecat ") + cablecat::versionString());
  int exitCode = 0;
  cablecat::addCommands(app, exitCode);
  if (std::optional<std::string> unknown = cablecat::unknownVerbError(app, argc, argv)) {
    std::cerr << *unknown << "\n";
    return cablecat::kExitUsage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    std::cerr << cablecat::describeUsageError(app, error) << "\n";
    return cablecat::kExitUsage;
  } catch (...) {
    // Anything a verb let escape: one line and exit 1, never an abort.
    return cablecat::reportVerbFailure(app, std::current_exception(), std::cerr);
  }
  return exitCode;
}
