// Recipient entries and lists, modeled on real TO/INFO/XMT lines.
#include <gtest/gtest.h>

#include "parse/header_parser.h"
#include "parse/precedence.h"
#include "parse/recipient_parser.h"

using namespace cablecat;

namespace {

std::vector<Recipient> recipientsOf(std::string_view header) {
  Cable cable;
  parseHeader(header, cable);
  return cable.recipients;
}

}  // namespace

TEST(RecipientEntry, RoutingIndicatorAddressSerial) {
  Recipient r = parseRecipientEntry("RUEHC/SECSTATE WASHDC 0482", RecipientKind::to);
  EXPECT_EQ(kindName(r.kind), "to");
  EXPECT_EQ(r.routing_indicator, "RUEHC");
  EXPECT_EQ(r.address, "SECSTATE WASHDC");
  EXPECT_EQ(r.precedence, "");
  EXPECT_EQ(r.serial, "0482");
}

TEST(RecipientEntry, PrecedenceBeforeSerial) {
  Recipient r = parseRecipientEntry("RUEHC/SECSTATE WASHDC IMMEDIATE 0464", RecipientKind::to);
  EXPECT_EQ(r.address, "SECSTATE WASHDC");
  EXPECT_EQ(r.precedence, "IMMEDIATE");
  EXPECT_EQ(r.serial, "0464");
}

TEST(RecipientEntry, NoRoutingIndicator) {
  Recipient r = parseRecipientEntry("SECSTATE WASHDC PRIORITY 9048", RecipientKind::to);
  EXPECT_EQ(r.routing_indicator, "");
  EXPECT_EQ(r.address, "SECSTATE WASHDC");
  EXPECT_EQ(r.precedence, "PRIORITY");
  EXPECT_EQ(r.serial, "9048");
}

TEST(RecipientEntry, NoSerial) {
  Recipient r = parseRecipientEntry("RUEHAST/USOFFICE ALMATY", RecipientKind::info);
  EXPECT_EQ(r.routing_indicator, "RUEHAST");
  EXPECT_EQ(r.address, "USOFFICE ALMATY");
  EXPECT_EQ(r.serial, "");
  EXPECT_EQ(r.precedence, "");
}

TEST(RecipientEntry, PrecedenceWithoutSerial) {
  Recipient r = parseRecipientEntry("AMCONSUL LAHORE PRIORITY", RecipientKind::info);
  EXPECT_EQ(r.address, "AMCONSUL LAHORE");
  EXPECT_EQ(r.precedence, "PRIORITY");
  EXPECT_EQ(r.serial, "");
}

TEST(RecipientEntry, OfficeSuffixIsKept) {
  Recipient r = parseRecipientEntry("RUEKJCS/SECDEF WASHINGTON DC//USDP/APSA-CA", RecipientKind::info);
  EXPECT_EQ(r.routing_indicator, "RUEKJCS");
  EXPECT_EQ(r.address, "SECDEF WASHINGTON DC//USDP/APSA-CA");
}

TEST(RecipientEntry, OfficeSuffixWithTrailingSlashIsKept) {
  Recipient r = parseRecipientEntry("RHMFISS/HQ USCENTCOM MACDILL AFB FL//CCJ5/", RecipientKind::info);
  EXPECT_EQ(r.routing_indicator, "RHMFISS");
  EXPECT_EQ(r.address, "HQ USCENTCOM MACDILL AFB FL//CCJ5/");
}

TEST(RecipientEntry, OfficeSuffixThenSerial) {
  Recipient r = parseRecipientEntry("CIA WASHINGTON DC//NHTC// 0000", RecipientKind::info);
  EXPECT_EQ(r.address, "CIA WASHINGTON DC//NHTC//");
  EXPECT_EQ(r.serial, "0000");
}

TEST(RecipientEntry, NiactImmediate) {
  Recipient r = parseRecipientEntry("USMISSION USUN NEWYORK NIACT IMMEDIATE", RecipientKind::to);
  EXPECT_EQ(r.address, "USMISSION USUN NEWYORK");
  EXPECT_EQ(r.precedence, "NIACT IMMEDIATE");
}

TEST(RecipientEntry, FlashPrecedence) {
  Recipient r = parseRecipientEntry("RUEHC/SECSTATE WASHDC FLASH 1234", RecipientKind::to);
  EXPECT_EQ(r.precedence, "FLASH");
  EXPECT_EQ(r.serial, "1234");
}

TEST(RecipientEntry, RoutinePrecedenceWritten) {
  Recipient r = parseRecipientEntry("RUEHFR/AMEMBASSY PARIS ROUTINE 0536", RecipientKind::info);
  EXPECT_EQ(r.precedence, "ROUTINE");
  EXPECT_EQ(r.address, "AMEMBASSY PARIS");
}

TEST(RecipientEntry, ThreeDigitSerialOfOldCables) {
  Recipient r = parseRecipientEntry("SECSTATE WASHDC 475", RecipientKind::to);
  EXPECT_EQ(r.address, "SECSTATE WASHDC");
  EXPECT_EQ(r.serial, "475");
}

TEST(RecipientEntry, PrecedenceGluedToSerial) {
  Recipient r = parseRecipientEntry("RUEHLO/AMEMBASSY LONDON PRIORITY0858", RecipientKind::info);
  EXPECT_EQ(r.address, "AMEMBASSY LONDON");
  EXPECT_EQ(r.precedence, "PRIORITY");
  EXPECT_EQ(r.serial, "0858");
}

TEST(RecipientEntry, SingleWordAddressIsNotASerialOrPrecedence) {
  Recipient r = parseRecipientEntry("CINCLANT", RecipientKind::info);
  EXPECT_EQ(r.address, "CINCLANT");
  EXPECT_EQ(r.serial, "");
}

TEST(RecipientEntry, ExtraSpacesCollapse) {
  Recipient r = parseRecipientEntry("  AMEMBASSY   NEW DELHI  PRIORITY ", RecipientKind::info);
  EXPECT_EQ(r.address, "AMEMBASSY NEW DELHI");
  EXPECT_EQ(r.precedence, "PRIORITY");
}

TEST(RecipientEntry, ZenMarksDeliveryByOtherMeans) {
  Recipient r = parseRecipientEntry("ZEN/AMCONSUL MUNICH 0012", RecipientKind::info);
  EXPECT_EQ(r.routing_indicator, "ZEN");
  EXPECT_EQ(r.address, "AMCONSUL MUNICH");
}

TEST(RecipientEntry, SlashInsideAddressIsNotARoutingIndicator) {
  EXPECT_EQ(routingIndicatorPrefix("HQ USEUCOM/J5"), 0u);
  EXPECT_EQ(routingIndicatorPrefix("USDAO/MADRID"), 0u);
  EXPECT_EQ(routingIndicatorPrefix("RUEHC/SECSTATE"), 6u);
}

TEST(PrecedenceWords, MisspellingsAreFixed) {
  EXPECT_EQ(normalizePrecedenceWord("IMMEDAITE"), "IMMEDIATE");
  EXPECT_EQ(normalizePrecedenceWord("IMMEDIATELY"), "IMMEDIATE");
  EXPECT_EQ(normalizePrecedenceWord("PRIORTY"), "PRIORITY");
  EXPECT_EQ(normalizePrecedenceWord("PRIORIY"), "PRIORITY");
  EXPECT_EQ(normalizePrecedenceWord("PRIOITY"), "PRIORITY");
  EXPECT_EQ(normalizePrecedenceWord("ROUITNE"), "ROUTINE");
}

TEST(PrecedenceWords, AddressWordsAreNotPrecedences) {
  EXPECT_EQ(normalizePrecedenceWord("PRINCE"), "");
  EXPECT_EQ(normalizePrecedenceWord("PRIOR"), "");
  EXPECT_EQ(normalizePrecedenceWord("ROME"), "");
}

TEST(PrecedenceWords, MixedCaseIsAccepted) {
  EXPECT_EQ(normalizePrecedenceWord("Priority"), "PRIORITY");
}

TEST(PrecedenceWords, Letters) {
  EXPECT_EQ(precedenceFromLetter('R'), "ROUTINE");
  EXPECT_EQ(precedenceFromLetter('P'), "PRIORITY");
  EXPECT_EQ(precedenceFromLetter('O'), "IMMEDIATE");
  EXPECT_EQ(precedenceFromLetter('Z'), "FLASH");
  EXPECT_EQ(precedenceFromLetter('X'), "");
}

TEST(RecipientEntry, MisspelledPrecedenceInEntry) {
  Recipient r = parseRecipientEntry("RUEHNE/AMEMBASSY NEW DELHI IMMEDAITE 0471", RecipientKind::info);
  EXPECT_EQ(r.address, "AMEMBASSY NEW DELHI");
  EXPECT_EQ(r.precedence, "IMMEDIATE");
  EXPECT_EQ(r.serial, "0471");
}

TEST(RecipientList, ToThenInfoInOrder) {
  auto r = recipientsOf(
      "FM AMEMBASSY ASTANA\n"
      "TO RUEHC/SECSTATE WASHDC 0482\n"
      "INFO RUEHAST/USOFFICE ALMATY\n"
      "RUEHVEN/USMISSION USOSCE 1821\n"
      "RUCNCIS/CIS COLLECTIVE 0251\n"
      "RUCNCLS/SOUTH AND CENTRAL ASIA COLLECTIVE\n");
  ASSERT_EQ(r.size(), 5u);
  EXPECT_EQ(kindName(r[0].kind), "to");
  EXPECT_EQ(r[0].address, "SECSTATE WASHDC");
  EXPECT_EQ(kindName(r[1].kind), "info");
  EXPECT_EQ(r[1].address, "USOFFICE ALMATY");
  EXPECT_EQ(r[2].serial, "1821");
  EXPECT_EQ(r[4].address, "SOUTH AND CENTRAL ASIA COLLECTIVE");
  EXPECT_EQ(kindName(r[4].kind), "info");
}

TEST(RecipientList, LongToListWithoutInfo) {
  auto r = recipientsOf(
      "FM AMEMBASSY ASTANA\n"
      "TO RUEHC/SECSTATE WASHDC 0262\n"
      "RUEAORC/US CUSTOMS SERVICE WASHINGTON DC\n"
      "RUEKJCS/SECDEF WASHDC 0054\n"
      "RUEHAST/USOFFICE ALMATY\n");
  ASSERT_EQ(r.size(), 4u);
  for (const Recipient& recipient : r) EXPECT_EQ(kindName(recipient.kind), "to");
  EXPECT_EQ(r[2].routing_indicator, "RUEKJCS");
  EXPECT_EQ(r[2].serial, "0054");
}

TEST(RecipientList, ToListOverTwoLinesWithoutRoutingIndicators) {
  auto r = recipientsOf(
      "O R 181205Z NOV 75 ZFF4\n"
      "FM AMEMBASSY LIBREVILLE\n"
      "TO USMISSION USUN NEWYORK NIACT IMMEDIATE\n"
      "SECSTATE WASHDC IMMEDIATE 7102\n"
      "INFO AMEMBASSY PARIS\n"
      "AMEMBASSY SEOUL\n");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].precedence, "NIACT IMMEDIATE");
  EXPECT_EQ(kindName(r[1].kind), "to");
  EXPECT_EQ(r[1].serial, "7102");
  EXPECT_EQ(kindName(r[3].kind), "info");
  EXPECT_EQ(r[3].address, "AMEMBASSY SEOUL");
}

TEST(RecipientList, PageBreakInsideListIsNotARecipient) {
  auto r = recipientsOf(
      "FM AMEMBASSY ASTANA\n"
      "TO RUEHC/SECSTATE WASHDC 0482\n"
      "INFO RUEHAST/USOFFICE ALMATY\n"
      "ASTANA 00002327  002 OF 004\n"
      "RUEHVEN/USMISSION USOSCE 1821\n");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[2].address, "USMISSION USOSCE");
}

TEST(RecipientList, OlderPageHeaderInsideListIsNotARecipient) {
  auto r = recipientsOf(
      "FM AMEMBASSY ROME\n"
      "TO SECSTATE WASHDC 1234\n"
      "PAGE 02 ROME 01196 01 OF 02 082030Z\n"
      "INFO AMEMBASSY PARIS\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].address, "AMEMBASSY PARIS");
}

TEST(RecipientList, SipdisInsideListIsNotARecipient) {
  auto r = recipientsOf(
      "FM AMEMBASSY ASTANA\n"
      "TO RUEHC/SECSTATE WASHDC 0482\n"
      "SIPDIS\n"
      "INFO RUEHAST/USOFFICE ALMATY\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(kindName(r[1].kind), "info");
}

TEST(RecipientList, BlankLineInsideListIsSkipped) {
  auto r = recipientsOf(
      "FM AMEMBASSY PARIS\n"
      "TO RUEHC/SECSTATE WASHDC 0000\n"
      "\n"
      "INFO RHEHNSC/NSC WASHINGTON DC\n");
  ASSERT_EQ(r.size(), 2u);
}

TEST(RecipientList, XmtLinesAreStoredAsExclusions) {
  auto r = recipientsOf(
      "FM AMEMBASSY TRIPOLI\n"
      "TO RUEHC/SECSTATE WASHDC IMMEDIATE 4653\n"
      "INFO RUEHEE/ARAB LEAGUE COLLECTIVE\n"
      "XMT AMEMBASSY KHARTOUM\n");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(kindName(r[2].kind), "xmt");
  EXPECT_EQ(r[2].address, "AMEMBASSY KHARTOUM");
}

TEST(RecipientList, SeveralXmtEntries) {
  auto r = recipientsOf(
      "FM AMEMBASSY CAIRO\n"
      "TO SECSTATE WASHDC 1\n"
      "INFO ARAB LEAGUE COLLECTIVE\n"
      "XMT AMEMBASSY KHARTOUM\n"
      "AMEMBASSY TRIPOLI\n");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(kindName(r[3].kind), "xmt");
  EXPECT_EQ(r[3].address, "AMEMBASSY TRIPOLI");
}

TEST(RecipientList, WrappedOfficeSuffixJoinsThePreviousEntry) {
  auto r = recipientsOf(
      "FM AMEMBASSY BOGOTA\n"
      "TO RUEHC/SECSTATE WASHDC 1234\n"
      "INFO RUEKJCS/SECDEF WASHINGTON DC//OSD/ISA/NESA\n"
      "/DIRJIATF-SOUTH//\n"
      "RUEHBO/AMEMBASSY QUITO 0001\n");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1].address, "SECDEF WASHINGTON DC//OSD/ISA/NESA/DIRJIATF-SOUTH//");
}

TEST(RecipientList, WrappedPrecedenceAndSerialJoinThePreviousEntry) {
  auto r = recipientsOf(
      "FM AMEMBASSY GENEVA\n"
      "TO RUEHC/SECSTATE WASHDC\n"
      "PRIORITY 0482\n"
      "INFO RUEHBS/USEU BRUSSELS\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].address, "SECSTATE WASHDC");
  EXPECT_EQ(r[0].precedence, "PRIORITY");
  EXPECT_EQ(r[0].serial, "0482");
}

TEST(RecipientList, WrappedAddressTailJoinsTheRoutedEntry) {
  auto r = recipientsOf(
      "FM AMEMBASSY BERN\n"
      "TO RUEHC/SECSTATE WASHDC 0001\n"
      "INFO RUEHGV/USMISSION\n"
      "GENEVA 1821\n"
      "RUEHFR/AMEMBASSY PARIS 0536\n");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1].routing_indicator, "RUEHGV");
  EXPECT_EQ(r[1].address, "USMISSION GENEVA");
  EXPECT_EQ(r[1].serial, "1821");
}

TEST(RecipientList, CollectiveWithoutIndicatorInRoutedListIsItsOwnEntry) {
  auto r = recipientsOf(
      "FM AMEMBASSY PARIS\n"
      "TO RUEHC/SECSTATE WASHDC 0000\n"
      "INFO RUEKJCS/SECDEF WASHINGTON DC\n"
      "ALL NATO POST COLLECTIVE PRIORITY\n");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[2].address, "ALL NATO POST COLLECTIVE");
  EXPECT_EQ(r[2].precedence, "PRIORITY");
}

TEST(RecipientList, KnownAddresseeWithoutIndicatorIsItsOwnEntry) {
  auto r = recipientsOf(
      "FM AMEMBASSY MADRID\n"
      "TO RUEHC/SECSTATE WASHDC 0001\n"
      "INFO RUEHBO/AMEMBASSY BOGOTA\n"
      "NSC WASHDC\n");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[2].address, "NSC WASHDC");
}

TEST(RecipientList, DistributionBlockBeforeFmIsNotRecipients) {
  auto r = recipientsOf(
      "ACTION EUR-00\n"
      "INFO  LOG-00   EEB-00   AF-00    AID-00\n"
      "      DODE-00  DOTE-00  /001W\n"
      "                  ------------------88EA99  090807Z /38\n"
      "P 090645Z JUL 09 ZDK\n"
      "FM AMEMBASSY MADRID\n"
      "TO SECSTATE WASHDC PRIORITY 0904\n"
      "INFO EUROPEAN POLITICAL COLLECTIVE PRIORITY\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].address, "SECSTATE WASHDC");
  EXPECT_EQ(r[1].address, "EUROPEAN POLITICAL COLLECTIVE");
}

TEST(RecipientList, DistributionBlockAfterListsEndsThem) {
  auto r = recipientsOf(
      "FM AMEMBASSY ANKARA\n"
      "TO SECSTATE WASHDC 0001\n"
      "INFO HQ USEUCOM VAIHINGEN GE//J5 DIRECTORATE (MC)//\n"
      "INFO  LOG-00   EEB-00   AMAD-00\n"
      "      FA-00      /001W\n"
      "                  ------------------5A9C83  271329Z /38\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].address, "HQ USEUCOM VAIHINGEN GE//J5 DIRECTORATE (MC)//");
}

TEST(RecipientList, EmailWrapperToLineIsNotARecipient) {
  auto r = recipientsOf(
      "Sent: Tuesday, July 08, 2008 9:22 PM\n"
      "To: EACTTripoli\n"
      "VZCZCXRO1934\n"
      "P 081452Z JUL 08\n"
      "FM AMEMBASSY TRIPOLI\n"
      "TO RUEHC/SECSTATE WASHDC PRIORITY 3652\n");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].serial, "3652");
}

TEST(RecipientList, FragmentOfOnlyListsStillParses) {
  auto r = recipientsOf(
      "TO RUEHC/SECSTATE WASHDC 0482\n"
      "INFO RUEHAST/USOFFICE ALMATY\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(kindName(r[0].kind), "to");
  EXPECT_EQ(kindName(r[1].kind), "info");
}

TEST(RecipientList, ToKeywordAloneOnItsLine) {
  auto r = recipientsOf(
      "FM AMEMBASSY ROME\n"
      "TO\n"
      "SECSTATE WASHDC 0001\n"
      "INFO\n"
      "AMEMBASSY PARIS\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(kindName(r[0].kind), "to");
  EXPECT_EQ(r[0].address, "SECSTATE WASHDC");
  EXPECT_EQ(kindName(r[1].kind), "info");
}

TEST(RecipientList, CrlfLineEndings) {
  auto r = recipientsOf("FM AMEMBASSY TEHRAN\r\nTO SECSTATE WASHDC 7561 \r\nINFO SECDEF\r\nEUCOM\r\n");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].serial, "7561");
  EXPECT_EQ(r[2].address, "EUCOM");
}

TEST(RecipientList, BtLineEndsNothingAndIsNotARecipient) {
  auto r = recipientsOf("FM AMEMBASSY ROME\nTO SECSTATE WASHDC 0001\nBT\n");
  ASSERT_EQ(r.size(), 1u);
}

TEST(PrecedenceWords, WholeFixTable) {
  for (std::string_view word : {"IMMEDIAETE", "IMMEDIATED", "IMMDIATE", "IMMEDATE", "IMMEIDATE",
                                "IMEDIATE", "IMMEDITE", "IMMEDIATEL"})
    EXPECT_EQ(normalizePrecedenceWord(word), "IMMEDIATE") << word;
  for (std::string_view word : {"PRIORITIY", "PRORITY", "PIORITY", "PRIORIT", "PRIROITY", "PRIORITYY"})
    EXPECT_EQ(normalizePrecedenceWord(word), "PRIORITY") << word;
  for (std::string_view word : {"ROUTIN", "ROTUINE", "RUTINE"})
    EXPECT_EQ(normalizePrecedenceWord(word), "ROUTINE") << word;
}

TEST(RecipientEntry, SerialBeforePrecedence) {
  Recipient r = parseRecipientEntry("RUEHLO/AMEMBASSY LONDON 8778 PRIORITY", RecipientKind::info);
  EXPECT_EQ(r.address, "AMEMBASSY LONDON");
  EXPECT_EQ(r.precedence, "PRIORITY");
  EXPECT_EQ(r.serial, "8778");
}

TEST(RecipientEntry, MisspelledPrecedenceWithoutSerial) {
  Recipient r = parseRecipientEntry("AMEMBASSY BUENOS AIRES PRIOITY ", RecipientKind::info);
  EXPECT_EQ(r.address, "AMEMBASSY BUENOS AIRES");
  EXPECT_EQ(r.precedence, "PRIORITY");
}

TEST(RecipientEntry, DigitsInsideTheAddressStay) {
  Recipient r = parseRecipientEntry("RHMFISS/39ABG INCIRLIK AB TU", RecipientKind::info);
  EXPECT_EQ(r.address, "39ABG INCIRLIK AB TU");
  Recipient unit = parseRecipientEntry("RUEUITH/AFOSI DET 523 IZMIR TU", RecipientKind::info);
  EXPECT_EQ(unit.address, "AFOSI DET 523 IZMIR TU");
  EXPECT_EQ(unit.serial, "");
}

TEST(RecipientList, TedLineAndDistributionTailAreNotRecipients) {
  Cable cable;
  parseHeader("TED3146\nACTION EUR-00\n\nINFO  LOG-00   EEB-00\n      FA-00    SWCI-00    /001W\n"
              "P 090645Z JUL 09 ZDK\nFM AMEMBASSY MADRID\nTO SECSTATE WASHDC PRIORITY 0904\n",
              cable);
  ASSERT_EQ(cable.recipients.size(), 1u);
  EXPECT_TRUE(cable.diagnostics.empty());
}

TEST(RecipientList, KnownCommandAfterRoutedEntryIsItsOwnEntry) {
  auto r = recipientsOf(
      "FM AMEMBASSY BUENOS AIRES\n"
      "TO RUEHC/SECSTATE WASHDC\n"
      "INFO RUEHAST/USOFFICE ALMATY\n"
      "CINCLANT\n"
      "USCINCSO\n");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[1].address, "USOFFICE ALMATY");
  EXPECT_EQ(r[2].address, "CINCLANT");
  EXPECT_EQ(r[3].address, "USCINCSO");
}

TEST(RecipientList, HyphenWrappedAddressJoinsWithoutSpace) {
  auto r = recipientsOf(
      "FM AMEMBASSY ASTANA\n"
      "TO RUEHC/SECSTATE WASHDC 0001\n"
      "INFO RUCNCLS/SOUTH AND CENTRAL-\n"
      "ASIA COLLECTIVE\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].address, "SOUTH AND CENTRAL-ASIA COLLECTIVE");
}

// Issue 13: a message sent in parts carries a serial range.
TEST(RecipientEntry, PrecedenceThenSerialRange) {
  Recipient r = parseRecipientEntry("AMEMBASSY BEIJING IMMEDIATE 2381-2382", RecipientKind::to);
  EXPECT_EQ(r.address, "AMEMBASSY BEIJING");
  EXPECT_EQ(r.precedence, "IMMEDIATE");
  EXPECT_EQ(r.serial, "2381-2382");
}

TEST(RecipientEntry, SerialRangeWithoutPrecedence) {
  Recipient r = parseRecipientEntry("RUEHBJ/AMEMBASSY BEIJING 0001-0003", RecipientKind::info);
  EXPECT_EQ(r.routing_indicator, "RUEHBJ");
  EXPECT_EQ(r.address, "AMEMBASSY BEIJING");
  EXPECT_EQ(r.serial, "0001-0003");
}

TEST(RecipientEntry, PrecedenceGluedToSerialRange) {
  Recipient r = parseRecipientEntry("AMEMBASSY TOKYO PRIORITY0001-0003", RecipientKind::info);
  EXPECT_EQ(r.address, "AMEMBASSY TOKYO");
  EXPECT_EQ(r.precedence, "PRIORITY");
  EXPECT_EQ(r.serial, "0001-0003");
}

// "UEHC/" (a route that lost its R), "EUMEM/", "GIPNC/": routes need not
// start with R.
TEST(RecipientEntry, RoutingIndicatorsOutsideTheRPattern) {
  Recipient lost = parseRecipientEntry("UEHC/SECSTATE WASHDC 0001", RecipientKind::to);
  EXPECT_EQ(lost.routing_indicator, "UEHC");
  EXPECT_EQ(lost.address, "SECSTATE WASHDC");
  EXPECT_EQ(lost.serial, "0001");
  Recipient eu = parseRecipientEntry("EUMEM/EU MONITORING MISSION TBILISI", RecipientKind::info);
  EXPECT_EQ(eu.routing_indicator, "EUMEM");
  EXPECT_EQ(eu.address, "EU MONITORING MISSION TBILISI");
  Recipient gipnc = parseRecipientEntry("GIPNC/DIRNSA FT GEORGE G MEADE MD", RecipientKind::info);
  EXPECT_EQ(gipnc.routing_indicator, "GIPNC");
  EXPECT_EQ(gipnc.address, "DIRNSA FT GEORGE G MEADE MD");
}

TEST(RecipientEntry, OfficeSymbolsAndMessageSetsAreNotRoutes) {
  EXPECT_EQ(routingIndicatorPrefix("EUR/RUS"), 0u);
  EXPECT_EQ(routingIndicatorPrefix("SUBJ/MEETING WITH MOD//"), 0u);
  EXPECT_EQ(routingIndicatorPrefix("USDAO/MADRID"), 0u);
  EXPECT_EQ(routingIndicatorPrefix("USUN/NEW YORK"), 0u);
  EXPECT_EQ(routingIndicatorPrefix("ABCD//J5"), 0u);
}

// "CTF 72", "CTG 70": one or two digits are part of a military address.
TEST(RecipientEntry, NumberThatBelongsToTheAddressStays) {
  Recipient r = parseRecipientEntry("CTF 72", RecipientKind::info);
  EXPECT_EQ(r.address, "CTF 72");
  EXPECT_EQ(r.serial, "");
  Recipient routed = parseRecipientEntry("RHHMUNA/CTF 72 PRIORITY 0042", RecipientKind::info);
  EXPECT_EQ(routed.address, "CTF 72");
  EXPECT_EQ(routed.precedence, "PRIORITY");
  EXPECT_EQ(routed.serial, "0042");
}

TEST(RecipientList, PageHeaderOfUnsectionedCableInsideListIsNotARecipient) {
  auto r = recipientsOf(
      "O 182333Z JAN 74\n"
      "FM SECSTATE WASHDC\n"
      "TO AMEMBASSY BEIJING IMMEDIATE 2381-2382\n"
      "INFO AMEMBASSY TOKYO\n"
      "PAGE 02 STATE 015113 182333Z\n"
      "AMEMBASSY SEOUL\n");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].serial, "2381-2382");
  EXPECT_EQ(r[1].address, "AMEMBASSY TOKYO");
  EXPECT_EQ(r[2].address, "AMEMBASSY SEOUL");
}

TEST(RecipientList, PageHeaderAfterTheListKeywordIsNotARecipient) {
  auto r = recipientsOf(
      "FM SECSTATE WASHDC\n"
      "TO PAGE 02 STATE 015113 182333Z\n"
      "AMEMBASSY BEIJING 2381\n");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].address, "AMEMBASSY BEIJING");
  EXPECT_EQ(r[0].serial, "2381");
}

TEST(RecipientList, WrappedSerialRangeJoinsThePreviousEntry) {
  auto r = recipientsOf(
      "FM SECSTATE WASHDC\n"
      "TO RUEHBJ/AMEMBASSY BEIJING IMMEDIATE\n"
      "2381-2382\n");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].serial, "2381-2382");
}
