// Archive page reader: many cables per page, metadata line, boilerplate and trailer.
#include <gtest/gtest.h>

#include "formats/archive_metadata_line.h"
#include "reader_test_support.h"

using namespace cablecat;
using namespace cablecat::test;

namespace {

std::string boilerplate(const std::string& id) {
  return "\nWikiLeaks Link\n\n"
         "To understand the justification used for the classification of each cable, please use "
         "this "
         "WikiSource article as reference.\nDiscussing cables\n"
         "If you find meaningful or important information in a cable, please link directly to its "
         "unique "
         "reference number. e.g. #" +
         id +
         ".\n"
         "Reference ID Created Released Classification Origin\n";
}

// Two cables as the archive page lays them out (line numbers matter below).
const std::string kPage =
    "Monthly Archives: August 2007\n"                                    // 1
    "\n"                                                                 // 2
    "07ASTANA2327, KAZAKHSTAN: NUR OTAN CHOOSES NEW MAZHILIS MEMBERS\n"  // 3
    + boilerplate("07ASTANA2327") +                                      // 4-10
    "07ASTANA2327 2007-08-27 10:01 2011-08-30 01:44 UNCLASSIFIED Embassy Astana\n"
    "\n"
    "VZCZCXRO1141\n"
    "FM AMEMBASSY ASTANA\n"
    "\n"
    "UNCLAS SECTION 01 OF 04 ASTANA 002327 \n"
    "TAGS: PGOV OSCE KZ\n"
    " \n"
    "ORDWAY\n"
    "\n"
    "Wikileaks\n"
    "\n"
    "07ASTANA2318, KAZAKHSTAN PARLIAMENTARY ELECTIONS:\n" +
    boilerplate("07ASTANA2318") +
    "07ASTANA2318 2007-08-27 01:46 2011-08-30 01:44 UNCLASSIFIED//FOR OFFICIAL USE ONLY Embassy "
    "Astana\n"
    "\n"
    "VZCZCXRO0383\n"
    "UNCLAS SECTION 01 OF 03 ASTANA 002318 \n"
    "SUBJECT: KAZAKHSTAN PARLIAMENTARY ELECTIONS: OSCE REPORT\n"
    "MILAS\n"
    "\n"
    "Wikileaks\n";

}  // namespace

TEST(ArchiveReader, YieldsEachCableUnderItsMetadataLine) {
  ReadResult result = readString(kPage, InputFormat::automatic, "astana.txt");
  EXPECT_EQ(result.format, "archive");
  EXPECT_TRUE(result.issues.empty());
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[0].format, "archive");
  EXPECT_EQ(result.cables[0].metadata.ref_id, "07ASTANA2327");
  EXPECT_EQ(result.cables[0].metadata.created, "2007-08-27 10:01");
  EXPECT_EQ(result.cables[0].metadata.released, "2011-08-30 01:44");
  EXPECT_EQ(result.cables[0].metadata.classification, "UNCLASSIFIED");
  EXPECT_EQ(result.cables[0].metadata.origin, "Embassy Astana");
  EXPECT_EQ(result.cables[1].metadata.ref_id, "07ASTANA2318");
}

TEST(ArchiveReader, WholeCableTextGoesToBodyWithoutBoilerplateOrTrailer) {
  ReadResult result = readString(kPage, InputFormat::archive, "astana.txt");
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_TRUE(result.cables[0].header.empty());
  EXPECT_EQ(result.cables[0].body,
            "VZCZCXRO1141\nFM AMEMBASSY ASTANA\n\nUNCLAS SECTION 01 OF 04 ASTANA 002327 \n"
            "TAGS: PGOV OSCE KZ\n \nORDWAY\n");
  EXPECT_EQ(result.cables[1].body,
            "VZCZCXRO0383\nUNCLAS SECTION 01 OF 03 ASTANA 002318 \n"
            "SUBJECT: KAZAKHSTAN PARLIAMENTARY ELECTIONS: OSCE REPORT\nMILAS\n");
}

TEST(ArchiveReader, TitleSubjectMayBeCutAndGoesToMetadata) {
  ReadResult result = readString(kPage, InputFormat::archive, "astana.txt");
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[0].metadata.title_subject,
            "KAZAKHSTAN: NUR OTAN CHOOSES NEW MAZHILIS MEMBERS");
  EXPECT_EQ(result.cables[1].metadata.title_subject, "KAZAKHSTAN PARLIAMENTARY ELECTIONS:");
}

TEST(ArchiveReader, ClassificationWithCaveatAndSpaces) {
  ReadResult result = readString(kPage, InputFormat::archive, "astana.txt");
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[1].metadata.classification, "UNCLASSIFIED//FOR OFFICIAL USE ONLY");
  EXPECT_EQ(result.cables[1].metadata.origin, "Embassy Astana");
}

TEST(ArchiveReader, LocatorNamesTheTitleLine) {
  ReadResult result = readString(kPage, InputFormat::archive, "astana.txt");
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[0].locator.path, "astana.txt");
  EXPECT_EQ(result.cables[0].locator.line, 3u);
  EXPECT_EQ(result.cables[1].locator.line, 23u);
  EXPECT_EQ(result.cables[1].locator.row, 0u);
}

TEST(ArchiveReader, CrlfPageGivesSameCables) {
  std::string crlf;
  for (char c : kPage) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  ReadResult lf = readString(kPage, InputFormat::archive, "astana.txt");
  ReadResult result = readString(crlf, InputFormat::automatic, "astana.txt");
  ASSERT_EQ(result.cables.size(), 2u);
  EXPECT_EQ(result.cables[0].body, lf.cables[0].body);
  EXPECT_EQ(result.cables[1].metadata.origin, "Embassy Astana");
}

TEST(ArchiveReader, TitleIdDifferentFromMetadataLineIsReported) {
  std::string page = "07ASTANA2327, SUBJECT\n" + boilerplate("x") +
                     "07ASTANA2328 2007-08-27 10:01 2011-08-30 01:44 SECRET Embassy Astana\nBODY\n";
  ReadResult result = readString(page, InputFormat::archive, "a.txt");
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].metadata.ref_id, "07ASTANA2328");
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_NE(result.issues[0].message.find("07ASTANA2327"), std::string::npos);
}

TEST(ArchiveReader, UnreadableMetadataLineIsReportedAndTitleIdKept) {
  std::string page = "07ASTANA2327, SUBJECT\n" + boilerplate("x") + "garbled metadata\nBODY\n";
  ReadResult result = readString(page, InputFormat::archive, "a.txt");
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].metadata.ref_id, "07ASTANA2327");
  EXPECT_EQ(result.cables[0].body, "garbled metadata\nBODY\n");
  ASSERT_EQ(result.issues.size(), 1u);
  EXPECT_EQ(result.issues[0].locator.line, 9u);
}

TEST(ArchiveReader, BodyLineThatLooksLikeATitleStaysInTheBody) {
  std::string page = "07ASTANA2327, SUBJECT\n" + boilerplate("x") +
                     "07ASTANA2327 2007-08-27 10:01 2011-08-30 01:44 SECRET Embassy Astana\n"
                     "REF: A\n07ASTANA2318, WHICH SAID\nMORE TEXT\n";
  ReadResult result = readString(page, InputFormat::archive, "a.txt");
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].body, "REF: A\n07ASTANA2318, WHICH SAID\nMORE TEXT\n");
}

TEST(ArchiveMetadataLine, ConfidentialNoforn) {
  RawMetadata metadata;
  ASSERT_TRUE(
      parseArchiveMetadataLine("09HAVANA221 2009-04-01 17:00 2011-08-30 01:44 CONFIDENTIAL//NOFORN "
                               "US Interests Section Havana",
                               metadata));
  EXPECT_EQ(metadata.ref_id, "09HAVANA221");
  EXPECT_EQ(metadata.classification, "CONFIDENTIAL//NOFORN");
  EXPECT_EQ(metadata.origin, "US Interests Section Havana");
}

TEST(ArchiveMetadataLine, SecretWithOriginStartingInCapitals) {
  RawMetadata metadata;
  ASSERT_TRUE(parseArchiveMetadataLine(
      "06USUNNEWYORK1 2006-01-02 03:04 2011-08-30 01:44 SECRET USUN New York", metadata));
  EXPECT_EQ(metadata.classification, "SECRET");
  EXPECT_EQ(metadata.origin, "USUN New York");
}

TEST(ArchiveMetadataLine, RejectsLinesWithoutDates) {
  RawMetadata metadata;
  EXPECT_FALSE(
      parseArchiveMetadataLine("07ASTANA2327 yesterday UNCLASSIFIED Embassy Astana", metadata));
  EXPECT_TRUE(metadata.ref_id.empty());
}

TEST(ArchiveReader, ConcatenatedMonthPagesKeepTheirHeadingsOutOfBodies) {
  ReadResult result = readString(kPage + "\nMonthly Archives: September 2007\n\n" + kPage,
                                 InputFormat::automatic, "a.txt");
  ASSERT_EQ(result.cables.size(), 4u);
  EXPECT_TRUE(result.issues.empty());
  EXPECT_EQ(result.cables[1].body, result.cables[3].body);
  EXPECT_EQ(result.cables[1].body.find("Monthly"), std::string::npos);
}
