// Format sniffing and openCableReader's choices, overrides and errors.
#include <gtest/gtest.h>

#include "formats/format_detection.h"
#include "reader_test_support.h"

using namespace cablecat;
using namespace cablecat::test;

TEST(DetectFormat, HtmlByDoctypeOrXmlDeclaration) {
  EXPECT_EQ(detectFormat("<?xml version='1.0' ?>\n<!DOCTYPE html PUBLIC>\n<html>"),
            InputFormat::html);
  EXPECT_EQ(detectFormat("  <HTML><body>"), InputFormat::html);
}

TEST(DetectFormat, HtmlByCableTableFragment) {
  EXPECT_EQ(detectFormat("<div>\n<table class='cable'>\n<tr>"), InputFormat::html);
}

TEST(DetectFormat, CsvByFirstRecord) {
  EXPECT_EQ(detectFormat("\"1\",\"12/28/1966 18:48\",\"66BUENOSAIRES2481\",\"Embassy"),
            InputFormat::csv);
}

TEST(DetectFormat, ArchiveByColumnsLine) {
  EXPECT_EQ(detectFormat("Monthly Archives\n\n07ASTANA2327, X\nReference ID Created Released "
                         "Classification Origin\n"),
            InputFormat::archive);
}

TEST(DetectFormat, TextThatLooksLikeACable) {
  EXPECT_EQ(detectFormat("VZCZCXRO1141\nRR RUEHAST\n"), InputFormat::text);
  EXPECT_EQ(detectFormat("R 041125Z MAR 75\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC 475\n"),
            InputFormat::text);
  EXPECT_EQ(detectFormat("UNCLAS ASTANA 002327\n\nSUBJECT: KAZAKHSTAN\n"), InputFormat::text);
  EXPECT_EQ(detectFormat("C O N F I D E N T I A L\nTAGS EINV, ENRG, KZ\n"), InputFormat::text);
}

TEST(DetectFormat, AnythingElseIsUnknown) {
  EXPECT_EQ(detectFormat("id,name\n1,foo\n"), std::nullopt);
  EXPECT_EQ(detectFormat(""), std::nullopt);
  EXPECT_EQ(detectFormat("\"a\",\"b\"\n"), std::nullopt);
}

TEST(OpenCableReader, DetectsAfterGunzip) {
  ReadResult result = readString(gzip("VZCZCXRO1141\nFM AMEMBASSY ASTANA\n"),
                                 InputFormat::automatic, "07ASTANA2327.txt.gz");
  EXPECT_EQ(result.format, "text");
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].body, "VZCZCXRO1141\nFM AMEMBASSY ASTANA\n");
}

TEST(OpenCableReader, UnrecognizedFormatThrowsWithPathAndHint) {
  try {
    readString("just some notes\n", InputFormat::automatic, "notes.txt");
    FAIL() << "expected InputError";
  } catch (const InputError& error) {
    std::string message = error.what();
    EXPECT_NE(message.find("notes.txt: cannot recognize the format"), std::string::npos) << message;
    EXPECT_NE(message.find("--format"), std::string::npos) << message;
  }
}

TEST(OpenCableReader, EmptyFileIsReportedAsEmpty) {
  try {
    readString("", InputFormat::automatic, "empty.csv");
    FAIL() << "expected InputError";
  } catch (const InputError& error) {
    // No format would find a cable in it: the message does not send the user to --format.
    EXPECT_EQ(std::string(error.what()), "empty.csv: is empty: no cable to read");
  }
}

TEST(OpenCableReader, FormatOptionOverridesDetection) {
  ReadResult result = readString("just some notes\n", InputFormat::text, "07ASTANA2327.txt");
  EXPECT_EQ(result.format, "text");
  ASSERT_EQ(result.cables.size(), 1u);
  EXPECT_EQ(result.cables[0].body, "just some notes\n");
}

TEST(OpenCableReader, OpensFilesByPath) {
  TemporaryFolder folder;
  std::string path = folder.write("07ASTANA2327.txt.gz", gzip("SUBJECT: X\n"));
  auto reader = openCableReader(path, InputFormat::automatic, nullptr);
  EXPECT_EQ(reader->format(), InputFormat::text);
  RawCable cable;
  ASSERT_TRUE(reader->next(cable));
  EXPECT_EQ(cable.metadata.ref_id, "07ASTANA2327");
  EXPECT_EQ(cable.locator.path, path);
  EXPECT_EQ(reader->bytesRead(), 11u);
  EXPECT_FALSE(reader->next(cable));
}

TEST(OpenCableReader, MissingFileThrowsInputError) {
  EXPECT_THROW(openCableReader("/nonexistent/x.csv", InputFormat::automatic, nullptr), InputError);
}

TEST(OpenCableReader, TruncatedGzipIsReportedAsIssueAfterTheCablesRead) {
  std::string text;
  for (int i = 1; i <= 3000; ++i) {
    std::string number = std::to_string(i);
    text.append("\"").append(number).append("\",\"1/1/2007 1:00\",\"07ASTANA").append(number);
    text.append("\",\"Embassy Astana\",\"UNCLASSIFIED\",\"\",\"HEADER\",\"BODY ");
    text.append(std::to_string(i * 7919)).append("\"\n");
  }
  std::string compressed = gzip(text);
  ReadResult result =
      readString(compressed.substr(0, compressed.size() / 2), InputFormat::automatic, "cut.csv.gz");
  EXPECT_GT(result.cables.size(), 100u);
  EXPECT_LT(result.cables.size(), 3000u);
  ASSERT_FALSE(result.issues.empty());
  EXPECT_NE(result.issues.back().message.find("truncated"), std::string::npos)
      << result.issues.back().message;
  EXPECT_EQ(result.issues.back().severity, Severity::error);
}

TEST(OpenCableReader, DashReadsStandardInputEvenGzipped) {
  int saved = ::dup(0);
  int fixture = descriptorWith(gzip(
      "\"1\",\"1/1/2007 1:00\",\"07ASTANA1\",\"Embassy Astana\",\"SECRET\",\"\",\"H\",\"B\"\n"));
  ::dup2(fixture, 0);
  ::close(fixture);
  std::unique_ptr<CableReader> reader;
  RawCable cable;
  bool read = false;
  try {
    reader = openCableReader("-", InputFormat::automatic, nullptr);
    read = reader->next(cable);
  } catch (...) {
  }
  ::dup2(saved, 0);
  ::close(saved);
  ASSERT_TRUE(read);
  EXPECT_EQ(reader->format(), InputFormat::csv);
  EXPECT_EQ(cable.locator.path, "-");
  EXPECT_EQ(cable.metadata.ref_id, "07ASTANA1");
}
