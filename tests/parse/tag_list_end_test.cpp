// TAGS lists: where a wrapped list ends, and words on the line that are no
// tag (round 2 of issue 13: a probe of 325 fragments against cablecat).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/tag_parser.h"
#include "parsed_fields.h"

using namespace cablecat;

namespace {

using test::Codes;
using test::codesOf;

}  // namespace

// ---- lines after the list that are routing or prose, not codes

TEST(TagListEnd, RoutingLineWithPassIsNotTags) {
  EXPECT_EQ(codesOf("TAGS: PGOV PREL IR\nPASS TO USTR\n"), (Codes{"PGOV", "PREL", "IR"}));
  EXPECT_EQ(codesOf("TAGS: PGOV PREL KDEM\nPASS USTR\n"), (Codes{"PGOV", "PREL", "KDEM"}));
}

TEST(TagListEnd, RoutingLineWithForIsNotTags) {
  EXPECT_EQ(codesOf("TAGS: PGOV PREL KDEM\nUSEU FOR ECON\n"), (Codes{"PGOV", "PREL", "KDEM"}));
}

// Short words of prose count as country codes by their shape: "IN", "AS".
TEST(TagListEnd, ProseOfShortWordsIsNotTags) {
  EXPECT_EQ(codesOf("TAGS: PREL PGOV\nIN THE ABSENCE OF\n"), (Codes{"PREL", "PGOV"}));
  EXPECT_EQ(codesOf("TAGS: PGOV PREL KDEM\nAS OF TODAY\n"), (Codes{"PGOV", "PREL", "KDEM"}));
}

TEST(TagListEnd, ParagraphMarkingIsNoParenthesizedTag) {
  EXPECT_EQ(codesOf("TAGS: PGOV PREL KDEM\n(U) SUMMARY\n"), (Codes{"PGOV", "PREL", "KDEM"}));
}

TEST(TagListEnd, UnclosedParenthesisStopsAtTheSubject) {
  EXPECT_EQ(codesOf("TAGS: PREL PGOV MARR OVIP (GATES, ROBERT M\nSUBJECT: X\n"),
            (Codes{"PREL", "PGOV", "MARR", "OVIP", "GATES, ROBERT M."}));
}

TEST(TagListEnd, SubjectGluedToAContinuationLine) {
  EXPECT_EQ(codesOf("TAGS: PGOV PREL\nKDEM IZ SUBJECT: ELECTIONS\n"), (Codes{"PGOV", "PREL", "KDEM", "IZ"}));
}

// ---- lines after the list that continue it

TEST(TagListEnd, TrailingCommaContinuesPastABlankLine) {
  EXPECT_EQ(codesOf("TAGS: PGOV, PREL, PHUM, KDEM,\n\nKPAO, IZ\nSUBJECT: X\n"),
            (Codes{"PGOV", "PREL", "PHUM", "KDEM", "KPAO", "IZ"}));
}

TEST(TagListEnd, VocabularyPhraseOnTheNextLine) {
  EXPECT_EQ(codesOf("TAGS: PGOV PREL IZ\nIRAQI FREEDOM\nSUBJECT: X\n"), (Codes{"PGOV", "PREL", "IZ", "IRAQI FREEDOM"}));
}

// ---- words on the line that are no tag

TEST(TagNoTag, NotApplicableOrNone) {
  EXPECT_TRUE(codesOf("TAGS: N/A\nSUBJECT: X\n").empty());
  EXPECT_TRUE(codesOf("TAGS: NONE\nSUBJECT: X\n").empty());
}

TEST(TagNoTag, ClassificationGluedAtTheEnd) {
  EXPECT_EQ(codesOf("TAGS: PREL PGOV IZ PHUM  UNCLASSIFIED\n"), (Codes{"PREL", "PGOV", "IZ", "PHUM"}));
}

TEST(TagNoTag, DashesBetweenCodes) {
  EXPECT_EQ(codesOf("TAGS: PREL PGOV IZ -- PHUM\n"), (Codes{"PREL", "PGOV", "IZ", "PHUM"}));
}

TEST(TagNoTag, QuotesAroundACode) { EXPECT_EQ(codesOf("TAGS: PREL \"PGOV\" IZ\n"), (Codes{"PREL", "PGOV", "IZ"})); }

TEST(TagNoTag, RepeatedLabel) {
  EXPECT_EQ(codesOf("TAGS: PREL PGOV KDEM TAGS: PREL PGOV\n"), (Codes{"PREL", "PGOV", "KDEM"}));
}

TEST(TagNoTag, ConnectorOutsideAPhrase) {
  EXPECT_EQ(codesOf("TAGS: PREL, PGOV, AND IR\n"), (Codes{"PREL", "PGOV", "IR"}));
}

// ---- separators

TEST(TagSlash, KnownCodesJoinedBySlashes) {
  EXPECT_EQ(codesOf("TAGS: PREL/PGOV/IR\n"), (Codes{"PREL", "PGOV", "IR"}));
}

TEST(TagSlash, SlashedWordsThatAreNotAllCodesStay) {
  EXPECT_EQ(codesOf("TAGS: PREL EU/US\n"), (Codes{"PREL", "EU", "US"}));
  EXPECT_EQ(codesOf("TAGS: PREL POL/ECON\n"), (Codes{"PREL", "POL", "ECON"}));
  EXPECT_EQ(codesOf("TAGS: PREL MIL/CIV\n"), (Codes{"PREL", "MIL/CIV"}));
}

// "KWMNPHUMPRELKPAOZW": four known codes, then two letters the dictionary lacks.
TEST(TagGlued, ClosingTwoLettersAfterKnownCodes) {
  EXPECT_EQ(codesOf("TAGS: KWMNPHUMPRELKPAOZW\n"), (Codes{"KWMN", "PHUM", "PREL", "KPAO", "ZW"}));
}

TEST(TagGlued, OneKnownCodeDoesNotVouchForTwoLetters) {
  EXPECT_EQ(codesOf("TAGS: PRELZW\n"), (Codes{"PRELZW"}));
}

// "SOCIAL" was cut into SOCI (social affairs) and AL (Albania): an English
// word of the corpus prose or of Debian's word list is never glued codes.
TEST(TagGlued, EnglishWordIsNotCutIntoCodes) {
  EXPECT_EQ(codesOf("TAGS: PREL SOCIAL ISSUES\n"), (Codes{"PREL", "SOCIAL ISSUES"}));
  EXPECT_EQ(codesOf("TAGS: PREL PGOV CODEL SENATORS\n"), (Codes{"PREL", "PGOV", "CODEL SENATORS"}));
  EXPECT_EQ(codesOf("TAGS: PREL PGOV MASSES\n"), (Codes{"PREL", "PGOV", "MASSES"}));
}

// A run of countries closes a word only after two codes of four letters:
// "PROVINCE" is no PROV IN CE, "TECHNOLOGY" no TECH NO LO GY.
TEST(TagGlued, RunOfCountriesAfterTwoCodes) {
  EXPECT_EQ(codesOf("TAGS: EINVECONSENVCSJA\n"), (Codes{"EINV", "ECON", "SENV", "CS", "JA"}));
  EXPECT_EQ(codesOf("TAGS: PREL PGOV PROVINCE\n"), (Codes{"PREL", "PGOV", "PROVINCE"}));
  EXPECT_EQ(codesOf("TAGS: SNAR TECHNOLOGY\n"), (Codes{"SNAR", "TECHNOLOGY"}));
}
