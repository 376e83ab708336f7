// Runs cablecat on a pseudo-terminal, as a person at a terminal would, and
// keeps every byte it wrote there; a small screen model replays them.
#pragma once

#include <string>
#include <vector>

namespace cablecat::test {

struct TerminalResult {
  int exit_code = -1;  // -1: killed by a signal
  std::string bytes;   // stdout and stderr as written to the terminal
};

// Runs CABLECAT_BINARY with `arguments` on a new pseudo-terminal of
// `columns` columns (stdin, stdout and stderr all on it).
TerminalResult runCablecatOnTerminal(const std::vector<std::string>& arguments, unsigned short columns = 100);

// The lines a terminal shows after `bytes`: "\r" returns to the start of the
// line, "\033[K" clears to its end, other characters overwrite.
std::vector<std::string> screenLines(const std::string& bytes);

}  // namespace cablecat::test
