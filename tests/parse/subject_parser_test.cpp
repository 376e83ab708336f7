// SUBJECT parsing: labels, wrapped lines, glued fields, markings, layout lines.
#include <gtest/gtest.h>

#include <string>

#include "parse/subject_label.h"
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

// ---- issue 13: forms from real cables and the reference parser's fragments

TEST(SubjectLabel, NoColonAfterTheLabel) {
  EXPECT_EQ(subjectOf("TAGS: PTER SA\nSUBJECT SAG AGREES TO USG STEPS ON TERRORIST FINANCING\n\nREF: STATE 1\n"),
            "SAG AGREES TO USG STEPS ON TERRORIST FINANCING");
}

TEST(SubjectLabel, NoColonAndProseSubjectToIsNotALabel) {
  EXPECT_EQ(subjectOf("TAGS: PTER SA\nSUBJECT TO CONGRESSIONAL NOTIFICATION\n\n1. Text\n"), "");
}

// 09TRIPOLI925: "UBJECT: 110 LIBYAN COMPANIES PRIVATIZED".
TEST(SubjectLabel, MisspelledLabel) {
  EXPECT_EQ(subjectOf("TAGS: ECON LY\n\nUBJECT: 110 LIBYAN COMPANIES PRIVATIZED\n\n1. Text\n"),
            "110 LIBYAN COMPANIES PRIVATIZED");
  EXPECT_EQ(subjectOf("SUBJET: TALKS\n\n"), "TALKS");
  EXPECT_EQ(subjectOf("SUBEJCT: TALKS\n\n"), "TALKS");
  EXPECT_EQ(subjectOf("Sbject: Talks\n\n"), "Talks");
}

TEST(SubjectLabel, WordsFarFromSubjectAreNotLabels) {
  EXPECT_EQ(subjectOf("OBJECT: TALKS\n\n"), "");
  EXPECT_EQ(subjectOf("SUSPECT: JONES\n\n"), "");
  EXPECT_FALSE(isWithinOneSlip("SUBJECTIVE", "SUBJECT"));
  EXPECT_TRUE(isWithinOneSlip("SUBJECTT", "SUBJECT"));
  EXPECT_TRUE(isWithinOneSlip("SUBJECX", "SUBJECT"));
  EXPECT_TRUE(isWithinOneSlip("SUBJEC", "SUBJECT"));
}

TEST(SubjectText, CharacterReferencesAreDecoded) {
  EXPECT_EQ(subjectOf("SUBJECT: EGYPT&#8217;S ELECTIONS &amp; THE &#x201C;OPPOSITION&#x201D;\n\n"),
            "EGYPT\xe2\x80\x99S ELECTIONS & THE \xe2\x80\x9cOPPOSITION\xe2\x80\x9d");
}

// 09CAIRO213, 06SAOPAULO935: the SBU caveat typed on the subject's line.
TEST(SubjectGlue, HandlingCaveatIsCut) {
  EXPECT_EQ(subjectOf("SUBJECT: CHILD TRAFFICKING: ANOTHER CHILD Sensitive but unclassified\n\n"),
            "CHILD TRAFFICKING: ANOTHER CHILD");
  EXPECT_EQ(subjectOf("SUBJECT: STOCK MARKET WOES Sensitive but unclassified. Please handle accordingly.\n\n"),
            "STOCK MARKET WOES");
  EXPECT_EQ(subjectOf("SUBJECT: Ex-Governor Can Still Beat Lula SENSITIVE BUT UNCLASSIFIED - PLEASE PROTECT "
                      "ACCORDINGLY\n\n"),
            "Ex-Governor Can Still Beat Lula");
}

TEST(SubjectGlue, HandlingCaveatOnTheNextLineIsCut) {
  EXPECT_EQ(subjectOf("SUBJECT: ROOM TO TALK?\nSENSITIVE BUT UNCLASSIFIED--PLEASE PROTECT ACCORDINGLY\n\n"),
            "ROOM TO TALK?");
}

// 09TRIPOLI417: a dump row ends every line with a backslash.
TEST(SubjectWrap, TrailingContinuationMarksAreRemoved) {
  EXPECT_EQ(subjectOf("SUBJECT: AL-QADHAFI:  NO LONGER RELUCTANT TO ENGAGE WITH AFRICOM \\\n \\\n"
                      "CLASSIFIED BY: Gene A. Cretz \\\n"),
            "AL-QADHAFI: NO LONGER RELUCTANT TO ENGAGE WITH AFRICOM");
  EXPECT_EQ(subjectOf("SUBJECT: FIRST LINE \\\nSECOND LINE \\\n\\\n1. text\n"), "FIRST LINE SECOND LINE");
}

// 09CAIRO1046: "...IN CAIRO 1.(SBU): The Ministry of Health...".
TEST(SubjectGlue, ParagraphWithoutSpaceBeforeMarkingGlued) {
  EXPECT_EQ(subjectOf("SUBJECT: OUTBREAK SHUTS DOWN UNIVERSITY 1.(SBU): The Ministry announced\n"),
            "OUTBREAK SHUTS DOWN UNIVERSITY");
}

// "...PRIMEREF: A. LONDON 1939": the references' label glued to the last word.
TEST(SubjectGlue, RefGluedWithLetteredList) {
  EXPECT_EQ(subjectOf("SUBJECT: (C/NF) WHO WOULD REPLACE GORDON BROWN AS UK PRIMEREF: A. LONDON 1939 B. LONDON 1704\n"),
            "WHO WOULD REPLACE GORDON BROWN AS UK PRIME");
  EXPECT_EQ(subjectOf("SUBJECT: CODEL VISIT TO EGYPTREF: CAIRO 493\n\n"), "CODEL VISIT TO EGYPT");
}

// 06TOKYO1363: "SUBJECT: DAILY SUMMARY OF JAPANESE PRESS 03/15/06" then "INDEX:".
TEST(SubjectWrap, EndsAtALabelAloneAndAtANumberedList) {
  EXPECT_EQ(subjectOf("SUBJECT:  DAILY SUMMARY OF JAPANESE PRESS 03/15/06\n  INDEX:\n(1) Poll on cabinet\n"),
            "DAILY SUMMARY OF JAPANESE PRESS 03/15/06");
  EXPECT_EQ(subjectOf("SUBJECT: PRESS SUMMARY\n(1) Poll on cabinet\n"), "PRESS SUMMARY");
}

// 09YEREVAN494: the page's subject was cut ("TRAF...") and the
// classification line follows it.
TEST(SubjectWrap, EndsAtARepeatedClassificationLine) {
  EXPECT_EQ(subjectOf("SUBJECT:  ARMENIA CONTINUES AGGRESSIVE PROSECUTION OF TRAF...\n"
                      "UNCLAS YEREVAN 000494 SENSITIVE SIPDIS STATE FOR DRL\n\nSUMMARY\n"),
            "ARMENIA CONTINUES AGGRESSIVE PROSECUTION OF TRAF...");
}

// 00HARARE6677: a page footer and the next page's header inside the subject.
TEST(SubjectWrap, PageFooterAndGluedOlderPageHeaderAreSkipped) {
  EXPECT_EQ(subjectOf("SUBJECT: ASSISTANT SECRETARY MEETS WITH ZIMBABWE \n CONFIDENTIAL\n"
                      "PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER\nREFTEL: HARARE 6584\n",
                      "00HARARE6677"),
            "ASSISTANT SECRETARY MEETS WITH ZIMBABWE OPPOSITION LEADER");
}
