// REF lists of the real seed archive (tests/data copy), parsed exactly.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "parse/reference_parser.h"

using namespace cablecat;

namespace {

// Each cable of the archive page, keyed by reference ID: the text between its
// metadata line ("07ASTANA2327 2007-08-27 10:01 ...") and the next one.
std::map<std::string, std::string> archiveCables() {
  std::map<std::string, std::string> cables;
  std::filesystem::path path = std::filesystem::path(CABLECAT_TEST_DATA) / "astana-2007-08.txt";
  std::ifstream in(path);
  if (!in) return cables;
  std::string line, current;
  while (std::getline(in, line)) {
    bool metadata = line.size() > 24 && line.compare(0, 8, "07ASTANA") == 0 && line.find(" 2007-") != std::string::npos;
    if (metadata) {
      current = line.substr(0, line.find(' '));
      continue;
    }
    if (!current.empty()) cables[current] += line + "\n";
  }
  return cables;
}

std::vector<std::string> idsOf(const std::string& ref_id, const std::string& body) {
  Cable cable;
  cable.ref_id = ref_id;
  parseReferences(body, cable);
  std::vector<std::string> out;
  for (const auto& r : cable.references) out.push_back(r.letter + ":" + r.ref_id + ":" + std::string(kindName(r.kind)));
  return out;
}

class SeedArchiveReferences : public testing::Test {
 protected:
  void SetUp() override {
    cables_ = archiveCables();
    if (cables_.empty()) GTEST_SKIP() << "real corpus not available";
  }
  std::map<std::string, std::string> cables_;
};

TEST_F(SeedArchiveReferences, HoldsEighteenCables) { EXPECT_EQ(cables_.size(), 18u); }

TEST_F(SeedArchiveReferences, PlainRefToOwnPost) {
  EXPECT_EQ(idsOf("07ASTANA2327", cables_["07ASTANA2327"]),
            (std::vector<std::string>{":07ASTANA2318:cable"}));
}

TEST_F(SeedArchiveReferences, YearsAndWrappedSerial) {
  EXPECT_EQ(idsOf("07ASTANA2323", cables_["07ASTANA2323"]),
            (std::vector<std::string>{"A:05ALMATY4353:cable", "B:06ASTANA689:cable", "C:06ALMATY1437:cable",
                                      "D:07ASTANA1104:cable"}));
}

TEST_F(SeedArchiveReferences, SevenBulletsOverThreeLines) {
  EXPECT_EQ(idsOf("07ASTANA2318", cables_["07ASTANA2318"]),
            (std::vector<std::string>{"A:07ASTANA1558:cable", "B:07ASTANA1906:cable", "C:07ASTANA1949:cable",
                                      "D:07ASTANA2221:cable", "E:07ASTANA2222:cable", "F:07ASTANA2223:cable",
                                      "G:07ASTANA2244:cable"}));
}

TEST_F(SeedArchiveReferences, StateReferences) {
  EXPECT_EQ(idsOf("07ASTANA2312", cables_["07ASTANA2312"]), (std::vector<std::string>{":07STATE108617:cable"}));
  EXPECT_EQ(idsOf("07ASTANA2297", cables_["07ASTANA2297"]), (std::vector<std::string>{":07STATE101170:cable"}));
  EXPECT_EQ(idsOf("07ASTANA2113", cables_["07ASTANA2113"]), (std::vector<std::string>{":07STATE99409:cable"}));
}

TEST_F(SeedArchiveReferences, DotAndParenBullets) {
  EXPECT_EQ(idsOf("07ASTANA2244", cables_["07ASTANA2244"]),
            (std::vector<std::string>{"A:07ASTANA2221:cable", "B:07ASTANA2223:cable"}));
  EXPECT_EQ(idsOf("07ASTANA2223", cables_["07ASTANA2223"]),
            (std::vector<std::string>{"A:07ASTANA2069:cable", "B:07ASTANA1906:cable"}));
}

TEST_F(SeedArchiveReferences, SingleReferences) {
  EXPECT_EQ(idsOf("07ASTANA2222", cables_["07ASTANA2222"]), (std::vector<std::string>{":07ASTANA1906:cable"}));
  EXPECT_EQ(idsOf("07ASTANA2221", cables_["07ASTANA2221"]), (std::vector<std::string>{":07ASTANA1906:cable"}));
  EXPECT_EQ(idsOf("07ASTANA2192", cables_["07ASTANA2192"]), (std::vector<std::string>{":07ASTANA918:cable"}));
}

TEST_F(SeedArchiveReferences, CablesWithoutRefHaveNone) {
  for (const char* id : {"07ASTANA2315", "07ASTANA2239", "07ASTANA2214", "07ASTANA2201", "07ASTANA2178",
                         "07ASTANA2101", "07ASTANA2098"})
    EXPECT_TRUE(idsOf(id, cables_[id]).empty()) << id;
}

}  // namespace
