// cables.csv reader: quoting, backslash escapes, multi-line fields, resynchronization.
#include <gtest/gtest.h>

#include "reader_test_support.h"

using namespace cablecat;
using namespace cablecat::test;

namespace {

std::string row(int number, const std::string& id, const std::string& header,
                const std::string& body, const std::string& references = "",
                const std::string& date = "8/27/2007 10:01") {
  return "\"" + std::to_string(number) + "\",\"" + date + "\",\"" + id +
         "\",\"Embassy Astana\",\"UNCLASSIFIED\",\"" + references + "\",\"" + header + "\",\"" +
         body + "\"\n";
}

ReadResult readCsv(const std::string& text) {
  return readString(text, InputFormat::csv, "dump.csv");
}

}  // namespace

TEST(CsvReader, ReadsEightQuotedFieldsIntoMetadataHeaderAndBody) {
  ReadResult result = readCsv(row(1, "07ASTANA2327", "R 271001Z AUG 07", "UNCLAS ASTANA 002327"));
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_TRUE(result.issues.empty());
  const RawCable& cable = result.cables[0];
  EXPECT_EQ(cable.format, "csv");
  EXPECT_EQ(cable.metadata.ref_id, "07ASTANA2327");
  EXPECT_EQ(cable.metadata.created, "8/27/2007 10:01");
  EXPECT_EQ(cable.metadata.origin, "Embassy Astana");
  EXPECT_EQ(cable.metadata.classification, "UNCLASSIFIED");
  EXPECT_TRUE(cable.metadata.released.empty());
  EXPECT_EQ(cable.header, "R 271001Z AUG 07");
  EXPECT_EQ(cable.body, "UNCLAS ASTANA 002327");
}

TEST(CsvReader, BackslashEscapedQuoteInsideField) {
  ReadResult result =
      readCsv(row(1, "66BUENOSAIRES2481", "H", "ZONE OF \\\"PREFERENTIAL JURISDICTION\\\" FOR"));
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].body, "ZONE OF \"PREFERENTIAL JURISDICTION\" FOR");
}

TEST(CsvReader, EscapedQuoteRightBeforeTheClosingQuote) {
  ReadResult result =
      readCsv(row(1, "72TEHRAN1164", "H", "HE SAID \\\"NO\\\"") + row(2, "72TEHRAN1381", "H", "B"));
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[0].body, "HE SAID \"NO\"");
  EXPECT_EQ(result.cables[1].metadata.ref_id, "72TEHRAN1381");
}

TEST(CsvReader, BackslashEscapedApostropheAndBackslash) {
  ReadResult result = readCsv(row(1, "72TEHRAN1164", "H", "SHAH\\'S PLAN; PATH A\\\\B"));
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].body, "SHAH'S PLAN; PATH A\\B");
}

TEST(CsvReader, OtherBackslashesStayAsWritten) {
  ReadResult result = readCsv(row(1, "72TEHRAN1164", "H", "C:\\TEMP and 50\\%"));
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].body, "C:\\TEMP and 50\\%");
}

TEST(CsvReader, UnescapedBackslashEndingAFieldIsText) {
  ReadResult result =
      readCsv(row(1, "72TEHRAN1164", "HEADER\\", "END\\") + row(2, "72TEHRAN1381", "H", "LAST\\"));
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_TRUE(result.issues.empty());
  EXPECT_EQ(result.cables[0].header, "HEADER\\");
  EXPECT_EQ(result.cables[0].body, "END\\");
  EXPECT_EQ(result.cables[1].body, "LAST\\");
}

// A body quoting a CSV row of its own ends `... \",` + the closing quote:
// in the last field `\","` can only be an escaped quote, a comma and the
// end, since no ninth field may follow (seen in pages with a glued row).
TEST(CsvReader, BodyEndingInEscapedQuoteAndCommaIsNotANinthField) {
  ReadResult result = readCsv(row(1, "08JEDDAH84", "H", "GFOELLER \\\",") +
                              row(2, "08JEDDAH85", "H", "NEXT"));
  ASSERT_EQ(result.cables.size(), 2u) << (result.issues.empty() ? "" : result.issues[0].message);
  EXPECT_TRUE(result.issues.empty());
  EXPECT_EQ(result.cables[0].body, "GFOELLER \",");
  EXPECT_EQ(result.cables[1].metadata.ref_id, "08JEDDAH85");
}

TEST(CsvReader, FieldsSpanManyLinesAndKeepTrailingSpaces) {
  ReadResult result =
      readCsv(row(1, "72TEHRAN1164", "R 250930Z FEB 72 \nFM AMEMBASSY TEHRAN \nTO SECSTATE WASHDC",
                  "UNCLASSIFIED \n \n1. FIRST PARAGRAPH. \n \nHECK \n"));
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].header, "R 250930Z FEB 72 \nFM AMEMBASSY TEHRAN \nTO SECSTATE WASHDC");
  EXPECT_EQ(result.cables[0].body, "UNCLASSIFIED \n \n1. FIRST PARAGRAPH. \n \nHECK \n");
}

TEST(CsvReader, CrlfLineEndsBecomeLf) {
  std::string text =
      "\"1\",\"2/25/1972 9:30\",\"72TEHRAN1164\",\"Embassy Tehran\",\"UNCLASSIFIED\",\"\","
      "\"R 250930Z FEB 72 \r\nFM AMEMBASSY TEHRAN\",\"LINE ONE \r\nLINE TWO \r\n\"\r\n"
      "\"2\",\"3/9/1972 5:40\",\"72TEHRAN1381\",\"Embassy "
      "Tehran\",\"UNCLASSIFIED\",\"\",\"H\",\"B\"\r\n";
  ReadResult result = readCsv(text);
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_TRUE(result.issues.empty());
  EXPECT_EQ(result.cables[0].header, "R 250930Z FEB 72 \nFM AMEMBASSY TEHRAN");
  EXPECT_EQ(result.cables[0].body, "LINE ONE \nLINE TWO \n");
  EXPECT_EQ(result.cables[1].locator.line, 5u);
}

TEST(CsvReader, ReferencesSplitOnBarAndAreMarkedListed) {
  ReadResult result =
      readCsv(row(1, "72TEHRAN1164", "H", "B", "72MOSCOW1603|72TEHRAN1091|72TEHRAN263") +
              row(2, "72TEHRAN1381", "H", "B", ""));
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[0].metadata.listed_references,
            (std::vector<std::string>{"72MOSCOW1603", "72TEHRAN1091", "72TEHRAN263"}));
  EXPECT_TRUE(result.cables[0].metadata.has_listed_references);
  EXPECT_TRUE(result.cables[1].metadata.listed_references.empty());
  EXPECT_TRUE(result.cables[1].metadata.has_listed_references);
}

TEST(CsvReader, LocatorHasRowNumberAndStartLine) {
  ReadResult result =
      readCsv(row(1, "72TEHRAN1164", "A\nB\nC", "D\nE") + row(2, "72TEHRAN1381", "H", "B"));
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[0].locator.row, 1u);
  EXPECT_EQ(result.cables[0].locator.line, 1u);
  EXPECT_EQ(result.cables[1].locator.row, 2u);
  EXPECT_EQ(result.cables[1].locator.line, 5u);
  EXPECT_EQ(result.cables[1].locator.path, "dump.csv");
}

TEST(CsvReader, MalformedIdIsPassedOnAsWritten) {
  ReadResult result = readCsv(row(10, "7575LIBREVILLE1895", "O R 181205Z NOV 75 ZFF4", "B"));
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].metadata.ref_id, "7575LIBREVILLE1895");
  EXPECT_TRUE(result.issues.empty());
}

TEST(CsvReader, TruncatedFileReportsRowAndLineAndKeepsEarlierRows) {
  std::string text = row(1, "72TEHRAN1164", "H", "B") + row(2, "72TEHRAN1381", "H", "FULL BODY");
  text.resize(text.size() - 8);  // EOF inside the last body
  ReadResult result = readCsv(text);
  ASSERT_EQ(result.cables.size(), 1u);
  ASSERT_EQ(result.issues.size(), 1u);
  const ReadIssue& issue = result.issues[0];
  EXPECT_EQ(issue.severity, Severity::error);
  EXPECT_EQ(issue.locator.path, "dump.csv");
  EXPECT_EQ(issue.locator.row, 2u);
  EXPECT_EQ(issue.locator.line, 2u);
  EXPECT_EQ(issue.ref_id, "72TEHRAN1381");
  EXPECT_NE(issue.message.find("ends inside field 8"), std::string::npos) << issue.message;
}

TEST(CsvReader, WrongFieldCountIsReportedAndReadingContinues) {
  std::string shortRow =
      "\"2\",\"3/9/1972 5:40\",\"72TEHRAN1381\",\"Embassy Tehran\",\"UNCLASSIFIED\",\"\",\"ONLY "
      "HEADER\"\n";
  ReadResult result =
      readCsv(row(1, "72TEHRAN1164", "H", "B") + shortRow + row(3, "72TEHRAN4789", "H", "B"));
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[1].metadata.ref_id, "72TEHRAN4789");
  EXPECT_EQ(result.cables[1].locator.row, 3u);
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].locator.row, 2u);
  EXPECT_NE(result.issues[0].message.find("7 fields instead of 8"), std::string::npos);
}

TEST(CsvReader, UnclosedFieldResynchronizesOnTheNextRecordLine) {
  std::string broken =
      "\"2\",\"3/9/1972 5:40\",\"72TEHRAN1381\",\"Embassy "
      "Tehran\",\"UNCLASSIFIED\",\"\",\"H\",\"BODY CUT\n";
  ReadResult result =
      readCsv(row(1, "72TEHRAN1164", "H", "B") + broken + row(3, "72TEHRAN4789", "H", "B"));
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[1].metadata.ref_id, "72TEHRAN4789");
  EXPECT_EQ(result.cables[1].body, "B");
  EXPECT_EQ(result.cables[1].locator.line, 3u);
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].locator.row, 2u);
  EXPECT_NE(result.issues[0].message.find("line 3"), std::string::npos) << result.issues[0].message;
}

TEST(CsvReader, TextAfterClosingQuoteResynchronizes) {
  std::string broken = "\"2\",\"3/9/1972 5:40\",\"72TEHRAN1381\" oops,\"x\"\nmore junk\n";
  ReadResult result =
      readCsv(row(1, "72TEHRAN1164", "H", "B") + broken + row(3, "72TEHRAN4789", "H", "B"));
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[1].metadata.ref_id, "72TEHRAN4789");
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].locator.row, 2u);
}

TEST(CsvReader, BlankLinesBetweenRecordsAreSkipped) {
  ReadResult result =
      readCsv(row(1, "72TEHRAN1164", "H", "B") + "\n \n" + row(2, "72TEHRAN1381", "H", "B") + "\n");
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_TRUE(result.issues.empty());
  EXPECT_EQ(result.cables[1].locator.line, 4u);
}

TEST(CsvReader, AnyBufferSizeGivesTheSameRecords) {
  std::string text = row(1, "72TEHRAN1164", "R 250930Z \r\nFM X\r\n",
                         "SHAH\\'S \\\"PLAN\\\" \r\nA\\\\B\r\n", "72MOSCOW1603|72TEHRAN1091") +
                     row(2, "72TEHRAN1381", "H\r\n", "\\\"QUOTED\\\"\r\n");
  ReadResult expected = readCsv(text);
  ASSERT_EQ(expected.cables.size(), 2u);
  EXPECT_EQ(expected.cables[0].body, "SHAH'S \"PLAN\" \nA\\B\n");
  for (std::size_t chunk = 1; chunk <= 24; ++chunk) {
    auto bytes = bytesOf(text, "dump.csv");
    ReadResult got =
        readAllFrom(makeCsvDumpReader(std::make_unique<BufferedInput>(std::move(bytes), chunk),
                                      "dump.csv", nullptr),
                    {});
    ASSERT_EQ(got.cables.size(), 2u) << "chunk " << chunk;
    for (std::size_t i = 0; i < 2; ++i) {
      EXPECT_EQ(got.cables[i].header, expected.cables[i].header) << "chunk " << chunk;
      EXPECT_EQ(got.cables[i].body, expected.cables[i].body) << "chunk " << chunk;
      EXPECT_EQ(got.cables[i].locator.line, expected.cables[i].locator.line) << "chunk " << chunk;
      EXPECT_EQ(got.cables[i].metadata.listed_references,
                expected.cables[i].metadata.listed_references);
    }
  }
}

TEST(CsvReader, GzippedDumpIsDetectedAndRead) {
  ReadResult result =
      readString(gzip(row(1, "72TEHRAN1164", "H", "B") + row(2, "72TEHRAN1381", "H", "B")),
                 InputFormat::automatic, "dump.csv.gz");
  EXPECT_EQ(result.format, "csv");
  EXPECT_EQ(result.cables.size(), 2u);
}

TEST(CsvReader, OversizedFieldIsReportedAndSkipped) {
  std::string huge(kMaxRecordBytes + 10, 'x');
  ReadResult result = readCsv(row(1, "72TEHRAN1164", "H", huge) + row(2, "72TEHRAN1381", "H", "B"));
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].metadata.ref_id, "72TEHRAN1381");
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_NE(result.issues[0].message.find("larger than 64 MB"), std::string::npos);
}

TEST(CsvReader, ColumnNamesRowIsSkippedWithWarning) {
  std::string names =
      "\"id\",\"date\",\"refid\",\"origin\",\"classification\",\"references\",\"header\","
      "\"body\"\n";
  ReadResult result =
      readString(names + row(1, "72TEHRAN1164", "H", "B"), InputFormat::csv, "dump.csv");
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].metadata.ref_id, "72TEHRAN1164");
  EXPECT_EQ(result.cables[0].locator.row, 1u);
  EXPECT_EQ(result.cables[0].locator.line, 2u);
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].severity, Severity::warning);
}

TEST(CsvReader, TooManyFieldsIsReportedAndReadingContinues) {
  std::string longRow =
      "\"2\",\"3/9/1972 5:40\",\"72TEHRAN1381\",\"Embassy "
      "Tehran\",\"UNCLASSIFIED\",\"\",\"H\",\"B\",\"EXTRA\"\n";
  ReadResult result = readCsv(longRow + row(3, "72TEHRAN4789", "H", "B"));
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].metadata.ref_id, "72TEHRAN4789");
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].ref_id, "72TEHRAN1381");
  EXPECT_NE(result.issues[0].message.find("9 fields instead of 8"), std::string::npos);
}

TEST(CsvReader, ReusedRawCableGetsNoLeftoversFromThePreviousRecord) {
  ReadResult result =
      readCsv(row(1, "72TEHRAN1164", "LONG HEADER TEXT", "LONG BODY TEXT", "72MOSCOW1603") +
              row(2, "72TEHRAN1381", "", ""));
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[1].header, "");
  EXPECT_EQ(result.cables[1].body, "");
  EXPECT_TRUE(result.cables[1].metadata.listed_references.empty());
}

TEST(CsvReader, CrlfInTheReferencesColumnIsDroppedWhereverTheBufferSplitsIt) {
  // A re-export may wrap a long reference list; the CR and LF can land in two reads.
  std::string text = "\"1\",\"2/25/1972 9:30\",\"72TEHRAN1164\",\"Embassy Tehran\",\"SECRET\","
                     "\"72MOSCOW1603|\r\n72TEHRAN1091\",\"H\",\"B\"\r\n";
  for (std::size_t chunk = 1; chunk <= 24; ++chunk) {
    ReadResult got =
        readAllFrom(makeCsvDumpReader(std::make_unique<BufferedInput>(bytesOf(text), chunk),
                                      "dump.csv", nullptr),
                    {});
    ASSERT_EQ(got.cables.size(), 1u) << "chunk " << chunk;
    EXPECT_EQ(got.cables[0].metadata.listed_references,
              (std::vector<std::string>{"72MOSCOW1603", "72TEHRAN1091"}))
        << "chunk " << chunk;
  }
}

TEST(CsvReader, LineNumbersCountLinesInsideLongFieldsWithEscapes) {
  // Line feeds are counted in the pass that looks for backslashes: many
  // lines, escapes at varied offsets, then a record whose line must be exact.
  std::string body;
  for (int i = 0; i < 300; ++i)
    body += std::string(static_cast<std::size_t>(i * 7 % 101), 'w') + "\nTEXT\\'";
  body += std::string(10, 'a') + "\n" + std::string(29, 'b');  // a last run longer than a block
  ReadResult result = readCsv(row(1, "72TEHRAN1164", "H", body) + row(2, "72TEHRAN1381", "H", "B"));
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[1].locator.line, 303u);
  EXPECT_EQ(result.cables[0].body.size(), body.size() - 300);  // one backslash per line dropped
}
