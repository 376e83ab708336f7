// Signer forms found by probing real cable shapes (issue 13, second round):
// footers after the signer, closers and titles before it, lines that are
// no signer, and surnames glued where no sentence ends.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/body_parser.h"

using namespace cablecat;

namespace {

using Names = std::vector<std::string>;

Names signersOf(std::string_view body) {
  Cable cable;
  parseSigners(body, cable);
  return cable.signers;
}

const char* const kText = "1. (C) The minister said he would consider it.\n\n";

std::string withText(std::string_view tail) { return std::string(kText) + std::string(tail); }

}  // namespace

TEST(SignerForms, PageNumberAndHandlingFooterAfterTheSigner) {
  // 09REYKJAVIK50: "VAN VOORST\n\n\n\n1\nSENSITIVE BUT UNCLASSIFIED".
  EXPECT_EQ(signersOf(withText("VAN VOORST\n\n\n\n1\nSENSITIVE BUT UNCLASSIFIED\n")), (Names{"VAN VOORST"}));
}

TEST(SignerForms, SlashDebrisAfterTheSigner) {
  // 08REYKJAVIK52: "van Voorst\n/\n/\n/".
  EXPECT_EQ(signersOf(withText("van Voorst\n/\n/\n/\n")), (Names{"VAN VOORST"}));
}

TEST(SignerForms, EndOfDocumentMarkAfterTheSigner) {
  EXPECT_EQ(signersOf("1. DEPARTMENT CONCURS.\nKISSINGER\n\n\nLIMITED OFFICIAL USE\n\n<< END OF DOCUMENT >>\n"),
            (Names{"KISSINGER"}));
}

TEST(SignerForms, WebFooterAfterTheSigner) {
  EXPECT_EQ(signersOf(withText("JEFFREY\n\nVisit Ankara's Classified Web Site at "
                               "http://www.intelink.sgov.gov/wiki/Portal:Turkey\n")),
            (Names{"JEFFREY"}));
  EXPECT_EQ(signersOf(withText("TUTTLE\n\nVisit London's Classified Website:\nhttp://www.state.sgov.gov/p/eur/london\n")),
            (Names{"TUTTLE"}));
}

TEST(SignerForms, CloserOrTitleBeforeTheSurname) {
  EXPECT_EQ(signersOf(withText("UNQUOTE RICE\n")), (Names{"RICE"}));
  EXPECT_EQ(signersOf(withText("END QUOTE RICE\n")), (Names{"RICE"}));
  EXPECT_EQ(signersOf(withText("Ambassador RICCIARDONE\n")), (Names{"RICCIARDONE"}));
}

TEST(SignerForms, RecipientLineRepeatedAtTheEndIsNoSigner) {
  // 04TRIPOLI31 ends with a copy of its header.
  EXPECT_TRUE(signersOf(withText("FM USLO TRIPOLI\nTO AMEMBASSY PARIS IMMEDIATE\nAMEMBASSY TUNIS IMMEDIATE\n")).empty());
  EXPECT_TRUE(signersOf(withText("3. (U) Coordinated with:\nUSNATO\n")).empty());
  // "WHITE" of "WHITE HOUSE" is a surname too.
  EXPECT_EQ(signersOf(withText("WHITE\n")), (Names{"WHITE"}));
}

TEST(SignerForms, OneWordAnswersAreNoSigners) {
  EXPECT_TRUE(signersOf(withText("3. (U) Action requested:\n\nNone.\n")).empty());
  EXPECT_TRUE(signersOf(withText("3. (U) Many thanks.\n\nNoted.\n")).empty());
}

TEST(SignerForms, UpperCaseSurnameGluedAfterMixedCaseText) {
  // 09CAIRO1220: "...Cabinet Advisor for Iranian Affairs Ahmed Megahed SCOBEY".
  EXPECT_EQ(signersOf("Cabinet Advisor for Iranian Affairs Ahmed Megahed SCOBEY\n"), (Names{"SCOBEY"}));
  // 04DUBLIN1719: "...cleared by Treasury DAS Nancy Lee KENNY".
  EXPECT_EQ(signersOf("13. (U) This cable has been cleared by Treasury DAS Nancy Lee KENNY\n"), (Names{"KENNY"}));
  // A redaction is no surname.
  EXPECT_TRUE(signersOf("2. (C) They were joined by XXXXXXXXXXXX\n").empty());
}

TEST(SignerForms, SurnameTypedTwiceGluedToTheText) {
  // 07YEREVAN1420: "...Avetik Avetyan, ARSO PENNINGTON PENNINGTON".
  EXPECT_EQ(signersOf("Crime Affairs Officer Avetik Avetyan, ARSO PENNINGTON PENNINGTON\n"), (Names{"PENNINGTON"}));
}

TEST(SignerForms, CapitalizedSurnameWithStopGluedAfterASentence) {
  // 09CAIRO205: "...tired but satisfied with a successful mission completed. Scobey."
  EXPECT_EQ(signersOf("We all arrived back in Cairo, tired but satisfied. Scobey.\n"), (Names{"SCOBEY"}));
  EXPECT_TRUE(signersOf("We all arrived back in Cairo. Thanks.\n").empty());
  EXPECT_TRUE(signersOf("The talks will continue. Later.\n").empty());
}

TEST(SignerForms, TelegraphOfficeNoteAfterTheSigner) {
  EXPECT_EQ(signersOf("1. DEPARTMENT CONCURS.\nKISSINGER\n\n\nNOTE BY OC/T: NOT PASSED ALL ADDRESSEES.\n"),
            (Names{"KISSINGER"}));
}

TEST(SignerForms, MessageNumberAndPageNumberAfterTheSigner) {
  EXPECT_EQ(signersOf(withText("SMITH\n\n12345\n")), (Names{"SMITH"}));
  EXPECT_EQ(signersOf(withText("SMITH\n\nCONFIDENTIAL\n\nPAGE 03 OF 03\n")), (Names{"SMITH"}));
}

TEST(SignerForms, SendsAfterTheSurname) { EXPECT_EQ(signersOf(withText("RICE SENDS\n")), (Names{"RICE"})); }

TEST(SignerForms, TwoSignersWithASpacedSlash) {
  EXPECT_EQ(signersOf(withText("CROCKER / PETRAEUS\n")), (Names{"CROCKER", "PETRAEUS"}));
  // 09MANAMA91: a signer glued after a web address that ends with a slash.
  EXPECT_EQ(signersOf("Visit Embassy Manama's Classified Website: http://www.state.sgov.gov/p/nea/manama/  HENZEL\n"),
            (Names{"HENZEL"}));
}

TEST(SignerForms, ClassificationLineWithSectionAndSerialAfterTheSigner) {
  EXPECT_EQ(signersOf(withText("MCKINLEY\n\nC O N F I D E N T I A L SECTION 03 OF 03 LIMA 001986\n")),
            (Names{"MCKINLEY"}));
  // 08USNATO290: a flattened body's opening line is text, not a footer.
  EXPECT_TRUE(signersOf(withText("Summa...\n\nS E C R E T USNATO 000290 NOFORN SIPDIS E.O. 12958: DECL: 01/05/2017 "
                                 "TAGS: NATO\n"))
                  .empty());
}
