// Pseudo-terminal runs for tests of what a person sees (see terminal_run.h).
#include "terminal_run.h"

#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

namespace cablecat::test {

TerminalResult runCablecatOnTerminal(const std::vector<std::string>& arguments, unsigned short columns) {
  std::vector<std::string> argvText{CABLECAT_BINARY};
  argvText.insert(argvText.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& argument : argvText) argv.push_back(argument.data());
  argv.push_back(nullptr);
  winsize size{};
  size.ws_row = 40;
  size.ws_col = columns;
  int terminal = -1;
  pid_t child = forkpty(&terminal, nullptr, nullptr, &size);
  TerminalResult result;
  if (child < 0) return result;
  if (child == 0) {
    execv(argv[0], argv.data());
    _exit(127);
  }
  char buffer[4096];
  for (;;) {
    ssize_t count = read(terminal, buffer, sizeof buffer);
    if (count > 0) {
      result.bytes.append(buffer, static_cast<std::size_t>(count));
      continue;
    }
    if (count < 0 && errno == EINTR) continue;
    break;  // EIO: the child closed its side
  }
  close(terminal);
  int status = 0;
  waitpid(child, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::vector<std::string> screenLines(const std::string& bytes) {
  std::vector<std::string> lines(1);
  std::size_t column = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    char c = bytes[i];
    if (c == '\r') {
      column = 0;
    } else if (c == '\n') {
      lines.emplace_back();
      column = 0;
    } else if (bytes.compare(i, 3, "\033[K") == 0) {
      lines.back().resize(std::min(column, lines.back().size()));
      i += 2;
    } else {
      std::string& line = lines.back();
      if (column < line.size())
        line[column] = c;
      else
        line.push_back(c);
      ++column;
    }
  }
  if (lines.back().empty()) lines.pop_back();
  return lines;
}

}  // namespace cablecat::test
