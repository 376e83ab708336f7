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

// 04THEHAGUE1915: the page's text runs on into rows of cables.csv, its own
// and then the next cable's, whose text must not become this cable's.
TEST(CutShortPage, TextRunningIntoAnotherCablesCsvRowStopsBeforeIt) {
  const std::string own =
      "S E C R E T THE HAGUE 001915\n\nSUBJECT: SURVEILLANCE\n\nSOBEL \n\",\n"
      "19260,7/30/2004 6:06,04THEHAGUE1915,\"Embassy The Hague\",SECRET//NOFORN,04THEHAGUE1903,\"This record\n\n"
      "\",\"S E C R E T THE HAGUE 001915\n\n8. (SBU) The subject is from Rotterdam.\nSOBEL";
  std::string body = own +
      " \n\",\n"
      "19285,7/30/2004 12:31,04THEHAGUE1916,\"Embassy The Hague\",CONFIDENTIAL//NOFORN,04STATE157147,\"This record\n"
      "\",\"C O N F I D E N T I A L THE HAGUE 001916\nAnother cable's text.\n";
  auto cut = inspectCutShort(body, "04THEHAGUE1915");
  EXPECT_EQ(body, own);
  EXPECT_EQ(cut.other_ref_id, "04THEHAGUE1916");
  EXPECT_FALSE(cut.cut_short);
}

TEST(CutShortPage, OnlyItsOwnCsvRowIsKept) {
  std::string body =
      "SUBJECT:  AIVD REPORT...\n\n\n\n"
      "60789,4/18/2006 5:45,06THEHAGUE834,\"Embassy The Hague\",UNCLASSIFIED//FOR\nOFFICIAL USE ONLY,,\"VZCZCXRO5897\n"
      "\",\"UNCLAS SECTION 01 OF 03 THE HAGUE 000834\nThe whole text.\n";
  std::string before = body;
  EXPECT_TRUE(inspectCutShort(body, "06THEHAGUE834").other_ref_id.empty());
  EXPECT_EQ(body, before);
  // Text that only looks like a row (no quoted origin after the ID) stays.
  std::string list = "REF: A. 04STATE1\n2,7/30/2004 6:06,04THEHAGUE1916, cited above\n";
  std::string listBefore = list;
  EXPECT_TRUE(inspectCutShort(list, "04THEHAGUE1915").other_ref_id.empty());
  EXPECT_EQ(list, listBefore);
}
