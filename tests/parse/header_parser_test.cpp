// Header fields and findBodyStart, on minimal fixtures modeled on real headers.
#include <gtest/gtest.h>

#include "parse/dtg.h"
#include "parse/header_lines.h"
#include "parse/header_parser.h"

using namespace cablecat;

namespace {

constexpr std::string_view kAstanaHeader =
    "VZCZCXRO1141\n"
    "RR RUEHAST RUEHBI RUEHCI RUEHDBU\n"
    "DE RUEHTA #2327/01 2391001\n"
    "ZNR UUUUU ZZH\n"
    "R 271001Z AUG 07\n"
    "FM AMEMBASSY ASTANA\n"
    "TO RUEHC/SECSTATE WASHDC 0482\n"
    "INFO RUEHAST/USOFFICE ALMATY\n"
    "RUEHVEN/USMISSION USOSCE 1821\n";

Cable parsed(std::string_view header) {
  Cable cable;
  parseHeader(header, cable);
  return cable;
}

std::string dtgOf(std::string_view line) {
  DateTimeGroup dtg;
  return parseDateTimeGroup(line, dtg) ? dtg.iso : "none";
}

}  // namespace

TEST(HeaderParser, FullModernHeader) {
  Cable cable = parsed(kAstanaHeader);
  EXPECT_EQ(cable.transmission_id, "VZCZCXRO1141");
  EXPECT_EQ(cable.precedence, "ROUTINE");
  EXPECT_EQ(cable.dtg, "2007-08-27T10:01Z");
  EXPECT_EQ(cable.from_station, "AMEMBASSY ASTANA");
  ASSERT_EQ(cable.recipients.size(), 3u);
  EXPECT_FALSE(cable.is_partial);
  EXPECT_TRUE(cable.diagnostics.empty());
}

TEST(HeaderParser, TransmissionIdVariants) {
  EXPECT_EQ(parsed("VZCZCXYZ0015\nOO RUEHWEB\n").transmission_id, "VZCZCXYZ0015");
  EXPECT_EQ(parsed("VZCZCDOI550\n").transmission_id, "VZCZCDOI550");
}

TEST(HeaderParser, PrecedenceFromImmediateDtg) {
  EXPECT_EQ(parsed("OO RUEHAST\nO 240931Z AUG 07\nFM AMEMBASSY ASTANA\n").precedence, "IMMEDIATE");
}

TEST(HeaderParser, PrecedenceFromPriorityDtg) {
  EXPECT_EQ(parsed("P 090740Z AUG 07\nFM AMEMBASSY ASTANA\n").precedence, "PRIORITY");
}

TEST(HeaderParser, PrecedenceFromFlashDtg) {
  EXPECT_EQ(parsed("ZZ RUEHAST\nZ 240931Z AUG 07\n").precedence, "FLASH");
}

TEST(HeaderParser, PrecedenceFromRoutingLineWhenNoDtgLetter) {
  Cable cable = parsed("PP RUEHAST RUEHBI\n090740Z AUG 07\nFM AMEMBASSY ASTANA\n");
  EXPECT_EQ(cable.precedence, "PRIORITY");
  EXPECT_EQ(cable.dtg, "2007-08-09T07:40Z");
}

TEST(HeaderParser, DualPrecedenceTakesTheActionLetter) {
  EXPECT_EQ(parsed("P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\n").precedence, "PRIORITY");
  EXPECT_EQ(parsed("O R 261318Z MAR 09\n").precedence, "IMMEDIATE");
}

TEST(HeaderParser, NiactImmediateWhenWrittenOnTheActionAddressee) {
  Cable cable = parsed(
      "O R 181205Z NOV 75 ZFF4\n"
      "FM AMEMBASSY LIBREVILLE\n"
      "TO USMISSION USUN NEWYORK NIACT IMMEDIATE\n"
      "SECSTATE WASHDC IMMEDIATE 7102\n");
  EXPECT_EQ(cable.precedence, "NIACT IMMEDIATE");
  EXPECT_EQ(cable.dtg, "1975-11-18T12:05Z");
}

TEST(HeaderParser, PrecedenceFromToRecipientWhenNothingElse) {
  Cable cable = parsed("061601Z MAY 78\nFM AMEMBASSY KABUL\nTO SECSTATE WASHDC PRIORITY\n");
  EXPECT_EQ(cable.precedence, "PRIORITY");
  EXPECT_EQ(cable.dtg, "1978-05-06T16:01Z");
}

TEST(HeaderParser, FromStationKeepsSpaces) {
  EXPECT_EQ(parsed("FM AMEMBASSY RIO   DE JANEIRO \n").from_station, "AMEMBASSY RIO DE JANEIRO");
}

TEST(HeaderParser, FromStationWithRoutingIndicatorDropsIt) {
  EXPECT_EQ(parsed("FM RUEHC/SECSTATE WASHDC\n").from_station, "SECSTATE WASHDC");
}

TEST(HeaderParser, FromSecstate) {
  EXPECT_EQ(parsed("R 010101Z JAN 09\nFM SECSTATE WASHDC\nTO ALL DIPLOMATIC POSTS\n").from_station,
            "SECSTATE WASHDC");
}

TEST(HeaderParser, PartialExtractSetsFlag) {
  Cable cable = parsed(
      "This record is a partial extract of the original cable. The full text of the original "
      "cable is not available.\n\n061428Z Jun 03\n");
  EXPECT_TRUE(cable.is_partial);
  EXPECT_EQ(cable.dtg, "2003-06-06T14:28Z");
  EXPECT_TRUE(cable.diagnostics.empty());
}

TEST(HeaderParser, UnknownLineGivesANoteNotAThrow) {
  Cable cable = parsed("VZCZCXRO1141\nSOMETHING ODD HERE\nFM AMEMBASSY ASTANA\n");
  ASSERT_EQ(cable.diagnostics.size(), 1u);
  EXPECT_EQ(cable.diagnostics[0].severity, Severity::note);
  EXPECT_NE(cable.diagnostics[0].message.find("SOMETHING ODD HERE"), std::string::npos);
  EXPECT_NE(cable.diagnostics[0].message.find("line 2"), std::string::npos);
  EXPECT_EQ(cable.from_station, "AMEMBASSY ASTANA");
}

TEST(HeaderParser, ManyUnknownLinesGiveOneNoteWithACount) {
  Cable cable = parsed("Stephen H Rogerson\nResults\nCable\nFM AMEMBASSY DOHA\n");
  ASSERT_EQ(cable.diagnostics.size(), 1u);
  EXPECT_NE(cable.diagnostics[0].message.find("3 unrecognized"), std::string::npos);
}

TEST(HeaderParser, EmptyHeaderLeavesFieldsEmpty) {
  Cable cable = parsed("");
  EXPECT_EQ(cable.transmission_id, "");
  EXPECT_EQ(cable.precedence, "");
  EXPECT_EQ(cable.dtg, "");
  EXPECT_TRUE(cable.recipients.empty());
  EXPECT_TRUE(cable.diagnostics.empty());
}

TEST(HeaderParser, SecurityLineVariantsAreKnown) {
  Cable cable = parsed(
      "ZNY CCCCC ZZH (CCY AD25E5BD MSI6719-695)\n"
      "ZNY CCCCC ZZH ZUI RUEWMCE1074 1581702\n"
      "ZNY SSSSS ZZH\n");
  EXPECT_TRUE(cable.diagnostics.empty());
}

TEST(HeaderParser, RoutingContinuationLinesAreKnown) {
  Cable cable = parsed("RR RUEHC RHMFISS RUEAIIA\nRHEFDIA RHMFISS\nDE RUEHDO #0214/01 0851341\n");
  EXPECT_EQ(cable.precedence, "ROUTINE");
  EXPECT_TRUE(cable.diagnostics.empty());
}

TEST(HeaderParser, DeLineWithoutSectionIsKnown) {
  EXPECT_TRUE(parsed("DE RUEHTA #2323 2390854\n").diagnostics.empty());
}

TEST(HeaderParser, DtgIsTakenOnce) {
  Cable cable = parsed("R 271001Z AUG 07\nR 281001Z AUG 07\n");
  EXPECT_EQ(cable.dtg, "2007-08-27T10:01Z");
}

TEST(Dtg, Basic) { EXPECT_EQ(dtgOf("R 271001Z AUG 07"), "2007-08-27T10:01Z"); }

TEST(Dtg, SuffixesAfterTheYearAreIgnored) {
  EXPECT_EQ(dtgOf("R 192355Z AUG 07 ZDK"), "2007-08-19T23:55Z");
  EXPECT_EQ(dtgOf("O R 181205Z NOV 75 ZFF4"), "1975-11-18T12:05Z");
  EXPECT_EQ(dtgOf("O 131500Z OCT 08 ZDK CTG NUMEROUS REQUESTS"), "2008-10-13T15:00Z");
  EXPECT_EQ(dtgOf("O 181200Z MAR 09        ZDS ZDS"), "2009-03-18T12:00Z");
}

TEST(Dtg, FourDigitYear) { EXPECT_EQ(dtgOf("P 090740Z AUG 2007"), "2007-08-09T07:40Z"); }

TEST(Dtg, TwoDigitYearsBeforeAndAfter2000) {
  EXPECT_EQ(dtgOf("R 281848Z DEC 66"), "1966-12-28T18:48Z");
  EXPECT_EQ(dtgOf("R 010000Z JAN 00"), "2000-01-01T00:00Z");
  EXPECT_EQ(dtgOf("R 010000Z FEB 10"), "2010-02-01T00:00Z");
}

TEST(Dtg, MixedCaseMonthWithoutLetter) { EXPECT_EQ(dtgOf("061428Z Jun 03"), "2003-06-06T14:28Z"); }

TEST(Dtg, GluedPrecedenceLetter) { EXPECT_EQ(dtgOf("R271001Z AUG 07"), "2007-08-27T10:01Z"); }

TEST(Dtg, LetterPairKept) {
  DateTimeGroup dtg;
  ASSERT_TRUE(parseDateTimeGroup("P R 281848Z DEC 66", dtg));
  EXPECT_EQ(dtg.precedence_letters, "PR");
}

TEST(Dtg, NotADtg) {
  EXPECT_EQ(dtgOf("DE RUEHTA #2327/01 2391001"), "none");
  EXPECT_EQ(dtgOf("R 271001 AUG 07"), "none");
  EXPECT_EQ(dtgOf("R 271001Z AUGUST 07"), "none");
  EXPECT_EQ(dtgOf("R 271001Z AUG 7"), "none");
  EXPECT_EQ(dtgOf("R 321001Z AUG 07"), "none");
  EXPECT_EQ(dtgOf("R 271061Z AUG 07"), "none");
  EXPECT_EQ(dtgOf(""), "none");
}

TEST(HeaderLines, Kinds) {
  EXPECT_EQ(classifyHeaderLine("VZCZCXRO1141"), HeaderLineKind::transmission_id);
  EXPECT_EQ(classifyHeaderLine("RR RUEHAST RUEHBI"), HeaderLineKind::routing);
  EXPECT_EQ(classifyHeaderLine("DE RUEHTA #2327/01 2391001"), HeaderLineKind::station_line);
  EXPECT_EQ(classifyHeaderLine("ZNR UUUUU ZZH"), HeaderLineKind::security);
  EXPECT_EQ(classifyHeaderLine("R 271001Z AUG 07"), HeaderLineKind::dtg);
  EXPECT_EQ(classifyHeaderLine("FM AMEMBASSY ASTANA"), HeaderLineKind::from);
  EXPECT_EQ(classifyHeaderLine("TO RUEHC/SECSTATE WASHDC 0482"), HeaderLineKind::to_list);
  EXPECT_EQ(classifyHeaderLine("INFO RUEHAST/USOFFICE ALMATY"), HeaderLineKind::info_list);
  EXPECT_EQ(classifyHeaderLine("XMT AMEMBASSY KHARTOUM"), HeaderLineKind::xmt_list);
  EXPECT_EQ(classifyHeaderLine("   "), HeaderLineKind::blank);
  EXPECT_EQ(classifyHeaderLine("UNCLAS ASTANA 002327"), HeaderLineKind::classification);
  EXPECT_EQ(classifyHeaderLine("ASTANA 00002327  002 OF 004"), HeaderLineKind::layout);
  EXPECT_EQ(classifyHeaderLine("INFO  LOG-00   EEB-00"), HeaderLineKind::distribution);
  EXPECT_EQ(classifyHeaderLine("RUEHC/SECSTATE WASHDC 0482"), HeaderLineKind::other);
}

TEST(HeaderLines, TodayIsNotAToLine) {
  EXPECT_EQ(classifyHeaderLine("TODAY WE MET"), HeaderLineKind::other);
  EXPECT_EQ(classifyHeaderLine("To: EACTTripoli"), HeaderLineKind::other);
  EXPECT_EQ(classifyHeaderLine("INFO:   RSO RAO"), HeaderLineKind::other);
}

TEST(FindBodyStart, ArchiveCableStartsAtTheClassificationLine) {
  std::string text = std::string(kAstanaHeader) + "\nUNCLAS SECTION 01 OF 04 ASTANA 002327 \n \nSIPDIS\n";
  std::size_t start = findBodyStart(text);
  EXPECT_EQ(text.substr(start, 6), "UNCLAS");
  EXPECT_EQ(start, kAstanaHeader.size() + 1);
}

TEST(FindBodyStart, SpacedClassificationLine) {
  std::string text = "R 271001Z AUG 07\nFM AMEMBASSY ASTANA\nTO SECSTATE WASHDC 0482\n"
                     "C O N F I D E N T I A L ASTANA 000919\n\nE.O. 12958: N/A\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 9), "C O N F I");
}

TEST(FindBodyStart, BareClassificationWords) {
  for (std::string_view word : {"CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "LIMITED OFFICIAL USE"}) {
    std::string text = "FM AMEMBASSY ROME\nTO SECSTATE WASHDC 0001\n\n" + std::string(word) +
                       "\nSUBJECT: X\n";
    EXPECT_EQ(text.substr(findBodyStart(text), word.size()), word) << word;
  }
}

TEST(FindBodyStart, SpacedSecretWithSection) {
  std::string text = "FM AMEMBASSY ROME\nTO SECSTATE WASHDC 0001\nS E C R E T SECTION 01 OF 02 ROME 001196\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 5), "S E C");
}

TEST(FindBodyStart, FirstLineAfterTheListsWithoutClassification) {
  std::string text = "FM AMEMBASSY ROME\nTO SECSTATE WASHDC 0001\nINFO AMEMBASSY PARIS\n\n"
                     "Subject line in mixed case\nmore body\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 7), "Subject");
}

TEST(FindBodyStart, SubjectRightAfterTheListsStartsTheBody) {
  std::string text = "FM AMEMBASSY ROME\nTO SECSTATE WASHDC 0001\nSUBJECT: TALKS\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 8), "SUBJECT:");
}

TEST(FindBodyStart, RoutedEntryAfterABlankLineStaysInTheHeader) {
  std::string text = "FM AMEMBASSY PARIS\nTO RUEHC/SECSTATE WASHDC 0000\n\nRHEHNSC/NSC WASHINGTON DC\n\n"
                     "Body text\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 4), "Body");
}

TEST(FindBodyStart, BodyFragmentHasNoHeader) {
  EXPECT_EQ(findBodyStart("1. (C) Summary: talks went well.\n2. More.\n"), 0u);
  EXPECT_EQ(findBodyStart("UNCLAS ASTANA 002327\n\nSIPDIS\n"), 0u);
  EXPECT_EQ(findBodyStart(""), 0u);
}

TEST(FindBodyStart, HeaderOnlyTextIsAllHeader) {
  std::string text = "TO RUEHC/SECSTATE WASHDC 0482\nINFO RUEHAST/USOFFICE ALMATY\n";
  EXPECT_EQ(findBodyStart(text), text.size());
  Cable cable;
  parseHeader(text, cable);
  EXPECT_EQ(cable.recipients.size(), 2u);
}

TEST(FindBodyStart, PageBreakAndSipdisInsideListsStayInTheHeader) {
  std::string text = "FM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC 0482\nSIPDIS\n"
                     "ASTANA 00002327  002 OF 004\nINFO RUEHAST/USOFFICE ALMATY\n"
                     "UNCLAS ASTANA 002327\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 6), "UNCLAS");
}

TEST(FindBodyStart, PartialExtractNoticeIsHeader) {
  std::string text = "This record is a partial extract of the original cable. The full text of the "
                     "original cable is not available.\nC O N F I D E N T I A L SECTION 01 OF 02 VATICAN 003692\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 3), "C O");
}

TEST(FindBodyStart, CrlfText) {
  std::string text = "VZCZCXRO1141\r\nR 271001Z AUG 07\r\nFM AMEMBASSY ASTANA\r\nTO SECSTATE WASHDC 1\r\n"
                     "\r\nUNCLAS ASTANA 002327\r\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 6), "UNCLAS");
}

TEST(FindBodyStart, RunningTextStartingWithSecretIsNotAClassificationLine) {
  std::string text = "FM AMEMBASSY ROME\nTO SECSTATE WASHDC 0001\n\nSecret talks began today.\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 6), "Secret");
  EXPECT_EQ(findBodyStart("Secret talks began today.\n"), 0u);
}

TEST(FindBodyStart, SipdisAfterTheListsOpensTheBody) {
  std::string text = "FM SECSTATE WASHDC\nTO ALL DIPLOMATIC POSTS\n\nSipdis\n\nSensitive\n\nE.o. 12958: n/a\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 6), "Sipdis");
}

TEST(FindBodyStart, EmailWrapperBeforeTheRoutingHeaderIsHeader) {
  std::string text =
      "From: CBPC, EACTAPP\nSent: Tuesday, July 08, 2008 9:22 PM\nTo: EACTTripoli\n"
      "Subject: TRIPOLI 00000540 P CO 08-JUL-08 CHEVRON MAY QUIT LIBYA\n\nCONFIDENTIAL\n\n"
      "VZCZCXRO1934\nP 081452Z JUL 08\nFM AMEMBASSY TRIPOLI\nTO RUEHC/SECSTATE WASHDC PRIORITY 3652\n\n"
      "C O N F I D E N T I A L TRIPOLI 000540\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 9), "C O N F I");
}

TEST(FindBodyStart, ClassificationStampBeforeTheDtgIsHeader) {
  std::string text = "UNCLASSIFIED   STATE   00100153 \nO 251814Z SEP 09\nFM SECSTATE WASHDC\n"
                     "TO ALL DIPLOMATIC POSTS IMMEDIATE\n\nUNCLAS SECTION 01 OF 02 STATE 100153\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 14), "UNCLAS SECTION");
}

TEST(FindBodyStart, BodyFragmentWithSubjectIsNotHeader) {
  EXPECT_EQ(findBodyStart("SUBJECT: TALKS\n\n1. (C) Text.\nFM LAVROV SAID MORE\n"), 0u);
}

TEST(FindBodyStart, ForeignMinisterAbbreviationIsNotAFromLine) {
  EXPECT_EQ(findBodyStart("FM LAVROV SAID RUSSIA WOULD WAIT.\n2. MORE TEXT.\n"), 0u);
}

TEST(FindBodyStart, LeadingBlankLinesBeforeTheHeader) {
  std::string text = "\n\nR 271001Z AUG 07\nFM AMEMBASSY ASTANA\nTO SECSTATE WASHDC 1\n\nUNCLAS ASTANA 002327\n";
  EXPECT_EQ(text.substr(findBodyStart(text), 6), "UNCLAS");
}
