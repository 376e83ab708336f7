// Command running for the end-to-end tests.
#include "command_runner.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>

namespace cablecat::test {

CommandResult runCommand(const std::string& commandLine) {
  TemporaryFolder scratch("cablecat-run");
  std::string out = scratch.file("out"), err = scratch.file("err");
  std::string full = "(" + commandLine + ") > '" + out + "' 2> '" + err + "' < /dev/null";
  int status = std::system(full.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = readFile(out);
  result.err = readFile(err);
  return result;
}

CommandResult runCablecatLine(const std::string& arguments) {
  return runCommand(std::string(CABLECAT_BINARY) + " " + arguments);
}

std::string shellQuote(const std::string& argument) {
  std::string quoted = "'";
  for (char c : argument) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

CommandResult runCablecat(const std::vector<std::string>& arguments, const std::string* stdinText,
                          const std::string& program) {
  std::string command = shellQuote(program);
  for (const std::string& argument : arguments) command += " " + shellQuote(argument);
  if (!stdinText) return runCommand(command);
  TemporaryFolder scratch("cablecat-stdin");
  std::string input = scratch.file("in");
  writeFile(input, *stdinText);
  // runCommand feeds /dev/null; an inner redirection of our own wins.
  return runCommand(command + " < " + shellQuote(input));
}

}  // namespace cablecat::test
