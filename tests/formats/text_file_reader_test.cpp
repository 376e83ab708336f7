// Single-cable text files: the whole file is the cable; the ID comes from the name.
#include <gtest/gtest.h>

#include "reader_test_support.h"

using namespace cablecat;
using namespace cablecat::test;

namespace {
const std::string kCable =
    "VZCZCXRO1141\r\nFM AMEMBASSY ASTANA\r\n\r\nUNCLAS ASTANA 002327\r\nORDWAY\r\n";
}

TEST(TextReader, WholeFileIsTheBodyWithLfNewlines) {
  ReadResult result = readString(kCable, InputFormat::automatic, "cables/07ASTANA2327.txt");
  EXPECT_EQ(result.format, "text");
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_TRUE(result.issues.empty());
  EXPECT_EQ(result.cables[0].format, "text");
  EXPECT_TRUE(result.cables[0].header.empty());
  EXPECT_EQ(result.cables[0].body,
            "VZCZCXRO1141\nFM AMEMBASSY ASTANA\n\nUNCLAS ASTANA 002327\nORDWAY\n");
  EXPECT_EQ(result.cables[0].locator.path, "cables/07ASTANA2327.txt");
  EXPECT_EQ(result.cables[0].locator.line, 1u);
}

TEST(TextReader, ReferenceIdFromFileNameStem) {
  EXPECT_EQ(
      readString(kCable, InputFormat::text, "/x/07ASTANA2327.txt").cables.at(0).metadata.ref_id,
      "07ASTANA2327");
  EXPECT_EQ(readString(gzip(kCable), InputFormat::automatic, "09PARTO40301.txt.gz")
                .cables.at(0)
                .metadata.ref_id,
            "09PARTO40301");
  EXPECT_EQ(readString(kCable, InputFormat::text, "07ASTANA2327").cables.at(0).metadata.ref_id,
            "07ASTANA2327");
}

TEST(TextReader, NoIdWhenTheNameIsNotACableId) {
  EXPECT_EQ(readString(kCable, InputFormat::text, "notes.txt").cables.at(0).metadata.ref_id, "");
  EXPECT_EQ(readString(kCable, InputFormat::text, "astana-2007.txt").cables.at(0).metadata.ref_id,
            "");
  EXPECT_EQ(readString(kCable, InputFormat::text, "-").cables.at(0).metadata.ref_id, "");
}

TEST(TextReader, ByteOrderMarkIsDropped) {
  ReadResult result = readString(
      "\xEF\xBB\xBF"
      "SUBJECT: X\n",
      InputFormat::automatic, "07ASTANA2327.txt");
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].body, "SUBJECT: X\n");
}
