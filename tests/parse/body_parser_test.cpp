// Body fields: summary (labels, end markers, paragraph ends) and signers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/body_parser.h"

using namespace cablecat;

namespace {

std::string summaryOf(std::string_view body, std::string ref_id = "07ASTANA2327") {
  Cable cable;
  cable.ref_id = std::move(ref_id);
  parseSummary(body, cable);
  return cable.summary;
}

std::vector<std::string> signersOf(std::string_view body) {
  Cable cable;
  parseSigners(body, cable);
  return cable.signers;
}

using Names = std::vector<std::string>;

}  // namespace

// ---- summary labels

TEST(SummaryLabel, NumberedParagraph) {
  EXPECT_EQ(summaryOf("REF: X\n\n1. Summary: On August 24, Nur Otan selected 98 candidates.\nEnd summary.\n\n2. More.\n"),
            "On August 24, Nur Otan selected 98 candidates.");
}

TEST(SummaryLabel, NumberedParagraphWithMarking) {
  EXPECT_EQ(summaryOf("1. (C) Summary: The talks failed. End summary.\n"), "The talks failed.");
}

TEST(SummaryLabel, PilcrowNumberedParagraphWithMarking) {
  EXPECT_EQ(summaryOf("\xC2\xB6" "1.  (SBU)  Summary:  Talks resumed.  End Summary.\n"), "Talks resumed.");
}

TEST(SummaryLabel, SummaryAndComment) {
  EXPECT_EQ(summaryOf("SUMMARY AND COMMENT: Elections went well. END SUMMARY AND COMMENT.\n"), "Elections went well.");
}

TEST(SummaryLabel, SummaryAndCommentWithPeriod) {
  EXPECT_EQ(summaryOf("1. Summary and Comment. Elections went well. End Summary and Comment.\n"), "Elections went well.");
}

TEST(SummaryLabel, BeginSummary) {
  EXPECT_EQ(summaryOf("1. BEGIN SUMMARY: The plant opened. END SUMMARY.\n"), "The plant opened.");
}

TEST(SummaryLabel, BeginSummaryWithoutColon) {
  EXPECT_EQ(summaryOf("BEGIN SUMMARY\nThe plant opened.\nEND SUMMARY\n"), "The plant opened.");
}

TEST(SummaryLabel, HeadingLine) {
  EXPECT_EQ(summaryOf("-------\nSummary\n-------\n\n1.  (U)  Land is a source of conflict. End Summary\n\n"),
            "Land is a source of conflict.");
}

TEST(SummaryLabel, HeadingFramedByDashesOnOneLine) {
  EXPECT_EQ(summaryOf("------- SUMMARY -------\n\n1. (C) Candidates debated. END SUMMARY.\n"), "Candidates debated.");
}

TEST(SummaryLabel, UpperCaseHeadingWithColon) {
  EXPECT_EQ(summaryOf("SUMMARY:\n\nThe visit succeeded.\n\n2. Details.\n"), "The visit succeeded.");
}

TEST(SummaryLabel, MarkingAfterLabel) {
  EXPECT_EQ(summaryOf("1. SUMMARY (U) Costa Rica recognized China. END SUMMARY\n"), "Costa Rica recognized China.");
}

TEST(SummaryLabel, DashAfterLabel) { EXPECT_EQ(summaryOf("Summary - Talks resumed. End summary.\n"), "Talks resumed."); }

TEST(SummaryLabel, ExecutiveSummary) {
  EXPECT_EQ(summaryOf("1. Executive Summary: Growth slowed. End Summary.\n"), "Growth slowed.");
}

TEST(SummaryLabel, SummaryOfSomethingIsNotALabel) {
  EXPECT_EQ(summaryOf("1. (SBU) Summary of media developments:\n--Item one.\n"), "");
}

TEST(SummaryLabel, WordInProseIsNotALabel) {
  EXPECT_EQ(summaryOf("2. Miceli then provided a summary of the fundamentals.\n"), "");
}

TEST(SummaryLabel, NoSummaryGivesEmpty) { EXPECT_EQ(summaryOf("1. (C) Text.\n\n2. More.\n"), ""); }

TEST(SummaryLabel, FirstSummaryWins) {
  EXPECT_EQ(summaryOf("1. Summary: First. End summary.\n\n5. Summary: Second. End summary.\n"), "First.");
}

// ---- summary ends

TEST(SummaryEnd, EndSummaryUpperCase) {
  EXPECT_EQ(summaryOf("1. Summary: Text one. END SUMMARY.\n2. Next.\n"), "Text one.");
}

TEST(SummaryEnd, EndSummaryInParentheses) {
  EXPECT_EQ(summaryOf("1. Summary: Text one. (End summary)\n2. Next.\n"), "Text one.");
}

TEST(SummaryEnd, EndOfSummary) {
  EXPECT_EQ(summaryOf("1. Summary: Text one. End of Summary.\n2. Next.\n"), "Text one.");
}

TEST(SummaryEnd, EndMarkerWrappedOntoOwnLine) {
  EXPECT_EQ(summaryOf("1. Summary: Text one\ncontinues here. \nEnd summary. \n\n2. Next.\n"), "Text one continues here.");
}

TEST(SummaryEnd, EndMarkerAfterSeveralParagraphs) {
  EXPECT_EQ(summaryOf("1. (C) Summary: First part.\n\n2. (C) Second part. End Summary.\n\n3. Body.\n"),
            "First part. Second part.");
}

TEST(SummaryEnd, NoEndMarkerTakesTheParagraph) {
  EXPECT_EQ(summaryOf("1.  Summary: This information is drawn from the \npress.  \n \n-- Inflation in July\n"),
            "This information is drawn from the press.");
}

TEST(SummaryEnd, NoEndMarkerStopsAtNextNumberedParagraph) {
  EXPECT_EQ(summaryOf("1. Summary: One line.\n2. Next paragraph.\n"), "One line.");
}

TEST(SummaryEnd, PageBreakInsideParagraphIsSkipped) {
  EXPECT_EQ(summaryOf("1. Summary: Part one of the \n \nASTANA 00002327  002 OF 004 \n \nsentence continues.\n\n2. Next.\n"),
            "Part one of the sentence continues.");
}

TEST(SummaryEnd, PageBreakInsideSummaryWithEndMarker) {
  EXPECT_EQ(summaryOf("1. Summary: A \nASTANA 00002327  002.4 OF 004\nB. End summary.\n"), "A B.");
}

TEST(SummaryEnd, SipdisInsideSummaryIsRemoved) {
  EXPECT_EQ(summaryOf("1. Summary: The Secretary SIPDIS \nvisited. End summary.\n"), "The Secretary visited.");
}

TEST(SummaryEnd, SipdisLineInsideSummaryIsRemoved) {
  EXPECT_EQ(summaryOf("1. Summary: The Secretary\nSIPDIS\nvisited. End summary.\n"), "The Secretary visited.");
}

TEST(SummaryEnd, InlinePageHeaderIsRemoved) {
  EXPECT_EQ(summaryOf("1. Summary: Talks TRIPOLI 00000762 001.2 OF 002 resumed. End summary.\n", "09TRIPOLI762"),
            "Talks resumed.");
}

TEST(SummaryEnd, WhitespaceIsCollapsed) {
  EXPECT_EQ(summaryOf("Summary:   A\t\tB  \n   C. End summary.\n"), "A B C.");
}

TEST(SummaryEnd, NumberedParagraphPrefixesInsideAreDropped) {
  EXPECT_EQ(summaryOf("Summary\n-------\n\n1. (C) First.\n\n2. (C) Second. End summary.\n"), "First. Second.");
}

TEST(SummaryEnd, CrLf) { EXPECT_EQ(summaryOf("1. Summary: A\r\nB. End summary.\r\n"), "A B."); }

TEST(SummaryEnd, SingleLineBody) {
  EXPECT_EQ(summaryOf("TAGS: PGOV UG ¶1. (C) Summary: Otero discussed the bill. End Summary. ¶2. (C) More."),
            "Otero discussed the bill.");
}

// ---- signers

TEST(Signer, SurnameOnLastLine) { EXPECT_EQ(signersOf("4. Text ends here. \n \nORDWAY\n"), (Names{"ORDWAY"})); }

TEST(Signer, TrailingBlankLines) { EXPECT_EQ(signersOf("Text.\n\nMILAS\n\n \n"), (Names{"MILAS"})); }

TEST(Signer, BeforeNnnn) { EXPECT_EQ(signersOf("Text.\n\nRICE\nNNNN\n"), (Names{"RICE"})); }

TEST(Signer, BeforeMixedCaseNnnnAndEndCableText) {
  EXPECT_EQ(signersOf("Text.\nRice\nNnnn\nEnd Cable Text\n"), (Names{"RICE"}));
}

TEST(Signer, MailFooterAfterEndCableTextIsIgnored) {
  EXPECT_EQ(signersOf("Text.\nMURRAY\nEnd Cable Text\nZenaida X Toledo 07/30/2008 From DB/Inbox: TRANS\n.\n"),
            (Names{"MURRAY"}));
}

TEST(Signer, BeforeClassificationLine) { EXPECT_EQ(signersOf("Text.\n\nKHALILZAD\n\nCONFIDENTIAL\n"), (Names{"KHALILZAD"})); }

TEST(Signer, BeforeSpacedClassificationLine) {
  EXPECT_EQ(signersOf("Text.\n\nKHALILZAD\nC O N F I D E N T I A L\n"), (Names{"KHALILZAD"}));
}

TEST(Signer, BeforePageBreak) {
  EXPECT_EQ(signersOf("Text.\n\nORDWAY\n\nASTANA 00002327  004 OF 004\n"), (Names{"ORDWAY"}));
}

TEST(Signer, BeforeCableEndsRule) {
  EXPECT_EQ(signersOf("Text.\nBROWN \n\n=======================CABLE ENDS============================\n"),
            (Names{"BROWN"}));
}

TEST(Signer, BeforeDeclassificationStamp) {
  EXPECT_EQ(signersOf("REPORT FURTHER.\n\nHELMS \n\nDeclassified/Released US Department of State EO \nSystematic Review 05 JUL 2006\n"),
            (Names{"HELMS"}));
}

TEST(Signer, BeforeBtAndSerial) { EXPECT_EQ(signersOf("Text.\n\nMILAS\nBT\n#2327\n"), (Names{"MILAS"})); }

TEST(Signer, BeforeCsvQuote) { EXPECT_EQ(signersOf("Text.\n\nMULFORD \"\n"), (Names{"MULFORD"})); }

TEST(Signer, BeforeDumpBackslash) { EXPECT_EQ(signersOf("impact. \\\nCASSEL \\\n"), (Names{"CASSEL"})); }

TEST(Signer, DatabaseRowSuffixIsDropped) {
  EXPECT_EQ(signersOf("Text.\nSTEVENS 0 03/03/2008\n"), (Names{"STEVENS"}));
}

TEST(Signer, TwoWordSurname) { EXPECT_EQ(signersOf("Text.\n\nVAN VOORST\n"), (Names{"VAN VOORST"})); }

TEST(Signer, LowerCaseParticleIsUpperCased) { EXPECT_EQ(signersOf("Text.\n\nvan Voorst\n"), (Names{"VAN VOORST"})); }

TEST(Signer, MixedCaseIsUpperCased) { EXPECT_EQ(signersOf("Text.\n\nLeBaron\n"), (Names{"LEBARON"})); }

TEST(Signer, HyphenatedSurname) { EXPECT_EQ(signersOf("Text.\n\nThompson-Jones\n"), (Names{"THOMPSON-JONES"})); }

TEST(Signer, JuniorSuffix) { EXPECT_EQ(signersOf("Text.\nTimken jr\n"), (Names{"TIMKEN JR"})); }

TEST(Signer, TwoSignersOnTwoLines) { EXPECT_EQ(signersOf("Text.\n\nRICE\nKHALILZAD\n"), (Names{"RICE", "KHALILZAD"})); }

TEST(Signer, TwoSignersWithSlash) { EXPECT_EQ(signersOf("Text.\n\nSMITH/JONES\n"), (Names{"SMITH", "JONES"})); }

TEST(Signer, RepeatedSurnameCountsOnce) { EXPECT_EQ(signersOf("Text.\n\nRICE\nRICE\n"), (Names{"RICE"})); }

TEST(Signer, SurnameTypedTwiceOnOneLine) { EXPECT_EQ(signersOf("Text.\n\nCRETZ  CRETZ\n"), (Names{"CRETZ"})); }

TEST(Signer, ShortLastLineOfParagraphIsNotASecondSigner) {
  EXPECT_EQ(signersOf("Central Security\nForces\nSCOBEY\n"), (Names{"SCOBEY"}));
}

TEST(Signer, GluedAfterLastSentence) { EXPECT_EQ(signersOf("the merger. End comment. CRETZ\n"), (Names{"CRETZ"})); }

TEST(Signer, GluedMixedCaseAfterLastSentence) {
  EXPECT_EQ(signersOf("is in good condition (reftel.) Scobey\n"), (Names{"SCOBEY"}));
}

TEST(Signer, GluedAfterRedactedWebsite) {
  EXPECT_EQ(signersOf("Visit London's Classified Website: XXXXXXXXXXXX TUTTLE\n"), (Names{"TUTTLE"}));
}

TEST(Signer, GluedToRedaction) {
  EXPECT_EQ(signersOf("Visit London's Classified Website: XXXXXXXXXXXXTUTTLE\n"), (Names{"TUTTLE"}));
}

TEST(Signer, GluedAfterStars) {
  EXPECT_EQ(signersOf("Website: XXXXXXXXXXXX******** ******** ERELI\n"), (Names{"ERELI"}));
}

TEST(Signer, GluedAfterPageHeader) {
  EXPECT_EQ(signersOf("compulsory in Islam. CAIRO 00001918 002 OF 002 Scobey\n"), (Names{"SCOBEY"}));
}

TEST(Signer, TrailingDotsAfterSurname) { EXPECT_EQ(signersOf("Text.\n\nSusman..\n"), (Names{"SUSMAN"})); }

TEST(Signer, SpacedDotAfterSurname) { EXPECT_EQ(signersOf("Text.\n\nCRETZ .\n"), (Names{"CRETZ"})); }

TEST(Signer, TwoLetterSurnameAfterFullStop) { EXPECT_EQ(signersOf("on energy security. LU\n"), (Names{"LU"})); }

TEST(Signer, LastSentenceIsNotASigner) { EXPECT_TRUE(signersOf("We will report further developments.\n").empty()); }

TEST(Signer, EndCommentIsNotASigner) { EXPECT_TRUE(signersOf("Text here. \nEnd comment.\n").empty()); }

TEST(Signer, CapitalizedWordEndingASentenceIsNotASigner) {
  EXPECT_TRUE(signersOf("cleared by the office of U/S \nPadilla.\n").empty());
}

TEST(Signer, ParagraphMarkerIsNotASigner) { EXPECT_TRUE(signersOf("Text.\n\n(U)\n").empty()); }

TEST(Signer, BtIsNotASigner) { EXPECT_TRUE(signersOf("Text.\n\nBT\n").empty()); }

TEST(Signer, SerialIsNotASigner) { EXPECT_TRUE(signersOf("Text.\n\n#2327\n").empty()); }

TEST(Signer, ClassificationIsNotASigner) { EXPECT_TRUE(signersOf("Text.\n\nUNCLASSIFIED\n").empty()); }

TEST(Signer, RedactionIsNotASigner) { EXPECT_TRUE(signersOf("Text.\n\nXXXXXXXXXXXX\n").empty()); }

TEST(Signer, MissingSectionMeansNoSigner) {
  EXPECT_TRUE(signersOf("REGIONAL ISSUES\n*********************** * Missing Section 003 * ***********************\n").empty());
}

TEST(Signer, ProseWordAfterCommaIsNotASigner) {
  EXPECT_TRUE(signersOf("The talks will continue, Thanks\n").empty());
}

TEST(Signer, LowerCaseWordGluedIsNotASigner) { EXPECT_TRUE(signersOf("It ended. and\n").empty()); }

TEST(Signer, EmptyBody) { EXPECT_TRUE(signersOf("").empty()); }

TEST(Signer, VeryLongSingleLineBody) {
  std::string body = std::string(100000, 'a') + ". End comment. CRETZ";
  EXPECT_EQ(signersOf(body), (Names{"CRETZ"}));
}

// ---- summary forms seen in single-line and dumped bodies

TEST(SummaryLabel, IntroductionAndSummary) {
  EXPECT_EQ(summaryOf("1. (S/NF) Introduction and Summary: Efforts grew. End Introduction \nand Summary.\n"),
            "Efforts grew.");
}

TEST(SummaryLabel, SummarySlashIntroduction) {
  EXPECT_EQ(summaryOf("1. (C) SUMMARY/INTRODUCTION: Since the fall. END SUMMARY/INTRODUCTION.\n"), "Since the fall.");
}

TEST(SummaryLabel, OutlineNumberedHeading) {
  EXPECT_EQ(summaryOf("\xC2\xB6I. Summary \n\nDrugs transit here. End summary.\n"), "Drugs transit here.");
}

TEST(SummaryLabel, DumpLineWithBackslash) {
  EXPECT_EQ(summaryOf("SUMMARY \\\n \\\nThe mission is on hold. \\\nEnd summary. \\\n"), "The mission is on hold.");
}

TEST(SummaryLabel, BeginSummaryMidLine) {
  EXPECT_EQ(summaryOf("REASONS 1.4 (B) AND (D) 1. (SBU) Begin Summary: Troops moved east. End Summary. 2. (SBU) More."),
            "Troops moved east.");
}

TEST(SummaryLabel, DashFramedHeadingMidLine) {
  EXPECT_EQ(summaryOf("for reasons 1.4 (B) and (D)  ------- Summary -------  Shannon met Miceli. End Summary  ----- The"),
            "Shannon met Miceli.");
}

TEST(SummaryLabel, EndMarkerWithoutLabelTakesTheOpeningParagraphs) {
  EXPECT_EQ(summaryOf("SUBJECT: X\n\n1. (C) Mueller met Mubarak.\n\n2. (C) Ties grew. End summary.\n\n3. (C) Details.\n"),
            "Mueller met Mubarak. Ties grew.");
}

TEST(SummaryLabel, EndMarkerWithoutAnyParagraphGivesNothing) {
  EXPECT_EQ(summaryOf("SUBJECT: X\nText without paragraphs. End summary.\n"), "");
}

TEST(SummaryEnd, SpendSummaryIsNotAnEndMarker) {
  EXPECT_EQ(summaryOf("1. Summary: They will spend summary funds.\n\n2. More.\n"), "They will spend summary funds.");
}

TEST(Signer, BeforeDeclassificationStampWrappedDifferently) {
  EXPECT_EQ(signersOf("RECENT MONTHS. \n \nSULLIVAN \n \nCONFIDENTIAL \n \nDeclassified/Released US Department of State EO Systematic \nReview 30 JUN 2006 \n"),
            (Names{"SULLIVAN"}));
}

TEST(SummaryEnd, InlineParagraphOpeningsAreDropped) {
  EXPECT_EQ(summaryOf("TAGS: X ¶1. (C) Summary: First part. ¶2. (C) Second part. End Summary. ¶3. More."),
            "First part. Second part.");
}

// ---- issue 13: signers under end-of-message markers, footers and debris

TEST(Signer, ManyBlankLinesAndSpacesAfterTheSurname) {
  std::string body = "4. (C) Text.\n\nHORAN";
  for (int i = 0; i < 60; ++i) body += "   \n";
  EXPECT_EQ(signersOf(body), (Names{"HORAN"}));
}

TEST(Signer, PrintDebrisGluedToTheSurname) { EXPECT_EQ(signersOf("Text.\n\nHORAN##\n"), (Names{"HORAN"})); }

// 02VATICAN3692, 03ROME5149: the printout's page footer under the signer.
TEST(Signer, BeforeThePrintedPageFooter) {
  EXPECT_EQ(signersOf("Text.\n\nHORAN\n\nSECRET\n\n> 2002ROME01748 - Classification: SECRET\n"), (Names{"HORAN"}));
  EXPECT_EQ(signersOf("Text.\n\nSKODON\n \n \nNNNN\n 2003ROME05149 - Classification: CONFIDENTIAL\n\n\"\n"),
            (Names{"SKODON"}));
  EXPECT_EQ(signersOf("REGION. HARDT \nCONFIDENTIAL \n> \n2002VATICA03692 - Classification: CONFIDENTIAL \"\n"),
            (Names{"HARDT"}));
}

// 03ROME2045: the dump cut the footer in two fields.
TEST(Signer, BeforeAFooterCutByTheDump) {
  EXPECT_EQ(signersOf("END COMMENT. \nSEMBLER \n \n   CONFIDENTIAL \n \n> \n 2003ROME02045 - Clas\"\t\"sification: "
                      "CONFIDENTIAL \n\n\"\n"),
            (Names{"SEMBLER"}));
}

// 04ROME2926: signer, NNNN and footer on one line.
TEST(Signer, MarkerAndFooterOnTheSignersLine) {
  EXPECT_EQ(signersOf("Text.\n\nHALL NNNN 2004ROME02926 - Classification: CONFIDENTIAL \"\n"), (Names{"HALL"}));
  EXPECT_EQ(signersOf("has not cleared this message. SCOBEY NNNN\n"), (Names{"SCOBEY"}));
}

// 05BRASILIA1207, 06MOSCOW3335, 07TRIPOLI945: a database row's tail.
TEST(Signer, DatabaseRowTailsAreDropped) {
  EXPECT_EQ(signersOf("bodes well for U.S. interests. DANILOVICH 2005-05-06\n"), (Names{"DANILOVICH"}));
  EXPECT_EQ(signersOf("in the period ahead. BURNS\t2006-03-31\n"), (Names{"BURNS"}));
  EXPECT_EQ(signersOf("End comment. MILAM 0 11/07/2007 6212 KISL,PTER,PREL LIBYAN REACTION TO MERGER\n"),
            (Names{"MILAM"}));
}

// 09MEXICO160: a date stamped under the signer.
TEST(Signer, DateLineAfterTheSurname) { EXPECT_EQ(signersOf("Text.\n\nBASSETT\n1/21/2009\n"), (Names{"BASSETT"})); }

// 07ASUNCION396: CSV quotes and commas around the surname.
TEST(Signer, QuotesAndCommasAroundTheSurname) {
  EXPECT_EQ(signersOf("contributed to this cable. ,,,,\"\n\"CASON ,,,,\"\n"), (Names{"CASON"}));
}

// 04THEHAGUE1915: the partial-extract notice after the text.
TEST(Signer, BeforeThePartialExtractNotice) {
  EXPECT_EQ(signersOf("Text.\nSOBEL\n\",\nThis record is a partial extract of the original cable. The full text of "
                      "the original cable is not available.\n"),
            (Names{"SOBEL"}));
}

// 09TRIPOLI321: "...made a decision. STEVENS."
TEST(Signer, GluedUpperCaseSurnameWithFullStop) {
  EXPECT_EQ(signersOf("promised to inform us when the GOL made a decision. STEVENS.\n"), (Names{"STEVENS"}));
}

// 08BERLIN1095, 09PRETORIA954: two-word surnames glued to the last sentence.
TEST(Signer, GluedTwoWordSurname) {
  EXPECT_EQ(signersOf("in four areas of South Ossetia. TIMKEN JR\n"), (Names{"TIMKEN JR"}));
  EXPECT_EQ(signersOf("rings true for South Africa in 2009. LA LIME\n"), (Names{"LA LIME"}));
  EXPECT_TRUE(signersOf("the talks went well. US GOALS\n").empty());  // no particle, no JR
}

// 09CAIRO171: "END TEXT SCOBEY".
TEST(Signer, GluedAfterEndText) {
  EXPECT_EQ(signersOf("Ahmed Fathi Sorour President of the People's Assembly END TEXT SCOBEY\n"), (Names{"SCOBEY"}));
}

// 08LONDON1412, 09LONDON1701: after the embassy's web footer.
TEST(Signer, GluedAfterAWebFooter) {
  EXPECT_EQ(signersOf("Visit London's Classified Website: http://www.intelink.sgov.gov/wiki/Portal:Unit ed_Kingdom "
                      "TUTTLE\n"),
            (Names{"TUTTLE"}));
  EXPECT_EQ(signersOf("by PDAS Carter. Visit London's Classified Website: XXXXXXXXXXXX Kingdom LeBaron\n"),
            (Names{"LEBARON"}));
}

// 08MEXICO2187: lines separated by U+2028 instead of newlines.
TEST(Signer, UnicodeLineSeparatorsEndLines) {
  EXPECT_EQ(signersOf("Blog at http://www.intelink.gov/communities/state/nap / \xE2\x80\xA8GARZA"), (Names{"GARZA"}));
  EXPECT_EQ(signersOf("Text ends here.\xE2\x80\xA8\xE2\x80\xA8ORDWAY\xE2\x80\xA8"), (Names{"ORDWAY"}));
  // Separators on the lines above the last newline and on the last line.
  EXPECT_EQ(signersOf("Talks.\xE2\x80\xA8More talks.\nText ends here.\xE2\x80\xA8ORDWAY"), (Names{"ORDWAY"}));
  // A separator above the last newline does not start the last line.
  EXPECT_EQ(signersOf("Talks.\xE2\x80\xA8More talks.\nORDWAY"), (Names{"ORDWAY"}));
  EXPECT_TRUE(signersOf("ORDWAY\xE2\x80\xA8More talks.\nThe talks went on into the night").empty());
}

// 07BRASILIA64: "...to cultivate China.\nSobel."
TEST(Signer, CapitalizedSurnameWithStopUnderAClosedSentence) {
  EXPECT_EQ(signersOf("the lengths Brazil was going to try to cultivate China.\nSobel.\n"), (Names{"SOBEL"}));
}

TEST(Signer, CapitalizedSurnameWithStopAfterABlankLine) {
  EXPECT_EQ(signersOf("the lengths Brazil was going to try to cultivate China. \n\nSobel.\n"), (Names{"SOBEL"}));
}

// 08CAIRO2255: "...has not cleared this message. SCOBEY NNNN End Cable Text".
TEST(Signer, GluedBeforeMarkerAndEndCableText) {
  EXPECT_EQ(signersOf("6. (U) Welch has not cleared this message. SCOBEY NNNN End Cable Text\n"), (Names{"SCOBEY"}));
}

// 07LONDON3175: "tuttle" typed in lower case under the web footer.
TEST(Signer, LowerCaseSurnameUnderTheWebFooter) {
  EXPECT_EQ(signersOf("Visit London's Classified Website:\nhttp://www.state.sgov.gov/p/eur/london/index. cfm\ntuttle\n"),
            (Names{"TUTTLE"}));
  EXPECT_TRUE(signersOf("Visit London's Classified Website:\nhttp://www.state.sgov.gov/p/eur/london\nthanks\n").empty());
  EXPECT_TRUE(signersOf("The talks went on\nwell into the night\nagain\n").empty());
}

// ---- issue 13: summaries that end at a heading, and joined labels

TEST(SummaryEnd, EndsAtAFramedHeadingLine) {
  EXPECT_EQ(summaryOf("1. Summary: The embassy held talks.\nMore talks.\n-------- Training --------\n2. Training.\n"),
            "The embassy held talks. More talks.");
}

// 07MOSCOW5585, 08CAIRO2153: the heading inside a body without line breaks.
TEST(SummaryEnd, EndsAtAFramedHeadingInsideTheLine) {
  EXPECT_EQ(summaryOf("1. Summary: The embassy held talks. More talks. -------- Training -------- 2. Training.\n"),
            "The embassy held talks. More talks.");
  // Rule marks glued to a word are no heading; the spaced ones after them are.
  EXPECT_EQ(summaryOf("1. Summary: Prices rose 5-----10 percent. More talks. ----- Training ----- 2. Training.\n"),
            "Prices rose 5-----10 percent. More talks.");
}

TEST(SummaryLabel, SummaryAndTableOfContents) {
  EXPECT_EQ(summaryOf("1. (C) SUMMARY AND TABLE OF CONTENTS: The talks resumed.\n\n2. text.\n"), "The talks resumed.");
  EXPECT_EQ(summaryOf("SUMMARY AND TABLE OF CONTENTS\n-----------------\n\n1. The talks resumed.\n\n2. More.\n"),
            "The talks resumed.");
}

// 05BRASILIA1017 "Summary/Action Request.", 08STATE98975 "--- SUMMARY/BACKGROUND ---".
TEST(SummaryLabel, JoinedLabelsOfSeveralWords) {
  EXPECT_EQ(summaryOf("1. (C) Summary/Action Request. On 12 April we met.\n\n2. More.\n"), "On 12 April we met.");
  EXPECT_EQ(summaryOf(". ------------------ SUMMARY/BACKGROUND ------------------\n\n1. China matters.\n\n2. x\n"),
            "China matters.");
  EXPECT_EQ(summaryOf("1. (C) Summary and Action Requests: Please act.\n\n2. x\n"), "Please act.");
  EXPECT_EQ(summaryOf("1. (C) Summary and comment. End Summary and Comment.\n"), "");
}

TEST(SummaryLabel, SummaryAndProseIsNotALabel) {
  EXPECT_EQ(summaryOf("1. Summary and analysis of the new law follow in the next paragraphs which\n\n2. x\n"), "");
}

TEST(SummaryEnd, CharacterReferencesAreDecoded) {
  EXPECT_EQ(summaryOf("1. Summary: The minister&#8217;s talks. End summary.\n"), "The minister\xe2\x80\x99s talks.");
}

// 02VATICAN3692: the next page's header glued before the summary's text.
TEST(SummaryEnd, GluedOlderPageHeaderIsDropped) {
  EXPECT_EQ(summaryOf("1. SUMMARY: BOTH\nPAGE 02 VATICA 03692 01 OF 02 261100Z RADICAL ISLAM. END SUMMARY.\n"),
            "BOTH RADICAL ISLAM.");
}
