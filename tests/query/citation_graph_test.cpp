// The citation graph and its DOT, GraphML and CSV forms, exactly.
#include <gtest/gtest.h>

#include <sstream>

#include "catalogue_fixture.h"
#include "query/citation_graph.h"

using namespace cablecat;
using namespace cablecat::test;

class CitationGraphTest : public ::testing::Test {
 protected:
  FixtureCatalogue catalogue;
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  CitationGraph graph = loadCitationGraph(db);
};

TEST_F(CitationGraphTest, NodesAreCitingAndCitedCablesWithExternalsMarked) {
  std::vector<std::string> ids, externals;
  for (const GraphNode& node : graph.nodes) {
    ids.push_back(node.ref_id);
    if (node.external) externals.push_back(node.ref_id);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"07ASTANA1558", "07ASTANA2327", "07STATE98765", "08ALMATY123",
                                           "08MOSCOW456", "08STATE5000"}));
  EXPECT_EQ(externals, (std::vector<std::string>{"07STATE98765", "08MOSCOW456"}));
  EXPECT_EQ(graph.edges.size(), 5u);
}

TEST_F(CitationGraphTest, CsvIsAGephiEdgeList) {
  std::ostringstream out;
  writeGraphCsv(graph, out);
  EXPECT_EQ(out.str(),
            "Source,Target,Type,TargetExternal\r\n"
            "07ASTANA2327,07ASTANA1558,Directed,false\r\n"
            "07ASTANA2327,07STATE98765,Directed,true\r\n"
            "08ALMATY123,08MOSCOW456,Directed,true\r\n"
            "08STATE5000,07ASTANA1558,Directed,false\r\n"
            "08STATE5000,07STATE98765,Directed,true\r\n");
}

TEST_F(CitationGraphTest, DotQuotesIdsAndDashesExternals) {
  std::ostringstream out;
  writeGraphDot(graph, out);
  EXPECT_EQ(out.str(),
            "digraph citations {\n"
            "  node [shape=box];\n"
            "  \"07ASTANA1558\" [tooltip=\"KAZAKHSTAN: OIL PIPELINE TALKS STALL\", created=\"2007-06-12\"];\n"
            "  \"07ASTANA2327\" [tooltip=\"KAZAKHSTAN: ELECTION COMMISSION PREPARES FOR PARLIAMENTARY VOTE\", created=\"2007-08-27\"];\n"
            "  \"07STATE98765\" [style=dashed, color=gray, external=true];\n"
            "  \"08ALMATY123\" [tooltip=\"NAZARBAYEV MEETS RUSSIAN ENVOY ON GAS PRICES\", created=\"2008-01-15\"];\n"
            "  \"08MOSCOW456\" [style=dashed, color=gray, external=true];\n"
            "  \"08STATE5000\" [tooltip=\"DEMARCHE ON CASPIAN PIPELINE\", created=\"2008-01-20\"];\n"
            "  \"07ASTANA2327\" -> \"07ASTANA1558\";\n"
            "  \"07ASTANA2327\" -> \"07STATE98765\";\n"
            "  \"08ALMATY123\" -> \"08MOSCOW456\";\n"
            "  \"08STATE5000\" -> \"07ASTANA1558\";\n"
            "  \"08STATE5000\" -> \"07STATE98765\";\n"
            "}\n");
}

TEST_F(CitationGraphTest, GraphMlHasKeysNodesAndEdges) {
  std::ostringstream out;
  writeGraphMl(graph, out);
  std::string xml = out.str();
  EXPECT_TRUE(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                              "  <key id=\"subject\" for=\"node\" attr.name=\"subject\" attr.type=\"string\"/>\n"));
  EXPECT_NE(xml.find("    <node id=\"07STATE98765\">\n      <data key=\"external\">true</data>\n    </node>\n"),
            std::string::npos);
  EXPECT_NE(xml.find("    <node id=\"08ALMATY123\">\n"
                     "      <data key=\"subject\">NAZARBAYEV MEETS RUSSIAN ENVOY ON GAS PRICES</data>\n"
                     "      <data key=\"created\">2008-01-15</data>\n"
                     "      <data key=\"origin\">Consulate Almaty</data>\n"
                     "      <data key=\"classification\">SECRET//NOFORN</data>\n"
                     "      <data key=\"external\">false</data>\n"
                     "    </node>\n"),
            std::string::npos);
  EXPECT_NE(xml.find("    <edge source=\"08ALMATY123\" target=\"08MOSCOW456\"/>\n"
                     "    <edge source=\"08STATE5000\" target=\"07ASTANA1558\"/>\n"
                     "    <edge source=\"08STATE5000\" target=\"07STATE98765\"/>\n  </graph>\n</graphml>\n"),
            std::string::npos);
}

TEST(GraphEscaping, XmlEscapesMarkupAndDropsControlCharacters) {
  EXPECT_EQ(escapeXml("R&D <Israel> \"q\" 'a'\x01\tx"), "R&amp;D &lt;Israel&gt; &quot;q&quot; &apos;a&apos;\tx");
}

TEST(GraphEscaping, DotEscapesQuotesBackslashesAndNewlines) {
  EXPECT_EQ(escapeDotString("say \"hi\"\\\r\nnext"), "say \\\"hi\\\"\\\\\\nnext");
}
