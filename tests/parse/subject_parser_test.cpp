// SUBJECT parsing: labels, wrapped lines, glued fields, markings, layout lines.
#include <gtest/gtest.h>

#include <string>

#include "parse/subject_parser.h"

using namespace cablecat;

namespace {

std::string subjectOf(std::string_view body, std::string ref_id = "07ASTANA2327") {
  Cable cable;
  cable.ref_id = std::move(ref_id);
  parseSubject(body, cable);
  return cable.subject;
}

}  // namespace

// ---- labels

TEST(SubjectLabel, UpperCaseColon) {
  EXPECT_EQ(subjectOf("TAGS: PGOV KZ\n\nSUBJECT: KAZAKHSTAN: NUR OTAN CHOOSES NEW MEMBERS \n\nREF: Astana 2318\n"),
            "KAZAKHSTAN: NUR OTAN CHOOSES NEW MEMBERS");
}

TEST(SubjectLabel, Subj) { EXPECT_EQ(subjectOf("SUBJ: IRAN: OIL EXPORTS\n\n1. TEXT\n"), "IRAN: OIL EXPORTS"); }

TEST(SubjectLabel, MixedCase) {
  EXPECT_EQ(subjectOf("Subject: codel pelosi meets syria's president asad\n\n"),
            "codel pelosi meets syria's president asad");
}

TEST(SubjectLabel, Dash) { EXPECT_EQ(subjectOf("SUBJECT - ELECTION RESULTS\n\n"), "ELECTION RESULTS"); }

TEST(SubjectLabel, Semicolon) { EXPECT_EQ(subjectOf("SUBJECT; ELECTION RESULTS\n\n"), "ELECTION RESULTS"); }

TEST(SubjectLabel, SpaceBeforeColon) { EXPECT_EQ(subjectOf("SUBJECT : ELECTION RESULTS\n\n"), "ELECTION RESULTS"); }

TEST(SubjectLabel, IndentedLabel) {
  EXPECT_EQ(subjectOf("TAGS: OTRA UK\n\n SUBJECT: UK COUNTRY CLEARANCE IS GRANTED\n\n"), "UK COUNTRY CLEARANCE IS GRANTED");
}

TEST(SubjectLabel, DoubledColon) { EXPECT_EQ(subjectOf("SUBJECT:: MEXICANS DIFFER\n\n"), "MEXICANS DIFFER"); }

TEST(SubjectLabel, SubjectToInProseIsNotALabel) {
  EXPECT_EQ(subjectOf("UNCLAS ROME 000123\n\n1. The deal is subject to approval.\n"), "");
}

TEST(SubjectLabel, SubjectsInProseIsNotALabel) {
  EXPECT_EQ(subjectOf("SUBJECTS OF DISCUSSION WERE MANY\n"), "");
}

TEST(SubjectLabel, MissingSubjectGivesEmpty) {
  EXPECT_EQ(subjectOf("UNCLAS ROME 000123\nTAGS: PGOV IT\n\n1. (U) Text.\n"), "");
}

TEST(SubjectLabel, LabelAfterFirstParagraphIsIgnored) {
  EXPECT_EQ(subjectOf("UNCLAS ROME 000123\n\n1. (U) Text.\nSUBJECT: LATE\n"), "");
}

TEST(SubjectLabel, OnTheTagsLine) {
  EXPECT_EQ(subjectOf("TAGS: PARM PREL KZ SUBJECT: TALKS ON ARMS\n\n"), "TALKS ON ARMS");
}

// ---- wrapping

TEST(SubjectWrap, TwoLines) {
  EXPECT_EQ(subjectOf("SUBJECT: STRUGGLE OVER LAND CONTINUES TO FUEL COLOMBIAN \nCONFLICT \n\nREF: BOGOTA 8793\n"),
            "STRUGGLE OVER LAND CONTINUES TO FUEL COLOMBIAN CONFLICT");
}

TEST(SubjectWrap, ThreeLines) {
  EXPECT_EQ(subjectOf("SUBJECT: ONE\nTWO\nTHREE\n\n"), "ONE TWO THREE");
}

TEST(SubjectWrap, IndentedContinuation) {
  EXPECT_EQ(subjectOf("SUBJECT: KAZAKHSTAN ECONOMIC UPDATE, JULY 29 - AUGUST \n    24, 2007 \n \n"),
            "KAZAKHSTAN ECONOMIC UPDATE, JULY 29 - AUGUST 24, 2007");
}

TEST(SubjectWrap, EndsAtRef) { EXPECT_EQ(subjectOf("SUBJECT: A\nREF: STATE 1234\n"), "A"); }

TEST(SubjectWrap, EndsAtRefs) { EXPECT_EQ(subjectOf("SUBJECT: A\nREFS: A. STATE 1\n"), "A"); }

TEST(SubjectWrap, EndsAtReftel) { EXPECT_EQ(subjectOf("SUBJECT: A\nREFTEL: STATE 1\n"), "A"); }

TEST(SubjectWrap, ContinuationStartingWithReformIsKept) {
  EXPECT_EQ(subjectOf("SUBJECT: PARLIAMENT DEBATES\nREFORM OF PENSIONS\n\n"), "PARLIAMENT DEBATES REFORM OF PENSIONS");
}

TEST(SubjectWrap, EndsAtClassifiedBy) {
  EXPECT_EQ(subjectOf("SUBJECT: A\nClassified By: Amb. John Ordway, reasons 1.4 (B) and (D).\n"), "A");
}

TEST(SubjectWrap, EndsAtParagraphOne) { EXPECT_EQ(subjectOf("SUBJECT: A\n1. (C) Summary: text\n"), "A"); }

TEST(SubjectWrap, EndsAtPilcrowParagraph) {
  EXPECT_EQ(subjectOf("SUBJECT: A\n\xC2\xB6" "1. (C) text\n"), "A");
}

TEST(SubjectWrap, EndsAtSummaryHeading) { EXPECT_EQ(subjectOf("SUBJECT: A\nSUMMARY: text\n"), "A"); }

TEST(SubjectWrap, EndsAtRuleLine) { EXPECT_EQ(subjectOf("SUBJECT: A\n-------\nSummary\n"), "A"); }

TEST(SubjectWrap, EndsAtReferenceBullet) { EXPECT_EQ(subjectOf("SUBJECT: A\n(A) STATE 1234\n"), "A"); }

TEST(SubjectWrap, EndsAtDeclassificationLine) {
  EXPECT_EQ(subjectOf("SUBJECT: A\nE.O. 12958: DECL: 1/1/2017\n"), "A");
}

TEST(SubjectWrap, PageBreakInsideIsSkipped) {
  EXPECT_EQ(subjectOf("SUBJECT: KAZAKHSTAN: LONG\nASTANA 00002327  002 OF 004\nTITLE\n\n"), "KAZAKHSTAN: LONG TITLE");
}

TEST(SubjectWrap, SipdisLineInsideIsSkipped) {
  EXPECT_EQ(subjectOf("SUBJECT: PART ONE\nSIPDIS\nPART TWO\n\n"), "PART ONE PART TWO");
}

TEST(SubjectWrap, CrLf) { EXPECT_EQ(subjectOf("SUBJECT: ONE\r\nTWO\r\n\r\n"), "ONE TWO"); }

TEST(SubjectWrap, WhitespaceCollapsed) { EXPECT_EQ(subjectOf("SUBJECT:  More  than\tMalbec \n\n"), "More than Malbec"); }

// ---- glued fields

TEST(SubjectGlue, ClassifiedByGlued) {
  EXPECT_EQ(subjectOf("SUBJECT: CODEL VISIT TO ALMATYClassified By: Amb. John Ordway\n"), "CODEL VISIT TO ALMATY");
}

TEST(SubjectGlue, UpperCaseClassifiedByGlued) {
  EXPECT_EQ(subjectOf("SUBJECT: REFORM FATIGUE CLASSIFIED BY: AMBASSADOR SCOBEY\n"), "REFORM FATIGUE");
}

TEST(SubjectGlue, RefGluedToLastWord) {
  EXPECT_EQ(subjectOf("SUBJECT: FBI DIRECTOR'S VISIT TO EGYPTREF: CAIRO 493\n"), "FBI DIRECTOR'S VISIT TO EGYPT");
}

TEST(SubjectGlue, RefGluedAfterSpace) {
  EXPECT_EQ(subjectOf("SUBJECT: POLISH PM TUSK'S VISIT TO MOSCOW REF: A. MOSCOW 267 B. MOSCOW 5585\n"),
            "POLISH PM TUSK'S VISIT TO MOSCOW");
}

TEST(SubjectGlue, MixedCaseRefGlued) {
  EXPECT_EQ(subjectOf("SUBJECT: TRADE TALKS Ref: State 121220\n"), "TRADE TALKS");
}

TEST(SubjectGlue, RefOnWrappedLine) {
  EXPECT_EQ(subjectOf("SUBJECT: GOB SUSPENDS CHARGES AGAINST SIX\nARRESTED REF: A. MANAMA 420\n"),
            "GOB SUSPENDS CHARGES AGAINST SIX ARRESTED");
}

TEST(SubjectGlue, AdRefTextIsPartOfTheSubject) {
  EXPECT_EQ(subjectOf("SUBJECT: AGREEMENT ON NSG AD REF TEXT\n\n"), "AGREEMENT ON NSG AD REF TEXT");
}

TEST(SubjectGlue, SummaryHeadingGlued) {
  EXPECT_EQ(subjectOf("SUBJECT:  More than Malbec: Talks in Mendoza  Summary -------- \n"),
            "More than Malbec: Talks in Mendoza");
}

TEST(SubjectGlue, SummaryWordInsideSubjectIsKept) {
  EXPECT_EQ(subjectOf("SUBJECT: FRAUD SUMMARY - (GUADALAJARA)\n\n"), "FRAUD SUMMARY - (GUADALAJARA)");
}

TEST(SubjectGlue, PageHeaderGlued) {
  EXPECT_EQ(subjectOf("SUBJECT: DOMESTIC REACTION TO QADHAFI AT UNGA TRIPOLI 00000762 001.2 OF 002 \n\n", "09TRIPOLI762"),
            "DOMESTIC REACTION TO QADHAFI AT UNGA");
}

TEST(SubjectGlue, PageHeaderWithSpacedStationGlued) {
  EXPECT_EQ(subjectOf("SUBJECT: ETHANOL EXPORTS RIO DE JANEIRO 00000285 001 OF 002\n\n", "09RIODEJANEIRO285"),
            "ETHANOL EXPORTS");
}

TEST(SubjectGlue, ParagraphGlued) {
  EXPECT_EQ(subjectOf("SUBJECT: TALKS CONTINUE 1. (C) Summary: The talks\n"), "TALKS CONTINUE");
}

TEST(SubjectGlue, SipdisGluedIsRemoved) {
  EXPECT_EQ(subjectOf("SUBJECT: SECRETARY VISIT SIPDIS TO ASTANA\n\n"), "SECRETARY VISIT TO ASTANA");
}

TEST(SubjectGlue, VeryLongSingleLineIsBounded) {
  std::string body = "SUBJECT: SHORT TITLE REF: STATE 1 " + std::string(100000, 'x');
  EXPECT_EQ(subjectOf(body), "SHORT TITLE");
}

// ---- markings

TEST(SubjectMarking, LeadingUnclassifiedMarking) {
  EXPECT_EQ(subjectOf("SUBJECT: (U)  Secretary Clinton's March 25 Conversation\n\n"),
            "Secretary Clinton's March 25 Conversation");
}

TEST(SubjectMarking, LeadingSbu) { EXPECT_EQ(subjectOf("SUBJECT: (SBU) VISA FRAUD\n\n"), "VISA FRAUD"); }

TEST(SubjectMarking, LeadingSecretNoforn) {
  EXPECT_EQ(subjectOf("SUBJECT: (S/NF) NIGERIA: XXXXXXXXXXXX\n\n"), "NIGERIA: XXXXXXXXXXXX");
}

TEST(SubjectMarking, ReleasableMarkingWithSpace) {
  EXPECT_EQ(subjectOf("SUBJECT: (S/REL UK) ARGENTINE REACTION\n\n"), "ARGENTINE REACTION");
}

TEST(SubjectMarking, TrailingMarking) { EXPECT_EQ(subjectOf("SUBJECT: VISA FRAUD (C)\n\n"), "VISA FRAUD"); }

TEST(SubjectMarking, ParenthesesThatAreNotMarkingsStay) {
  EXPECT_EQ(subjectOf("SUBJECT: EXBS: MONTHLY REPORT (MAY-JUNE 2007)\n\n"), "EXBS: MONTHLY REPORT (MAY-JUNE 2007)");
}

TEST(SubjectMarking, LeadingParenthesesThatAreNotMarkingsStay) {
  EXPECT_EQ(subjectOf("SUBJECT: (MOSTLY) GOOD ROADMAP\n\n"), "(MOSTLY) GOOD ROADMAP");
}

TEST(SubjectLabel, LabelAloneWithSubjectBelow) {
  EXPECT_EQ(subjectOf("TAGS: PREL EG\nSUBJECT:\n\nACTIVISTS' ANGER OVER GOLDSTONE REPORT\n1.KEY POINTS\n"),
            "ACTIVISTS' ANGER OVER GOLDSTONE REPORT");
}

TEST(SubjectLabel, LabelAloneFollowedByAFieldGivesEmpty) {
  EXPECT_EQ(subjectOf("SUBJECT:\n\nREF: STATE 1234\n\n1. Text.\n"), "");
}

TEST(SubjectGlue, RefWithoutColonBeforeAYear) {
  EXPECT_EQ(subjectOf("SUBJECT: BIRD FLU VICTIM FROM SUEZ REF 09 CAIRO 0173 Sensitive\n"), "BIRD FLU VICTIM FROM SUEZ");
}
