// Runs the built cablecat binary the way a user would and captures the result.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace cablecat::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Single quotes make every argument literal to the shell.
inline std::string shellQuote(const std::string& argument) {
  std::string quoted = "'";
  for (char c : argument) {
    if (c == '\'')
      quoted += "'\\''";
    else
      quoted += c;
  }
  return quoted + "'";
}

inline std::string readWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// `stdinText` is fed on stdin when given; stderr goes to a temporary file.
inline CommandResult runCablecat(const std::vector<std::string>& arguments, const std::string* stdinText = nullptr,
                                 const std::string& program = CABLECAT_BINARY) {
  static int counter = 0;
  std::string stem = (std::filesystem::temp_directory_path() /
                      ("cablecat-cli-" + std::to_string(getpid()) + "-" + std::to_string(counter++)))
                         .string();
  std::string command = shellQuote(program);
  for (const std::string& argument : arguments) {
    command += ' ';
    command += shellQuote(argument);
  }
  if (stdinText) {
    std::ofstream(stem + ".in", std::ios::binary) << *stdinText;
    command += " < ";
    command += shellQuote(stem + ".in");
  } else {
    command += " < /dev/null";
  }
  command += " 2> ";
  command += shellQuote(stem + ".err");
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) return result;
  char buffer[4096];
  std::size_t got;
  while ((got = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, got);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = readWholeFile(stem + ".err");
  std::filesystem::remove(stem + ".err");
  std::filesystem::remove(stem + ".in");
  return result;
}

}  // namespace cablecat::testing
