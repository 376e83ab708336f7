// parseCable's two entries: the load moves the text in, other callers copy.
#include <gtest/gtest.h>

#include "parse/cable_parser.h"

using namespace cablecat;

namespace {

RawCable sampleRaw(bool withHeader) {
  RawCable raw;
  raw.format = "text";
  raw.locator = {"cable.txt", 7, 0};
  raw.metadata.ref_id = "07ASTANA2312";
  std::string header =
      "VZCZCXRO1141\nOO RUEHDBU\nDE RUEHTA #2312 2361001\nZNY CCCCC ZZH\nO 241001Z AUG 07\n"
      "FM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0482\n";
  std::string body =
      "C O N F I D E N T I A L ASTANA 002312\n\nSIPDIS\n\nTAGS: PGOV KZ\n"
      "SUBJECT: KAZAKHSTAN: PARTY CONGRESS\n\nREF: ASTANA 1558\n\n1. (C) Text.\n\nORDWAY\n";
  if (withHeader) {
    raw.header = header;
    raw.body = body;
  } else {
    raw.body = header + "\n" + body;  // a single-cable text file: header found in the text
  }
  return raw;
}

void expectSameCable(const Cable& copied, const Cable& moved) {
  EXPECT_EQ(moved.ref_id, copied.ref_id);
  EXPECT_EQ(moved.header, copied.header);
  EXPECT_EQ(moved.body, copied.body);
  EXPECT_EQ(moved.subject, copied.subject);
  EXPECT_EQ(moved.dtg, copied.dtg);
  EXPECT_EQ(moved.content_hash, copied.content_hash);
  ASSERT_EQ(moved.recipients.size(), copied.recipients.size());
  ASSERT_EQ(moved.tags.size(), copied.tags.size());
  ASSERT_EQ(moved.references.size(), copied.references.size());
  EXPECT_EQ(moved.signers, copied.signers);
}

}  // namespace

TEST(ParseEntry, MovingTheTextInGivesTheSameCable) {
  for (bool withHeader : {true, false}) {
    SCOPED_TRACE(withHeader ? "header given" : "header in the text");
    RawCable raw = sampleRaw(withHeader);
    Cable copied = parseCable(raw);
    EXPECT_EQ(raw.body, sampleRaw(withHeader).body);  // the copying entry leaves the input alone
    Cable moved = parseCable(std::move(raw));
    expectSameCable(copied, moved);
    EXPECT_EQ(copied.subject, "KAZAKHSTAN: PARTY CONGRESS");
    EXPECT_EQ(copied.recipients.size(), 1u);
    EXPECT_FALSE(copied.header.empty());
    EXPECT_EQ(copied.body.rfind("C O N F I D E N T I A L", 0), 0u);
  }
}

TEST(ParseEntry, MovingKeepsTheLocatorAndFormatForTheWriter) {
  RawCable raw = sampleRaw(true);
  Cable cable = parseCable(std::move(raw));
  EXPECT_EQ(cable.ref_id, "07ASTANA2312");
  EXPECT_EQ(raw.locator.path, "cable.txt");  // NOLINT(bugprone-use-after-move): only the text moves
  EXPECT_EQ(raw.locator.line, 7u);
  EXPECT_EQ(raw.format, "text");
  EXPECT_TRUE(raw.header.empty());  // the text is the cable's now: nothing left to free
  EXPECT_TRUE(raw.body.empty());
}
