// Runs the cablecat binary (or any command) from tests and captures its output.
#pragma once

#include <string>
#include <vector>

#include "temporary_folder.h"

namespace cablecat::test {

struct CommandResult {
  int exit_code = -1;  // -1: killed by a signal
  std::string out;
  std::string err;
};

// Runs `commandLine` through /bin/sh with stdout and stderr captured.
CommandResult runCommand(const std::string& commandLine);

// Runs `cablecat ARGUMENTS` (a shell command line fragment).
CommandResult runCablecatLine(const std::string& arguments);

// Runs `program` with each argument quoted literally; `stdinText`, when
// given, is fed on stdin (else /dev/null).
CommandResult runCablecat(const std::vector<std::string>& arguments,
                          const std::string* stdinText = nullptr,
                          const std::string& program = CABLECAT_BINARY);

// Single quotes make an argument literal to the shell.
std::string shellQuote(const std::string& argument);

}  // namespace cablecat::test
