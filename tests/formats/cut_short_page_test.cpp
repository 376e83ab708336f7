// Real final-build pages: text cut with "..." and another cable's row glued on.
#include <gtest/gtest.h>

#include "formats/cut_short_page.h"

using cablecat::inspectCutShort;

TEST(CutShortPage, AnotherCablesRowAfterTheCutIsRemoved) {
  std::string body =
      "SUBJECT: AUDIENCE WITH SHAH APRIL 5 \n ...\n\n\n"
      "50133  2006-01-19  06THEHAGUE131  Embassy The Hague  CONFIDENTIAL    C O N F I D E N\n"
      "TAGS: PFOR IR\n";
  auto cut = inspectCutShort(body, "73TEHRAN2077");
  EXPECT_TRUE(cut.cut_short);
  EXPECT_EQ(cut.other_ref_id, "06THEHAGUE131");
  EXPECT_EQ(body, "SUBJECT: AUDIENCE WITH SHAH APRIL 5 \n ...");
}

TEST(CutShortPage, TheCablesOwnRecordAfterTheCutIsKept) {
  std::string body = "TRANSATLANTIC IS...\n\n\n9608||2003-07-23||03THEHAGUE1865||Embassy The Hague\n";
  std::string before = body;
  auto cut = inspectCutShort(body, "03THEHAGUE1865");
  EXPECT_FALSE(cut.cut_short);
  EXPECT_EQ(body, before);
}

TEST(CutShortPage, TextEndingInsideAWordIsCutShort) {
  std::string body = "1. PRESIDENT BONGO HAS JUST PERSONALLY ASSURED ME THAT\nGOG PERMREP HAS NOW RECEIVED F...";
  EXPECT_TRUE(inspectCutShort(body, "7575LIBREVILLE1895").cut_short);
}

TEST(CutShortPage, EllipsisAfterTheSignatureIsNotACut) {
  std::string body = "the problem.\nRanneberger\n\n...\n";
  EXPECT_FALSE(inspectCutShort(body, "07NAIROBI4246").cut_short);
  std::string spaced = "cleared this cable.\nCHACON ...";
  EXPECT_FALSE(inspectCutShort(spaced, "09MADRID673").cut_short);
}
