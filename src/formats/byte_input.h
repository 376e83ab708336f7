// Raw bytes of one input (a file, stdin or any descriptor), gunzipped on the fly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace cablecat {

// Reads a descriptor in chunks. A gzip stream (magic 1f 8b, several members
// allowed) is decompressed transparently, so `.gz` files and gzipped stdin
// both work. Read failures do not throw: read() returns 0 and error() says why,
// so a reader can report the problem and keep what it already delivered.
class ByteInput {
 public:
  // A stream (pipe, FIFO, device, socket: anything but a regular file) may
  // never end, as /dev/zero does: once this many bytes came without a
  // record, reading stops with an error. Twice the largest record.
  static constexpr std::uint64_t kStreamBytesWithoutRecord = std::uint64_t{128} << 20;

  // `name` is used in messages; `ownsDescriptor` closes it on destruction.
  ByteInput(int descriptor, std::string name, bool ownsDescriptor);
  ~ByteInput();
  ByteInput(const ByteInput&) = delete;
  ByteInput& operator=(const ByteInput&) = delete;

  // Opens a path, "-" meaning stdin. Throws InputError when it cannot be read.
  static std::unique_ptr<ByteInput> open(const std::string& path);

  // Copies up to `capacity` uncompressed bytes; 0 at the end or after an error.
  std::size_t read(char* destination, std::size_t capacity);

  const std::string& name() const { return name_; }
  // Why reading failed, empty when it did not: "truncated gzip data".
  const std::string& errorReason() const { return error_reason_; }
  // The same with the input's name first: "cut.gz: truncated gzip data".
  std::string error() const { return error_reason_.empty() ? "" : name_ + ": " + error_reason_; }
  bool compressed() const { return compressed_; }
  std::uint64_t bytesRead() const { return bytesRead_; }
  // Bytes taken from the descriptor: for a .gz, compressed bytes, so the
  // share of the file's size read so far (a load's progress).
  std::uint64_t sourceBytesRead() const { return sourceBytesRead_; }
  // Not a regular file: it may never end (see kStreamBytesWithoutRecord).
  bool isStream() const { return stream_; }
  // A reader delivered a record: the stream made progress.
  void markRecord() { recordMark_ = bytesRead_; }

 private:
  struct Inflater;

  void detectCompression();
  std::size_t readDescriptor(char* destination, std::size_t capacity);
  bool refillRaw(std::size_t chunk);
  std::size_t inflateInto(char* destination, std::size_t capacity);
  void fail(const std::string& message);

  int descriptor_;
  std::string name_;
  bool ownsDescriptor_;
  std::string error_reason_;
  bool detected_ = false;
  bool compressed_ = false;
  bool descriptorEnded_ = false;
  bool finished_ = false;
  std::vector<char> raw_;  // bytes read from the descriptor, not yet consumed
  std::size_t rawBegin_ = 0;
  std::size_t rawEnd_ = 0;
  std::unique_ptr<Inflater> inflater_;
  std::uint64_t bytesRead_ = 0;
  std::uint64_t sourceBytesRead_ = 0;
  bool stream_ = false;
  bool cut_ = false;  // a stream gave too many bytes without a record
  std::uint64_t recordMark_ = 0;
};

}  // namespace cablecat
