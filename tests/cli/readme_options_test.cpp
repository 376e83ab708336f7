// Issue 16: README's "Every option" lists what each verb's --help lists, so
// the two cannot drift apart: every verb, its usage line and its options.
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "support/command_runner.h"

using namespace cablecat::test;

namespace {

const std::string kReadme = std::string(CABLECAT_TEST_DATA) + "/../../README.md";

struct VerbDoc {
  std::string usage;              // "cablecat load [OPTIONS] INPUT..."
  std::set<std::string> options;  // "--db", "-j", "--jobs", ...
};

// "-j, --jobs N" or "-j,--jobs UINT": the names, without the value.
std::set<std::string> optionNames(const std::string& cell) {
  std::set<std::string> names;
  static const std::regex kName("(^|[ ,`])(--?[a-z][a-z-]*)");
  for (std::sregex_iterator it(cell.begin(), cell.end(), kName), end; it != end; ++it) names.insert((*it)[2]);
  return names;
}

// The "## Every option" section: a "### VERB" heading, the usage line in
// backquotes, then a table whose first column names the options.
std::map<std::string, VerbDoc> readmeVerbs() {
  std::istringstream readme(readFile(kReadme));
  std::map<std::string, VerbDoc> verbs;
  std::string line, verb;
  bool inSection = false;
  while (std::getline(readme, line)) {
    if (line.rfind("## ", 0) == 0) inSection = line == "## Every option";
    if (!inSection) continue;
    if (line.rfind("### ", 0) == 0) {
      verb = line.substr(4);
      verbs[verb];
    } else if (!verb.empty() && line.rfind("`cablecat ", 0) == 0) {
      verbs[verb].usage = line.substr(1, line.rfind('`') - 1);
    } else if (!verb.empty() && line.rfind("| `-", 0) == 0) {
      std::string cell = line.substr(2, line.find(" | ", 2) - 2);
      verbs[verb].options.merge(optionNames(cell));
    }
  }
  return verbs;
}

// What `cablecat VERB --help` prints: its usage line and option names
// (-h, --help left out: every verb has it).
VerbDoc helpOf(const std::string& verb) {
  CommandResult help = runCablecat({verb, "--help"});
  std::istringstream lines(help.out);
  VerbDoc doc;
  std::string line;
  bool inOptions = false;
  while (std::getline(lines, line)) {
    if (line.rfind("Usage: ", 0) == 0) doc.usage = line.substr(7);
    if (line == "Options:") inOptions = true;
    if (!inOptions || line.rfind("  -", 0) != 0) continue;
    std::string names = line.substr(2, line.find(' ', 2) - 2);
    for (const std::string& name : optionNames(names))
      if (name != "-h" && name != "--help") doc.options.insert(name);
  }
  return doc;
}

std::set<std::string> helpVerbs() {
  std::string help = runCablecat({"--help"}).out;
  std::set<std::string> verbs;
  std::size_t start = help.find("Subcommands:");
  std::istringstream lines(help.substr(start == std::string::npos ? help.size() : start));
  std::string line;
  while (std::getline(lines, line))
    if (line.rfind("  ", 0) == 0) verbs.insert(line.substr(2, line.find(' ', 2) - 2));
  return verbs;
}

std::string joined(const std::set<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : " ") + name;
  return text;
}

}  // namespace

TEST(ReadmeOptions, EveryVerbIsDocumented) {
  std::map<std::string, VerbDoc> documented = readmeVerbs();
  std::set<std::string> names;
  for (const auto& entry : documented) names.insert(entry.first);
  ASSERT_FALSE(names.empty()) << "no '## Every option' section in " << kReadme;
  EXPECT_EQ(joined(names), joined(helpVerbs()));
}

TEST(ReadmeOptions, EachVerbsOptionsAndUsageMatchItsHelp) {
  for (const auto& entry : readmeVerbs()) {
    SCOPED_TRACE(entry.first);
    VerbDoc help = helpOf(entry.first);
    EXPECT_EQ(entry.second.usage, help.usage);
    EXPECT_EQ(joined(entry.second.options), joined(help.options)) << "README against --help";
  }
}
