// SUBJECT forms found by probing real cable shapes (issue 13, second round):
// releasability markings, wrapped lines that only look like fields, and
// bodies whose lines are split by U+2028.
#include <gtest/gtest.h>

#include <string>

#include "parse/cable_parser.h"
#include "parse/field_text.h"
#include "parse/subject_parser.h"
#include "parse/text_encoding.h"

using namespace cablecat;

namespace {

std::string subjectOf(std::string_view body) {
  Cable cable;
  cable.ref_id = "08ANKARA1234";
  parseSubject(body, cable);
  return cable.subject;
}

Cable parsedText(std::string text) {
  RawCable raw;
  raw.format = "text";
  raw.metadata.ref_id = "06MEXICO2220";
  raw.body = std::move(text);
  return parseCable(raw);
}

}  // namespace

TEST(SubjectForms, ReleasabilityMarkingIsStripped) {
  EXPECT_EQ(subjectOf("SUBJECT: (S/REL TO USA, ISAF, NATO) AFGHANISTAN: SECURITY\n\n1. Text\n"),
            "AFGHANISTAN: SECURITY");
  EXPECT_EQ(subjectOf("SUBJECT: (C//REL UK) IRAQ: PM TALKS\n\n1. Text\n"), "IRAQ: PM TALKS");
}

TEST(SubjectForms, MarkingWithCommasAndReleaseCodes) {
  EXPECT_TRUE(field_text::isParagraphMarking("(S/REL TO USA, ISAF, NATO)"));
  EXPECT_TRUE(field_text::isParagraphMarking("(C//REL DEU)"));
  // Country codes only count after REL; prose in parentheses is no marking.
  EXPECT_FALSE(field_text::isParagraphMarking("(C, DEU)"));
  EXPECT_FALSE(field_text::isParagraphMarking("(CORRECTED COPY)"));
}

TEST(SubjectForms, WrappedLineStartingWithSummaryOfContinues) {
  EXPECT_EQ(subjectOf("SUBJECT: TURKEY: PARLIAMENTARY ELECTION\nSUMMARY OF RESULTS\n\n1. Text\n"),
            "TURKEY: PARLIAMENTARY ELECTION SUMMARY OF RESULTS");
  // The labels still end it.
  EXPECT_EQ(subjectOf("SUBJECT: TURKEY: ELECTION\nSUMMARY: AKP WON.\n"), "TURKEY: ELECTION");
  EXPECT_EQ(subjectOf("SUBJECT: TURKEY: ELECTION\nSUMMARY\n-------\n"), "TURKEY: ELECTION");
}

TEST(SubjectForms, WrappedLineStartingWithTagsWordContinues) {
  EXPECT_EQ(subjectOf("SUBJECT: TURKEY: NEW LICENSE\nTAGS ON CARS\n\n1. Text\n"), "TURKEY: NEW LICENSE TAGS ON CARS");
  // An early build's TAGS line without its colon still ends it.
  EXPECT_EQ(subjectOf("SUBJECT: TURKEY: NEW LICENSE\nTAGS PGOV, TU\n\n1. Text\n"), "TURKEY: NEW LICENSE");
}

TEST(SubjectForms, WrappedLineStartingWithAnInitialContinues) {
  // 09SANJOSE56: "...SANCTIONS ON\nA.Q. KHAN AND ASSOCIATES".
  EXPECT_EQ(subjectOf("SUBJECT: COSTA RICA SUPPORTS NONPROLIFERATION SANCTIONS ON\nA.Q. KHAN AND ASSOCIATES\n\n"
                      "1. Text\n"),
            "COSTA RICA SUPPORTS NONPROLIFERATION SANCTIONS ON A.Q. KHAN AND ASSOCIATES");
  // A reference bullet holds a serial and ends it.
  EXPECT_EQ(subjectOf("SUBJECT: TURKEY: PKK\nA. ANKARA 1234\nB. ANKARA 1235\n"), "TURKEY: PKK");
}

TEST(SubjectForms, LinesSplitByUnicodeLineSeparators) {
  // 06MEXICO2220: "...NEXT PRESIDENT \u2028\u2028REFTELS: AS NOTED IN TEXT".
  Cable cable = parsedText(
      "UNCLAS MEXICO 002220\n\nSUBJECT: TEN ECONOMIC CHALLENGES FACING MEXICO'S NEXT PRESIDENT "
      "\xE2\x80\xA8\xE2\x80\xA8REFTELS: AS NOTED IN TEXT \n\n1. (SBU) Text.\n");
  EXPECT_EQ(cable.subject, "TEN ECONOMIC CHALLENGES FACING MEXICO'S NEXT PRESIDENT");
  // The stored body keeps its separators.
  EXPECT_NE(cable.body.find("\xE2\x80\xA8"), std::string::npos);
}

TEST(SubjectForms, ReplaceLineSeparatorsKeepsOffsets) {
  std::string text = "A\xE2\x80\xA8" "B\xE2\x80\xA9" "C \xE2\x80\x9Cquoted\xE2\x80\x9D";
  std::size_t size = text.size();
  EXPECT_EQ(replaceLineSeparators(text), 2u);
  EXPECT_EQ(text, "A\n  B\n  C \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(text.size(), size);
}

TEST(SubjectForms, LabelTypedTwice) {
  // 09KABUL1239, 10BRUSSELS183: "SUBJECT: SUBJECT: ...".
  EXPECT_EQ(subjectOf("SUBJECT: SUBJECT: AFGHANISTAN: A SNAPSHOT OF THE NORTHEAST\n\n1. Text\n"),
            "AFGHANISTAN: A SNAPSHOT OF THE NORTHEAST");
}

TEST(SubjectForms, JoinedSummaryLabelOnTheNextLineEndsIt) {
  EXPECT_EQ(subjectOf("SUBJECT: TURKEY: THE AKP\nSummary and comment: The AKP won.\n"), "TURKEY: THE AKP");
  EXPECT_EQ(subjectOf("SUBJECT: TURKEY: THE AKP\nSUMMARY/COMMENT: THE AKP WON.\n"), "TURKEY: THE AKP");
}

TEST(SubjectForms, StrayMarkupMarkUnderTheSubjectIsSkipped) {
  // 10MADRID87: "...VISIT TO SPAIN \n <\nREF: A. 2009 MADRID 59".
  EXPECT_EQ(subjectOf("SUBJECT: SCENESETTER FOR WHA A/S VALENZUELA'S JANUARY 31 \nFEBRUARY 3 VISIT TO SPAIN \n <\n"
                      "REF: A. 2009 MADRID 59\n"),
            "SCENESETTER FOR WHA A/S VALENZUELA'S JANUARY 31 FEBRUARY 3 VISIT TO SPAIN");
}
