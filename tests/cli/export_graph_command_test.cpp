// `cablecat export-graph` through the binary.
#include <gtest/gtest.h>

#include "support/command_runner.h"
#include "query/catalogue_fixture.h"

using namespace cablecat::test;

TEST(ExportGraphCommand, CsvToStdout) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"export-graph", "--db", catalogue.path(), "--format", "csv"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out,
            "Source,Target,Type,TargetExternal\r\n"
            "07ASTANA2327,07ASTANA1558,Directed,false\r\n"
            "07ASTANA2327,07STATE98765,Directed,true\r\n"
            "08ALMATY123,08MOSCOW456,Directed,true\r\n"
            "08STATE5000,07ASTANA1558,Directed,false\r\n"
            "08STATE5000,07STATE98765,Directed,true\r\n");
}

TEST(ExportGraphCommand, DotIsTheDefault) {
  FixtureCatalogue catalogue;
  CommandResult result = runCablecat({"export-graph", "--db", catalogue.path()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(result.out.starts_with("digraph citations {\n  node [shape=box];\n")) << result.out;
  EXPECT_TRUE(result.out.ends_with("  \"08STATE5000\" -> \"07STATE98765\";\n}\n")) << result.out;
}

TEST(ExportGraphCommand, GraphMlToAFileIsWellFormedXml) {
  FixtureCatalogue catalogue;
  std::string output = temporaryPath("graph.graphml");
  CommandResult result =
      runCablecat({"export-graph", "--db", catalogue.path(), "--format", "graphml", "--output", output});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "wrote 6 cables and 5 citations to " + output + "\n");
  // Python's XML parser is the independent judge of well-formedness.
  CommandResult parsed = runCablecat(
      {"-c",
       "import sys, xml.etree.ElementTree as t; r = t.parse(sys.argv[1]).getroot(); "
       "n = '{http://graphml.graphdrawing.org/xmlns}'; g = r.find(n + 'graph'); "
       "print(len(g.findall(n + 'node')), len(g.findall(n + 'edge')))",
       output},
      nullptr, "python3");
  EXPECT_EQ(parsed.exit_code, 0) << parsed.err;
  EXPECT_EQ(parsed.out, "6 5\n");
  std::filesystem::remove(output);
}

TEST(ExportGraphCommand, UnknownFormatIsAUsageError) {
  FixtureCatalogue catalogue;
  EXPECT_EQ(runCablecat({"export-graph", "--db", catalogue.path(), "--format", "svg"}).exit_code, 2);
}

TEST(ExportGraphCommand, GraphvizAcceptsTheDot) {
  if (std::system("command -v dot > /dev/null 2>&1") != 0) GTEST_SKIP() << "Graphviz not installed";
  FixtureCatalogue catalogue;
  std::string output = temporaryPath("graph.dot");
  ASSERT_EQ(runCablecat({"export-graph", "--db", catalogue.path(), "-o", output}).exit_code, 0);
  CommandResult rendered = runCablecat({"-Tsvg", output}, nullptr, "dot");
  EXPECT_EQ(rendered.exit_code, 0) << rendered.err;
  EXPECT_EQ(rendered.err, "") << "Graphviz warned";
  EXPECT_NE(rendered.out.find("<title>07ASTANA2327&#45;&gt;07ASTANA1558</title>"), std::string::npos);
  std::filesystem::remove(output);
}
