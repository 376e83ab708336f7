// Headers whose lines run together on one line, and lines holding several
// recipient entries (issue 13, second round): "O 121530Z JAN 73 FM
// AMEMBASSY TEHRAN TO SECSTATE WASHDC IMMEDIATE 2077 INFO ...".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/cable_parser.h"
#include "parse/header_parser.h"
#include "parse/recipient_parser.h"

using namespace cablecat;

namespace {

Cable headerOf(std::string_view header) {
  Cable cable;
  parseHeader(header, cable);
  return cable;
}

// "to RUEHC/SECSTATE WASHDC IMMEDIATE 0464", one string per recipient.
std::vector<std::string> entries(const Cable& cable) {
  std::vector<std::string> out;
  for (const Recipient& r : cable.recipients) {
    std::string text = std::string(kindName(r.kind)) + " " + r.routing_indicator + "/" + r.address;
    if (!r.precedence.empty()) text += " " + r.precedence;
    if (!r.serial.empty()) text += " " + r.serial;
    out.push_back(text);
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST(RunTogetherHeader, DtgFromToAndInfoOnOneLine) {
  Cable cable = headerOf("O 121530Z JAN 73 FM AMEMBASSY TEHRAN TO SECSTATE WASHDC IMMEDIATE 2077 INFO AMEMBASSY "
                         "LONDON 0345 AMEMBASSY PARIS 0211\n");
  EXPECT_EQ(cable.dtg, "1973-01-12T15:30Z");
  EXPECT_EQ(cable.precedence, "IMMEDIATE");
  EXPECT_EQ(cable.from_station, "AMEMBASSY TEHRAN");
  EXPECT_EQ(entries(cable), (Lines{"to /SECSTATE WASHDC IMMEDIATE 2077", "info /AMEMBASSY LONDON 0345",
                                   "info /AMEMBASSY PARIS 0211"}));
}

TEST(RunTogetherHeader, ToOnlyAfterTheDtg) {
  EXPECT_EQ(entries(headerOf("R 100400Z AUG 72 FM AMEMBASSY TEHRAN TO SECSTATE WASHDC 9341\n")),
            (Lines{"to /SECSTATE WASHDC 9341"}));
}

TEST(RunTogetherHeader, InfoOnTheToLine) {
  EXPECT_EQ(entries(headerOf("R 271001Z AUG 07\nFM AMEMBASSY ASTANA\n"
                             "TO RUEHC/SECSTATE WASHDC 0482 INFO RUEHAST/USOFFICE ALMATY 0001\n")),
            (Lines{"to RUEHC/SECSTATE WASHDC 0482", "info RUEHAST/USOFFICE ALMATY 0001"}));
}

TEST(RunTogetherHeader, WholeRoutingHeaderOnOneLine) {
  Cable cable = headerOf("VZCZCXRO1234 RR RUEHAST DE RUEHTA #2327/01 2391001 ZNR UUUUU ZZH R 271001Z AUG 07 FM "
                         "AMEMBASSY ASTANA TO RUEHC/SECSTATE WASHDC 0482 INFO RUEHAST/USOFFICE ALMATY\n");
  EXPECT_EQ(cable.transmission_id, "VZCZCXRO1234");
  EXPECT_EQ(cable.dtg, "2007-08-27T10:01Z");
  EXPECT_EQ(cable.from_station, "AMEMBASSY ASTANA");
  EXPECT_EQ(entries(cable), (Lines{"to RUEHC/SECSTATE WASHDC 0482", "info RUEHAST/USOFFICE ALMATY"}));
}

TEST(RunTogetherHeader, ToInsideAFromStationIsNoList) {
  Cable cable = headerOf("R 271001Z AUG 77\nFM USDEL TO THE CD GENEVA\nTO SECSTATE WASHDC 0482\n");
  EXPECT_EQ(cable.from_station, "USDEL TO THE CD GENEVA");
  EXPECT_EQ(entries(cable), (Lines{"to /SECSTATE WASHDC 0482"}));
}

TEST(RunTogetherHeader, WholeTextFindsTheBodyAfterAListContinuedOnTheNextLine) {
  RawCable raw;
  raw.format = "text";
  raw.metadata.ref_id = "73TEHRAN2077";
  raw.body =
      "O 121530Z JAN 73 FM AMEMBASSY TEHRAN TO SECSTATE WASHDC IMMEDIATE 2077 INFO AMEMBASSY LONDON 0345\n"
      "AMEMBASSY PARIS 0211\n\nC O N F I D E N T I A L TEHRAN 2077\n\nE.O. 11652: GDS\nTAGS: PFOR, IR\n"
      "SUBJECT: AUDIENCE WITH SHAH\n\n1. THE SHAH SAID.\nHELMS\n";
  Cable cable = parseCable(raw);
  EXPECT_EQ(entries(cable), (Lines{"to /SECSTATE WASHDC IMMEDIATE 2077", "info /AMEMBASSY LONDON 0345",
                                   "info /AMEMBASSY PARIS 0211"}));
  EXPECT_EQ(cable.subject, "AUDIENCE WITH SHAH");
  EXPECT_EQ(cable.signers, (Lines{"HELMS"}));
}

TEST(RecipientsOnOneLine, SeveralAddresseesWithoutRoutes) {
  EXPECT_EQ(entries(headerOf("P 020834Z APR 73\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC PRIORITY 1692\n"
                             "INFO AMEMBASSY ISLAMABAD PRIORITY AMEMBASSY KABUL 0111 AMEMBASSY LONDON\n")),
            (Lines{"to /SECSTATE WASHDC PRIORITY 1692", "info /AMEMBASSY ISLAMABAD PRIORITY",
                   "info /AMEMBASSY KABUL 0111", "info /AMEMBASSY LONDON"}));
}

TEST(RecipientsOnOneLine, SeveralRoutedEntries) {
  EXPECT_EQ(splitEntriesOfLine("RUEHC/SECSTATE WASHDC 0482 RUEHMO/AMEMBASSY MOSCOW 0002"),
            (std::vector<std::string_view>{"RUEHC/SECSTATE WASHDC 0482", "RUEHMO/AMEMBASSY MOSCOW 0002"}));
}

TEST(RecipientsOnOneLine, OfficeWordsInsideAnAddressStay) {
  // 06BOGOTA9216: an office symbol after the suffix slashes is no route.
  EXPECT_EQ(splitEntriesOfLine("RUEKJCS/SECDEF WASHDC//USDP ADMIN/CHAIRS//").size(), 1u);
  EXPECT_EQ(splitEntriesOfLine("RUEHNO/USMISSION USNATO 1234").size(), 1u);
  EXPECT_EQ(splitEntriesOfLine("RHMFIUU/AFOSI DET 522 INCIRLIK AB TU").size(), 1u);
  EXPECT_EQ(splitEntriesOfLine("RHEHNSC/WHITE HOUSE NSC WASHDC").size(), 1u);
}

// 09STATE29700: a State copy's internal header (distribution block,
// message number, drafting and clearance lines) before the DTG, as a whole
// text.
TEST(WholeTextHeader, DraftingAndClearanceLinesAfterTheDistributionBlock) {
  std::string text =
      "TED8265\nORIGIN DRL-00\n\nINFO  LOG-00   AID-00   CIAE-00  INL-00\n      SWCI-00    /001R\n\n029700\n"
      "SOURCE: CBLEXCLS.009143\nDRAFTED BY: DRL/AWH:O'SULLIVANSX -- 03/27/2009  202-647-8271\n"
      "APPROVED BY: DRL/AWH:O'SULLIVANSX\nEAP/CM: AGOODMAN\nP: MTESONE\n"
      "                  ------------------4877F2  271500Z /38\nO P 271439Z MAR 09\nFM SECSTATE WASHDC\n"
      "TO USEU BRUSSELS IMMEDIATE\nINFO AMEMBASSY BEIJING PRIORITY\n\nUNCLAS STATE 029700\n\n"
      "SUBJECT: HUMAN RIGHTS DIALOGUE\n\n1. Text.\n\nCLINTON\n";
  std::size_t bodyStart = findBodyStart(text);
  EXPECT_EQ(text.substr(bodyStart, 20), "UNCLAS STATE 029700\n");
  RawCable raw;
  raw.format = "text";
  raw.metadata.ref_id = "09STATE29700";
  raw.body = text;
  Cable cable = parseCable(raw);
  EXPECT_EQ(cable.from_station, "SECSTATE WASHDC");
  EXPECT_EQ(entries(cable), (Lines{"to /USEU BRUSSELS IMMEDIATE", "info /AMEMBASSY BEIJING PRIORITY"}));
  EXPECT_EQ(cable.signers, (Lines{"CLINTON"}));
}

TEST(RecipientSlips, SpaceAfterTheRouteSlashAndStopAfterTheSerial) {
  EXPECT_EQ(entries(headerOf("R 271001Z AUG 07\nFM AMEMBASSY KABUL\nTO RUEHC/ SECSTATE WASHDC 0482\n"
                             "INFO SECSTATE WASHDC 0483.\n")),
            (Lines{"to RUEHC/SECSTATE WASHDC 0482", "info /SECSTATE WASHDC 0483"}));
}
