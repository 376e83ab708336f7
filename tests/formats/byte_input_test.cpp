// Byte input layer: descriptors, pipes (as stdin is), gzip, line splitting.
#include <gtest/gtest.h>

#include <fcntl.h>

#include <thread>

#include "reader_test_support.h"

using namespace cablecat;
using namespace cablecat::test;

namespace {

std::string readEverything(ByteInput& input, std::size_t chunk = 7) {
  std::string out;
  std::vector<char> buffer(chunk);
  while (std::size_t count = input.read(buffer.data(), buffer.size()))
    out.append(buffer.data(), count);
  return out;
}

std::string numberedLines(int count) {
  std::string text;
  for (int i = 1; i <= count; ++i) text += "line " + std::to_string(i) + "\n";
  return text;
}

}  // namespace

TEST(ByteInput, ReadsPlainDescriptorInSmallChunks) {
  auto input = bytesOf("plain text\nsecond line\n");
  EXPECT_EQ(readEverything(*input), "plain text\nsecond line\n");
  EXPECT_FALSE(input->compressed());
  EXPECT_EQ(input->bytesRead(), 23u);
  EXPECT_TRUE(input->error().empty());
}

TEST(ByteInput, GunzipsTransparently) {
  std::string text = numberedLines(5000);
  auto input = bytesOf(gzip(text));
  EXPECT_EQ(readEverything(*input, 1000), text);
  EXPECT_TRUE(input->compressed());
  EXPECT_EQ(input->bytesRead(), text.size());
  EXPECT_TRUE(input->error().empty());
}

TEST(ByteInput, GunzipsConcatenatedMembersLikeGunzip) {
  auto input = bytesOf(gzip("first member\n") + gzip("second member\n"));
  EXPECT_EQ(readEverything(*input), "first member\nsecond member\n");
}

TEST(ByteInput, ReadsGzipFromAPipeAsFromStdin) {
  int ends[2];
  ASSERT_EQ(::pipe(ends), 0);
  std::string text = numberedLines(20000);
  std::string compressed = gzip(text);
  std::thread writer([&] {
    std::size_t done = 0;
    while (done < compressed.size()) {
      ssize_t count = ::write(ends[1], compressed.data() + done,
                              std::min<std::size_t>(4096, compressed.size() - done));
      if (count <= 0) break;
      done += static_cast<std::size_t>(count);
    }
    ::close(ends[1]);
  });
  ByteInput input(ends[0], "-", true);
  EXPECT_EQ(readEverything(input, 65536), text);
  writer.join();
}

TEST(ByteInput, TruncatedGzipIsAnErrorNotACrash) {
  std::string compressed = gzip(numberedLines(3000));
  auto input = bytesOf(compressed.substr(0, compressed.size() / 2), "cut.gz");
  std::string text = readEverything(*input, 4096);
  EXPECT_FALSE(text.empty());
  EXPECT_NE(input->error().find("cut.gz"), std::string::npos);
  EXPECT_NE(input->error().find("truncated"), std::string::npos);
}

TEST(ByteInput, CorruptGzipIsAnError) {
  std::string compressed = gzip(numberedLines(3000));
  for (std::size_t i = 20; i < 60; ++i) compressed[i] = static_cast<char>(compressed[i] ^ 0x5A);
  auto input = bytesOf(compressed, "bad.gz");
  readEverything(*input, 4096);
  EXPECT_NE(input->error().find("bad.gz"), std::string::npos);
}

TEST(ByteInput, MissingFileThrowsInputErrorNamingThePath) {
  try {
    ByteInput::open("/nonexistent/cables/07ASTANA2327.txt");
    FAIL() << "expected InputError";
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("/nonexistent/cables/07ASTANA2327.txt"),
              std::string::npos);
    EXPECT_NE(std::string(error.what()).find("cannot open"), std::string::npos);
  }
}

TEST(ByteInput, DirectoryThrowsInputError) {
  TemporaryFolder folder;
  EXPECT_THROW(ByteInput::open(folder.path().string()), InputError);
}

TEST(BufferedInput, SplitsLfAndCrlfLinesWithNumbers) {
  BufferedInput input(bytesOf("one\r\ntwo\n\nfour"), 3);
  std::string_view line;
  std::vector<std::string> lines;
  while (input.readLine(line)) lines.emplace_back(line);
  EXPECT_EQ(lines, (std::vector<std::string>{"one", "two", "", "four"}));
  EXPECT_EQ(input.lineNumber(), 4u);
}

TEST(BufferedInput, LineLongerThanTheChunkComesWhole) {
  std::string longLine(3 << 20, 'x');
  BufferedInput input(bytesOf("short\n" + longLine + "\nafter\n"), 64 * 1024);
  std::string_view line;
  ASSERT_TRUE(input.readLine(line));
  ASSERT_TRUE(input.readLine(line));
  EXPECT_EQ(line.size(), longLine.size());
  ASSERT_TRUE(input.readLine(line));
  EXPECT_EQ(line, "after");
  EXPECT_EQ(input.lineNumber(), 3u);
}

TEST(BufferedInput, LineBeyondTheLimitIsCutAndItsRestSkipped) {
  BufferedInput input(bytesOf("0123456789abcdef\nnext\n"), 4);
  std::string_view line;
  bool cut = false;
  ASSERT_TRUE(input.readLine(line, &cut, 10));
  EXPECT_TRUE(cut);
  EXPECT_EQ(line, "0123456789");
  ASSERT_TRUE(input.readLine(line, &cut, 10));
  EXPECT_FALSE(cut);
  EXPECT_EQ(line, "next");
}

TEST(BufferedInput, FiftyMegabyteLineDoesNotCrash) {
  std::string huge(50u << 20, 'y');
  BufferedInput input(bytesOf(huge + "\nend"));
  std::string_view line;
  bool cut = true;
  ASSERT_TRUE(input.readLine(line, &cut));
  EXPECT_FALSE(cut);
  EXPECT_EQ(line.size(), huge.size());
  ASSERT_TRUE(input.readLine(line, &cut));
  EXPECT_EQ(line, "end");
}

TEST(BufferedInput, ReadToEndHoldsTheWholeInputInTheWindow) {
  std::string text = numberedLines(3000);  // far more than the 16-byte chunks
  BufferedInput input(bytesOf(text), 16);
  ASSERT_TRUE(input.readToEnd(text.size()));
  EXPECT_EQ(std::string_view(input.cursor(), input.available()), text);
}

TEST(BufferedInput, ReadToEndStopsOnceBeyondTheLimit) {
  BufferedInput input(bytesOf(numberedLines(3000)), 16);
  EXPECT_FALSE(input.readToEnd(100));
  EXPECT_GT(input.available(), 100u);
}
