// Summary forms found by probing real cable shapes (issue 13, second
// round): end-marker slips, other paragraph numberings, headings whose line
// break was lost, and paragraph openings inside flattened summaries.
#include <gtest/gtest.h>

#include <string>

#include "parse/body_parser.h"
#include "parse/cable_parser.h"

using namespace cablecat;

namespace {

std::string summaryOf(std::string_view body) {
  Cable cable;
  cable.ref_id = "08ANKARA1234";
  parseSummary(body, cable);
  return cable.summary;
}

}  // namespace

TEST(SummaryForms, EndMarkerSlips) {
  EXPECT_EQ(summaryOf("1. (C) Summary: The GOT agreed. End Sumary.\n\n2. Text\n"), "The GOT agreed.");
  EXPECT_EQ(summaryOf("1. (C) Summary: The GOT agreed. END SUMMMARY.\n\n2. Text\n"), "The GOT agreed.");
  EXPECT_EQ(summaryOf("1. (C) Summary: The GOT agreed. End Sum.\n\n2. Text\n"), "The GOT agreed.");
  // Other words after END are no marker.
  EXPECT_EQ(summaryOf("1. (C) Summary: The talks will end summit season. More.\n\n2. Text\n"),
            "The talks will end summit season. More.");
}

TEST(SummaryForms, LetteredParagraphWithMarking) {
  EXPECT_EQ(summaryOf("A. (C) Summary: The GOT agreed. End Summary.\n\nB. Text\n"), "The GOT agreed.");
}

TEST(SummaryForms, ParagraphNumberInParentheses) {
  // 07SANJOSE1451: " (1) SUMMARY: For years, ...".
  EXPECT_EQ(summaryOf(" (1) SUMMARY: For years, the GOCR and the GON have sought an\nagreement.  END SUMMARY.\n\n"
                      "(2) Text\n"),
            "For years, the GOCR and the GON have sought an agreement.");
}

TEST(SummaryForms, CommaAfterTheLabelOfANumberedParagraph) {
  // 05SANJOSE2726: "1. Summary, Post convened a mini-Dublin Group meeting".
  EXPECT_EQ(summaryOf("1. Summary, Post convened a meeting.  End summary.\n\n2. Text\n"), "Post convened a meeting.");
  // Unnumbered, "Summary," is prose.
  EXPECT_EQ(summaryOf("Summary, in short, of the talks.\n\n1. Text\n"), "");
}

TEST(SummaryForms, UnderlinedHeadingGluedToTheLineBefore) {
  // 08BRASILIA707: the heading and its rule glued after the Classified By line.
  EXPECT_EQ(summaryOf("Classified By: Charge Phillip Chicola for reasons 1.4 b and d Summary -------\n\n"
                      "1. (C) Brazilian Army General spoke out.\n\n2. (C) More.\n"),
            "Brazilian Army General spoke out.");
  // 08BUENOSAIRES858: the heading ends the subject line, its rule opens the text.
  EXPECT_EQ(summaryOf("SUBJECT:  More than Malbec: Ambassador Donates Scholarships in Mendoza Summary\n"
                      "-------- 1.  Ambassador visited the Binational Center.\n\n2. Text.\n"),
            "Ambassador visited the Binational Center.");
  // A lower-case "summary" ending a sentence's line is prose.
  EXPECT_EQ(summaryOf("1. (C) We attach a summary\n------\n\n2. Text\n"), "");
}

TEST(SummaryForms, MarkedParagraphOpeningsInsideAFlattenedSummary) {
  // 07MOSCOW5585: "...this timetable. 2. (C) Hurdles remain, however, ...".
  EXPECT_EQ(summaryOf("SUBJECT: X 1.(C) Summary: The GOT agreed. 2.(C) They met. 3. (U) Fine. End Summary. 4.(C) Text."),
            "The GOT agreed. They met. Fine.");
  // A number after a full stop without a marking stays.
  EXPECT_EQ(summaryOf("1. (C) Summary: Prices rose by 2. 5 percent is the target. End summary.\n"),
            "Prices rose by 2. 5 percent is the target.");
}

TEST(SummaryForms, HeadingLinesSplitByUnicodeLineSeparators) {
  // 06MEXICO2220: "\u2028------ \u2028\nSUMMARY AND INTRODUCTION \u2028\n------ \u2028\u2028".
  RawCable raw;
  raw.format = "text";
  raw.metadata.ref_id = "06MEXICO2220";
  raw.body =
      "UNCLAS MEXICO 002220\n\nSUBJECT: TEN CHALLENGES\n\n\xE2\x80\xA8\xE2\x80\xA8----------- \xE2\x80\xA8\n"
      "SUMMARY AND INTRODUCTION \xE2\x80\xA8\n----------- \xE2\x80\xA8\xE2\x80\xA8\n\n"
      "1. (SBU) Whoever wins \xE2\x80\xA8WILL inherit both.\n\n2. (SBU) More.\n";
  EXPECT_EQ(parseCable(raw).summary, "Whoever wins WILL inherit both.");
}

TEST(SummaryForms, BeginUnclassifiedSummary) {
  EXPECT_EQ(summaryOf("1. BEGIN UNCLASSIFIED SUMMARY: THE GOI AGREED. END SUMMARY.\n\n2. TEXT.\n"), "THE GOI AGREED.");
}

TEST(SummaryForms, UpperCaseLabelWithoutPunctuation) {
  // 09USNATO334: "1. (U) SUMMARY On August 3--his first day...".
  EXPECT_EQ(summaryOf("1. (U) SUMMARY On August 3--his first day, he released his roadmap.  END SUMMARY.\n\n2. Text\n"),
            "On August 3--his first day, he released his roadmap.");
  // 09TELAVIV457: the label word was left at the start of the summary.
  EXPECT_EQ(summaryOf("1. (C) SUMMARY During their trip, CODEL Cardin discussed Iran. END SUMMARY.\n"),
            "During their trip, CODEL Cardin discussed Iran.");
  // Words after a bare label in capitals may be a heading's: no summary.
  EXPECT_EQ(summaryOf("1. (U) SUMMARY OF EVENTS FOLLOWS.\n\n2. (U) Text\n"), "");
}

TEST(SummaryForms, LabelRepeatedUnderAHeading) {
  // 08BOGOTA800, 09BEIJING841: "Summary\n-------\n\n1. (U) Summary: The GOC...".
  EXPECT_EQ(summaryOf("-------\nSummary\n-------\n\n1. (U) Summary: The GOC announced it.\n\n2. (U) Text\n"),
            "The GOC announced it.");
  EXPECT_EQ(summaryOf("Summary\n-------\n\n1. (U) SUMMARY. Chinese interest has risen. END SUMMARY.\n"),
            "Chinese interest has risen.");
}

TEST(SummaryForms, SlipsBetweenTheParagraphPrefixAndTheLabel) {
  // 09LONDON2186: "1. (C/NF).   Summary.  In a September 24 initial call...".
  EXPECT_EQ(summaryOf("1. (C/NF).   Summary.  In an initial call, he agreed.  End Summary.\n"), "In an initial call, he agreed.");
  // 09CARACAS1444: "1. (SE) Summary: Following President Chavez's...".
  EXPECT_EQ(summaryOf("1. (SE) Summary: Following the speech, they met.  End Summary.\n"), "Following the speech, they met.");
}

TEST(SummaryForms, EndMarkerWrappedBeforeSummaryOpensNothing) {
  // No label; "End\nSummary." closes the opening paragraph, it is no heading.
  EXPECT_EQ(summaryOf("Classified By: DCM Y, 1.4 (b,d)\n\n1. (C) Foo happened.  Bar followed.  End\nSummary.\n\n"
                      "2. (C) Details.\n"),
            "Foo happened. Bar followed.");
}

TEST(SummaryForms, FirstBulletAfterTheLabelStays) {
  // 09CAIRO1180: "1.(C) Summary: -- Post delivered reftel demarche ...".
  EXPECT_EQ(summaryOf("1. (C) Summary and Key Points: -- A happened. -- B followed. End Summary.\n"),
            "-- A happened. -- B followed.");
  // Dashes that are the label's punctuation go.
  EXPECT_EQ(summaryOf("1. (C) SUMMARY -- THE GOT AGREED. END SUMMARY.\n"), "THE GOT AGREED.");
}
