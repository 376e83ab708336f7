// Every verb and every option explains itself (a verb without help fails).
#include <gtest/gtest.h>

#include "support/command_runner.h"
#include "commands.h"

using namespace cablecat::test;

TEST(HelpText, EveryVerbAndOptionHasADescription) {
  CLI::App app{"cablecat"};
  int exitCode = 0;
  cablecat::addCommands(app, exitCode);
  std::vector<CLI::App*> verbs = app.get_subcommands([](CLI::App*) { return true; });
  EXPECT_GE(verbs.size(), 9u);
  for (CLI::App* verb : verbs) {
    EXPECT_FALSE(verb->get_description().empty()) << verb->get_name() << " has no help text";
    for (const CLI::Option* option : verb->get_options())
      EXPECT_FALSE(option->get_description().empty())
          << verb->get_name() << " " << option->get_name() << " has no help text";
  }
}

TEST(HelpText, ReadVerbsPrintHelpAndExitZero) {
  for (const std::string verb : {"query", "search", "show", "report", "stats", "check", "export-graph"}) {
    CommandResult result = runCablecat({verb, "--help"});
    EXPECT_EQ(result.exit_code, 0) << verb;
    EXPECT_NE(result.out.find("--db"), std::string::npos) << verb << ":\n" << result.out;
  }
  CommandResult top = runCablecat({"--help"});
  for (const std::string verb : {"query", "search", "show", "report", "stats", "check", "export-graph"})
    EXPECT_NE(top.out.find("  " + verb), std::string::npos) << verb << " missing from cablecat --help";
}
