// WikiLeaks HTML page reader: sidebar, heading, table, <pre> blocks and their markup.
#include <gtest/gtest.h>

#include "formats/html_page.h"
#include "formats/html_text.h"
#include "reader_test_support.h"

using namespace cablecat;
using namespace cablecat::test;

namespace {

// A page shaped like the real ones: sidebar with its own <h3> and tag links,
// the cable heading, the metadata table, then the <pre> blocks.
std::string page(const std::string& pres,
                 const std::string& heading = "07ASTANA2327, KAZAKHSTAN: NUR OTAN",
                 const std::string& classificationCell =
                     "<a href='/classification/4_0.html' title='unclassified'>CONFIDENTIAL</a>",
                 const std::string& extraRow = "") {
  return "<?xml version='1.0' encoding='utf-8' ?>\n"
         "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"x.dtd\">\n"
         "<html lang='en'>\n<head>\n<title>Cable Viewer</title>\n</head>\n<body>\n"
         "<div class='pane small'>\n<h3>Browse by <a href='#tag_A'>tag</a></h3>\n"
         "<a href='/tag/AORC_0.html'>AORC</a>\n<a href='/tag/PGOV_0.html'>PGOV</a>\n</div>\n"
         "<div class='pane big'>\n<h3>Viewing cable " +
         heading +
         "</h3>\n"
         "<table class='cable'>\n<tr>\n<th>Reference ID</th>\n<th>Created</th>\n<th>Released</th>\n"
         "<th>Classification</th>\n<th>Origin</th>\n</tr>\n<tr>\n"
         "<td>\n<a href='/cable/2007/08/07ASTANA2327.html'>07ASTANA2327</a>\n</td>\n"
         "<td>\n<a href='/date/2007-08_0.html'>2007-08-27 10:01</a>\n</td>\n"
         "<td>\n<a href='/reldate/2011-08-30_0.html'>2011-08-30 01:44</a>\n</td>\n"
         "<td>\n" +
         classificationCell +
         "\n</td>\n"
         "<td>\n<a href='/origin/41_0.html'>Embassy Astana</a>\n</td>\n</tr>\n" +
         extraRow + "</table>\n" + pres + "</div>\n</body>\n</html>\n";
}

std::string pre(const std::string& content) { return "<code><pre>" + content + "</pre></code>\n"; }

RawCable readOne(const std::string& html, std::vector<ReadIssue>* issues = nullptr) {
  ReadResult result = readString(html, InputFormat::automatic, "07ASTANA2327.html");
  EXPECT_EQ(result.format, "html");
  if (issues)
    *issues = result.issues;
  else
    EXPECT_TRUE(result.issues.empty()) << result.issues.front().message;
  EXPECT_EQ(result.cables.size(), 1u);
  return result.cables.empty() ? RawCable{} : result.cables[0];
}

const std::string kHeader = "VZCZCXRO1141&#x000A;RR RUEHAST&#x000A;FM AMEMBASSY ASTANA";

}  // namespace

TEST(HtmlReader, SkipsSidebarHeadingsAndTagLinks) {
  RawCable cable = readOne(page(pre(kHeader) + pre("UNCLAS ASTANA 002327")));
  EXPECT_EQ(cable.metadata.title_subject, "KAZAKHSTAN: NUR OTAN");
  EXPECT_TRUE(cable.metadata.listed_tags.empty());
  EXPECT_FALSE(cable.metadata.has_listed_tags);
  EXPECT_EQ(cable.body, "UNCLAS ASTANA 002327");
}

TEST(HtmlReader, ReadsTableUsingLinkTextNotTitleAttribute) {
  RawCable cable = readOne(page(pre(kHeader) + pre("BODY")));
  EXPECT_EQ(cable.format, "html");
  EXPECT_EQ(cable.metadata.ref_id, "07ASTANA2327");
  EXPECT_EQ(cable.metadata.created, "2007-08-27 10:01");
  EXPECT_EQ(cable.metadata.released, "2011-08-30 01:44");
  EXPECT_EQ(cable.metadata.classification, "CONFIDENTIAL");
  EXPECT_EQ(cable.metadata.origin, "Embassy Astana");
}

TEST(HtmlReader, AppearsInArticlesRowIsNotMetadata) {
  std::string extra =
      "<tr>\n<td colspan='5'>\nAppears in these articles:<br />\n"
      "<a href='http://example.org/a?x=1&y=2'>http://example.org/a</a><br />\n</td>\n</tr>\n";
  RawCable cable =
      readOne(page(pre(kHeader) + pre("BODY"), "07ASTANA2327, S",
                   "<a href='/classification/1_0.html' title='secret'>SECRET</a>", extra));
  EXPECT_EQ(cable.metadata.classification, "SECRET");
  EXPECT_EQ(cable.metadata.origin, "Embassy Astana");
}

TEST(HtmlReader, DecodesNewlineEntitiesIntoHeaderAndBody) {
  RawCable cable =
      readOne(page(pre(kHeader) + pre("UNCLAS ASTANA 002327 &#x000A;&#x000A;SIPDIS &#x000A;")));
  EXPECT_EQ(cable.header, "VZCZCXRO1141\nRR RUEHAST\nFM AMEMBASSY ASTANA");
  EXPECT_EQ(cable.body, "UNCLAS ASTANA 002327 \n\nSIPDIS \n");
}

TEST(HtmlReader, DecodesNamedAndNumericEntities) {
  EXPECT_EQ(htmlText("A &amp; B &lt;x&gt; &quot;q&quot; &#39;s &apos;t &#233; &#xE9; &#x2028;"),
            "A & B <x> \"q\" 's 't \xC3\xA9 \xC3\xA9 \xE2\x80\xA8");
}

TEST(HtmlReader, KeepsBareAmpersandAndTextThatLooksLikeAnEntity) {
  EXPECT_EQ(htmlText("R&D; AT&T, PD&S &processes8; & &#; &#xZZ; &bogus;"),
            "R&D; AT&T, PD&S &processes8; & &#; &#xZZ; &bogus;");
}

TEST(HtmlReader, KeepsLessThanBeforeWord) {
  EXPECT_EQ(htmlText("On September 6, 2007, <<Israel>> destroyed&#x000A;<Israel saw"),
            "On September 6, 2007, <<Israel>> destroyed\n<Israel saw");
  EXPECT_EQ(htmlText("<<220571>>&#x000A;8/13/2009"), "<<220571>>\n8/13/2009");
  EXPECT_EQ(htmlText("buenosaires.< /a> x < y"), "buenosaires.< /a> x < y");
}

TEST(HtmlReader, StripsParagraphAnchorsAndBarePilcrows) {
  RawCable cable = readOne(
      page(pre(kHeader) + pre("<a id='par1' href='#par1'>\xC2\xB6</a>1. (C) Summary.&#x000A;     "
                              "<a id='parB' href='#parB'>\xC2\xB6</a>B. GENEVA 1633&#x000A;\xC2\xB6"
                              "2. Text")));
  EXPECT_EQ(cable.body, "1. (C) Summary.\n     B. GENEVA 1633\n2. Text");
}

TEST(HtmlReader, TagLinksBecomeTextAndListedTags) {
  RawCable cable = readOne(
      page(pre(kHeader) + pre("E.O. 12958: N/A&#x000A;TAGS: <a href='/tag/PGOV_0.html'>PGOV</a> <a "
                              "href='/tag/OSCE_0.html'>OSCE</a> "
                              "<a href='/tag/KZ_0.html'>KZ</a>&#x000A;SUBJECT: X")));
  EXPECT_EQ(cable.body, "E.O. 12958: N/A\nTAGS: PGOV OSCE KZ\nSUBJECT: X");
  EXPECT_EQ(cable.metadata.listed_tags, (std::vector<std::string>{"PGOV", "OSCE", "KZ"}));
  EXPECT_TRUE(cable.metadata.has_listed_tags);
}

TEST(HtmlReader, StripsStrayBrStrongAndTableTags) {
  RawCable cable = readOne(
      page(pre(kHeader) + pre("SENSITIVE <br>&#x000A;SIPDIS <br>&#x000A;<strong>NOTE</strong> "
                              "text&#x000A;SMITH &#x000A;</td></tr>&#x000A;</table>")));
  EXPECT_EQ(cable.body, "SENSITIVE \nSIPDIS \nNOTE text\nSMITH \n\n");
}

TEST(HtmlReader, SinglePreGoesToBody) {
  RawCable cable = readOne(page(pre("UNCLAS ASTANA 002327&#x000A;TEXT")));
  EXPECT_TRUE(cable.header.empty());
  EXPECT_EQ(cable.body, "UNCLAS ASTANA 002327\nTEXT");
}

TEST(HtmlReader, PartialExtractKeepsItsNoteAsHeader) {
  RawCable cable =
      readOne(page(pre("This record is a partial extract of the original cable. The full text of "
                       "the original cable is not available.&#x000A;&#x000A;061428Z Jun 03") +
                   pre("S E C R E T SECTION 01 OF 03 ANKARA 003694")));
  EXPECT_EQ(
      cable.header,
      "This record is a partial extract of the original cable. The full text of the original cable "
      "is not available.\n\n061428Z Jun 03");
  EXPECT_EQ(cable.body, "S E C R E T SECTION 01 OF 03 ANKARA 003694");
}

TEST(HtmlReader, EarlyBuildDateLineIsDeliveredAsText) {
  RawCable cable = readOne(
      page(pre(kHeader) +
           pre("Wednesday, 11 April 2007, 03:43&#x000A;C O N F I D E N T I A L ASTANA 000919")));
  EXPECT_EQ(cable.body, "Wednesday, 11 April 2007, 03:43\nC O N F I D E N T I A L ASTANA 000919");
}

TEST(HtmlReader, RawTabSeparatedRow) {
  RawCable cable = readOne(page(
      pre(kHeader) +
      pre("2006-07-07 09:27:00\t06GENEVA1673\tUS Mission Geneva\tCONFIDENTIAL\t06BERN1253\t"
          "VZCZCXRO1654\\&#x000A;PP RUEHSR\\&#x000A;FM USMISSION GENEVA\t"
          "C O N F I D E N T I A L GENEVA 001673 \\&#x000A; \\&#x000A;TAGS: <a "
          "href='/tag/PHUM_0.html'>PHUM</a>&#x000A;"
          "<a id='par1' href='#par1'>\xC2\xB6</a>1. (U) Summary.\ttabbed \\&#x000A;CASSEL \\")));
  EXPECT_EQ(cable.header, "VZCZCXRO1654\nPP RUEHSR\nFM USMISSION GENEVA");
  EXPECT_EQ(
      cable.body,
      "C O N F I D E N T I A L GENEVA 001673 \n \nTAGS: PHUM\n1. (U) Summary.\ttabbed \nCASSEL ");
  EXPECT_EQ(cable.metadata.ref_id, "07ASTANA2327");  // metadata comes from the page table
  EXPECT_EQ(cable.metadata.listed_tags, (std::vector<std::string>{"PHUM"}));
}

TEST(HtmlReader, RawTabSeparatedRowWithRowNumber) {
  RawCable cable = readOne(
      page(pre(kHeader) +
           pre("144052\t2008-03-04 00:29:00\t08BOGOTA800\tEmbassy Bogota\tCONFIDENTIAL\t\t"
               "VZCZCXYZ0124\\&#x000A;PP RUEHWEB\\&#x000A;\\&#x000A;DE RUEHBO #0800/01 0640029\t"
               "C O N F I D E N T I A L BOGOTA 000800 \\&#x000A;Brownfield \\")));
  EXPECT_EQ(cable.header, "VZCZCXYZ0124\nPP RUEHWEB\n\nDE RUEHBO #0800/01 0640029");
  EXPECT_EQ(cable.body, "C O N F I D E N T I A L BOGOTA 000800 \nBrownfield ");
}

TEST(HtmlReader, TabsAndBackslashesInOrdinaryBodyStay) {
  RawCable cable = readOne(page(
      pre(kHeader) + pre("C O N F I D E N T I A L SANTIAGO 000137 \t\t&#x000A;said \\&#x000A;x")));
  EXPECT_EQ(cable.body, "C O N F I D E N T I A L SANTIAGO 000137 \t\t\nsaid \\\nx");
}

TEST(SplitDatabaseRow, RejectsTextThatIsNotARow) {
  std::string header, body;
  EXPECT_FALSE(splitDatabaseRow("57136\n2006-03-17 22:11:00\n06MEXICO1476\n", header, body));
  EXPECT_FALSE(splitDatabaseRow("2006-07-07 09:27:00\tnot an id\tx\ty", header, body));
  EXPECT_FALSE(splitDatabaseRow("2006-07-07 09:27:00\t06GENEVA1673\tonly\tthree", header, body));
}

TEST(HtmlReader, HeadingWithoutSubject) {
  RawCable cable = readOne(page(pre(kHeader) + pre("BODY"), "07ASTANA2327,"));
  EXPECT_EQ(cable.metadata.ref_id, "07ASTANA2327");
  EXPECT_TRUE(cable.metadata.title_subject.empty());
}

TEST(HtmlReader, SubjectWithAmpersandAndComma) {
  RawCable cable = readOne(
      page(pre(kHeader) + pre("BODY"), "07ASTANA2327, MEETINGS WITH SINGH & NATWAR, PART 2"));
  EXPECT_EQ(cable.metadata.title_subject, "MEETINGS WITH SINGH & NATWAR, PART 2");
}

TEST(HtmlReader, LocatorNamesTheHeadingLine) {
  RawCable cable = readOne(page(pre(kHeader) + pre("BODY")));
  EXPECT_EQ(cable.locator.path, "07ASTANA2327.html");
  EXPECT_EQ(cable.locator.line, 14u);
  EXPECT_EQ(cable.locator.row, 0u);
}

TEST(HtmlReader, HeadingAndTableDisagreeIsReported) {
  std::vector<ReadIssue> issues;
  RawCable cable = readOne(page(pre(kHeader) + pre("BODY"), "07ASTANA9999, X"), &issues);
  EXPECT_EQ(cable.metadata.ref_id, "07ASTANA2327");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_NE(issues[0].message.find("07ASTANA9999"), std::string::npos);
}

TEST(HtmlReader, PageWithoutCableIsReportedWithFileNameNoCrash) {
  ReadResult result = readString(
      "<!DOCTYPE html>\n<html><body><h3>Browse by tag</h3>"
      "<a href='/tag/PGOV_0.html'>PGOV</a></body></html>\n",
      InputFormat::automatic, "index.html");
  EXPECT_TRUE(result.cables.empty());
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].locator.path, "index.html");
  EXPECT_EQ(result.issues[0].severity, Severity::error);
  EXPECT_NE(result.issues[0].message.find("no cable"), std::string::npos);
}

TEST(HtmlReader, CrlfPageGivesLfText) {
  std::string html = page(pre(kHeader) + pre("LINE ONE&#x000D;&#x000A;LINE TWO"));
  std::string crlf;
  for (char c : html) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  RawCable cable = readOne(crlf);
  EXPECT_EQ(cable.body, "LINE ONE\nLINE TWO");
  EXPECT_EQ(cable.metadata.origin, "Embassy Astana");
}

TEST(HtmlReader, DatabaseRecordOneFieldPerLineIsUnwrapped) {
  RawCable cable = readOne(
      page(pre("VZCZCXRO3827&#x000A;FM AMEMBASSY MEXICO") +
           pre("57136&#x000A;2006-03-17 22:11:00&#x000A;06MEXICO1476&#x000A;Embassy Mexico&#x000A;"
               "UNCLASSIFIED//FOR OFFICIAL USE "
               "ONLY&#x000A;06MEXICO1400&#x000A;06STATE123|06MEXICO1401&#x000A;"
               "VZCZCXRO3827&#x000A;FM AMEMBASSY MEXICO &#x000A;TAGS: ECON MX&#x000A;UNCLAS MEXICO "
               "001476 &#x000A;TEXT")));
  EXPECT_EQ(cable.header, "VZCZCXRO3827\nFM AMEMBASSY MEXICO");
  EXPECT_EQ(cable.body, "TAGS: ECON MX\nUNCLAS MEXICO 001476 \nTEXT");
}

TEST(HtmlReader, DatabaseRecordWithEmptyReferencesKeepsUnmatchedHeaderCopy) {
  RawCable cable = readOne(
      page(pre("R 172211Z MAR 06") +
           pre("57136&#x000A;2006-03-17 22:11:00&#x000A;06MEXICO1476&#x000A;Embassy Mexico&#x000A;"
               "CONFIDENTIAL&#x000A;&#x000A;VZCZCXRO3827&#x000A;R 172211Z MAR 06&#x000A;C O N F I "
               "D E N T I A L")));
  EXPECT_EQ(cable.body, "VZCZCXRO3827\nR 172211Z MAR 06\nC O N F I D E N T I A L");
}

TEST(HtmlReader, LabelledDatabaseRecordIsUnwrappedAtHeaderEnds) {
  RawCable cable = readOne(page(
      pre(kHeader) + pre("id: 234175&#x000A;date: 11/10/2009 20:46&#x000A;refid: "
                         "09CARACAS1444&#x000A;origin: Embassy Caracas&#x000A;"
                         "classification: SECRET&#x000A;destination: "
                         "09CARACAS1144|09CARACAS1207&#x000A;header:&#x000A;"
                         "VZCZCXRO4996&#x000A;O 102046Z NOV 09&#x000A;&#x000A;----------------- "
                         "header ends ----------------&#x000A;"
                         "&#x000A;S E C R E T SECTION 01 OF 02 CARACAS 001444 &#x000A;TEXT")));
  EXPECT_EQ(cable.body, "S E C R E T SECTION 01 OF 02 CARACAS 001444 \nTEXT");
}

TEST(HtmlReader, BodyStartingWithNumbersIsNotARecord) {
  RawCable cable = readOne(page(
      pre(kHeader) + pre("1972&#x000A;2. TEXT&#x000A;MORE&#x000A;A&#x000A;B&#x000A;C&#x000A;D")));
  EXPECT_EQ(cable.body, "1972\n2. TEXT\nMORE\nA\nB\nC\nD");
}

TEST(HtmlReader, DatabaseRecordWithAngleBracketRowNumberAndSlashDate) {
  RawCable cable =
      readOne(page(pre("O 130854Z AUG 09&#x000A;FM AMEMBASSY ULAANBAATAR") +
                   pre("<<220571>>&#x000A;8/13/2009 8:54&#x000A;09ULAANBAATAR234&#x000A;Embassy "
                       "Ulaanbaatar&#x000A;SECRET&#x000A;&#x000A;"
                       "O 130854Z AUG 09&#x000A;FM AMEMBASSY ULAANBAATAR&#x000A;TAGS: PREL "
                       "MG&#x000A;&#x000A;S e c r e t ulaanbaatar 000234")));
  EXPECT_EQ(cable.body, "TAGS: PREL MG\n\nS e c r e t ulaanbaatar 000234");
}
