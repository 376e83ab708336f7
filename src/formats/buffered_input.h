// A sliding window over a ByteInput: lookahead for sniffing and scanning, and lines.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "byte_input.h"

namespace cablecat {

// The most one record (a line, a page, a CSV field) may hold. Beyond it a
// reader reports an issue instead of growing without bound.
inline constexpr std::size_t kMaxRecordBytes = std::size_t{64} << 20;

class BufferedInput {
 public:
  // 128 KB reads keep the window in the L2 cache between the kernel's copy
  // and the reader's scans; 1 MB windows were ~30% slower on the full dump.
  static constexpr std::size_t kDefaultChunkSize = std::size_t{128} << 10;

  explicit BufferedInput(std::unique_ptr<ByteInput> input,
                         std::size_t chunkSize = kDefaultChunkSize);

  // Makes at least `count` bytes available at the cursor unless the input
  // ends first; returns how many are available. May move the window, so
  // pointers from cursor() are invalidated.
  std::size_t ensure(std::size_t count);
  // Reads more bytes at the end of the window; false at the end of input.
  bool fill();
  const char* cursor() const { return buffer_.get() + begin_; }
  std::size_t available() const { return end_ - begin_; }
  void advance(std::size_t count) { begin_ += count; }
  bool atEnd() { return available() == 0 && !fill(); }
  // Reads the rest of the input into the window, so a whole page can be
  // scanned in place; false (window cut) once more than `limit` bytes remain.
  bool readToEnd(std::size_t limit);

  // Reads one line without its terminator (LF or CRLF). The view is valid
  // until the next call. A line longer than `maxLine` is returned cut at
  // maxLine with `*cut = true`, and the rest of it is skipped.
  bool readLine(std::string_view& line, bool* cut = nullptr, std::size_t maxLine = kMaxRecordBytes);
  // 1-based number of the line readLine last returned.
  std::uint64_t lineNumber() const { return lineNumber_; }

  ByteInput& input() { return *input_; }
  const ByteInput& input() const { return *input_; }

 private:
  void skipRestOfLine();
  void reallocate(std::size_t capacity);  // keeps the bytes before end_

  std::unique_ptr<ByteInput> input_;
  // Not a std::vector: zeroing the window for every opened file showed up
  // when reading 1,200 small HTML pages.
  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_;
  std::size_t chunkSize_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::uint64_t lineNumber_ = 0;
  bool skipPending_ = false;
  bool ended_ = false;
};

}  // namespace cablecat
