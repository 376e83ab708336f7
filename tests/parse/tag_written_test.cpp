// Repaired tags keep the text as written, so users can see what was changed.
#include <gtest/gtest.h>

#include "parse/cable_parser.h"
#include "parse/tag_parser.h"

using namespace cablecat;

TEST(TagWritten, TypoFixKeepsTheWrittenCode) {
  Cable cable;
  parseTags("TAGS: KFTFN EFIN AR\nSUBJECT: X\n", cable);
  ASSERT_EQ(cable.tags.size(), 3u);
  EXPECT_EQ(cable.tags[0].code, "KTFN");
  EXPECT_EQ(cable.tags[0].written, "KFTFN");
  EXPECT_EQ(cable.tags[1].written, "");
}

TEST(TagWritten, GluedCodesKeepTheGluedText) {
  Cable cable;
  parseTags("TAGS: ETRD EAGR ECINECONCS\nSUBJECT: X\n", cable);
  ASSERT_EQ(cable.tags.size(), 5u);
  EXPECT_EQ(cable.tags[2].code, "ECIN");
  EXPECT_EQ(cable.tags[2].written, "ECINECONCS");
  EXPECT_EQ(cable.tags[4].code, "CS");
  EXPECT_EQ(cable.tags[4].written, "ECINECONCS");
}

TEST(CutShortText, ACutShortPageIsAPartialCable) {
  RawCable raw;
  raw.metadata.ref_id = "7575LIBREVILLE1895";
  raw.metadata.cut_short = true;
  raw.body = "C O N F I D E N T I A L 75 LIBREVILLE 1895\n\nSUBJ: KOREA AT 30TH UNGA: GABON\n\n1. F...";
  Cable cable = parseCable(raw);
  EXPECT_TRUE(cable.is_partial);
}
