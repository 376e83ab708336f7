// Chunked descriptor reading with transparent gzip decompression (zlib inflate).
#include "byte_input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "cable_reader.h"

namespace cablecat {

namespace {
// Compressed bytes are read in 256 KB steps. Sniffing the gzip magic reads
// only 4 KB, so a plain file is then read straight into the caller's buffer
// instead of through a 256 KB staging copy (that copy, and zeroing the
// buffer, were a third of reading a 70 KB HTML page).
constexpr std::size_t kRawChunk = 1 << 18;
constexpr std::size_t kSniffChunk = 1 << 12;
}

struct ByteInput::Inflater {
  z_stream stream{};
  bool initialized = false;
  ~Inflater() {
    if (initialized) inflateEnd(&stream);
  }
};

ByteInput::ByteInput(int descriptor, std::string name, bool ownsDescriptor)
    : descriptor_(descriptor), name_(std::move(name)), ownsDescriptor_(ownsDescriptor) {
  struct stat status {};
  stream_ = ::fstat(descriptor_, &status) == 0 && !S_ISREG(status.st_mode);
}

ByteInput::~ByteInput() {
  if (ownsDescriptor_ && descriptor_ >= 0) ::close(descriptor_);
}

std::unique_ptr<ByteInput> ByteInput::open(const std::string& path) {
  if (path == "-") return std::make_unique<ByteInput>(0, "-", false);
  int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) throw InputError(path, std::string("cannot open: ") + std::strerror(errno));
  struct stat status {};
  if (::fstat(descriptor, &status) == 0 && S_ISDIR(status.st_mode)) {
    ::close(descriptor);
    throw InputError(path, "is a directory (give it as an input to load it recursively)");
  }
  auto input = std::make_unique<ByteInput>(descriptor, path, true);
  // Sniff now so an unreadable file fails at open time, with its reason.
  input->detectCompression();
  if (!input->errorReason().empty()) throw InputError(path, input->errorReason());
  return input;
}

void ByteInput::fail(const std::string& message) {
  if (error_reason_.empty()) error_reason_ = message;
  finished_ = true;
}

std::size_t ByteInput::readDescriptor(char* destination, std::size_t capacity) {
  for (;;) {
    ssize_t count = ::read(descriptor_, destination, capacity);
    if (count >= 0) {
      if (count == 0) descriptorEnded_ = true;
      sourceBytesRead_ += static_cast<std::uint64_t>(count);
      return static_cast<std::size_t>(count);
    }
    if (errno == EINTR) continue;
    fail(std::string("read error: ") + std::strerror(errno));
    descriptorEnded_ = true;
    return 0;
  }
}

// Appends descriptor bytes to raw_; false when nothing more can come.
bool ByteInput::refillRaw(std::size_t chunk) {
  if (descriptorEnded_) return false;
  if (rawBegin_ == rawEnd_) rawBegin_ = rawEnd_ = 0;
  if (raw_.size() < chunk) raw_.resize(chunk);
  if (rawEnd_ == raw_.size()) {
    std::memmove(raw_.data(), raw_.data() + rawBegin_, rawEnd_ - rawBegin_);
    rawEnd_ -= rawBegin_;
    rawBegin_ = 0;
  }
  std::size_t count = readDescriptor(raw_.data() + rawEnd_, raw_.size() - rawEnd_);
  rawEnd_ += count;
  return count > 0;
}

void ByteInput::detectCompression() {
  if (detected_) return;
  detected_ = true;
  while (rawEnd_ - rawBegin_ < 2 && refillRaw(kSniffChunk)) {
  }
  const auto* bytes = reinterpret_cast<const unsigned char*>(raw_.data() + rawBegin_);
  compressed_ = rawEnd_ - rawBegin_ >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;
  if (!compressed_) return;
  inflater_ = std::make_unique<Inflater>();
  // 15 + 32: gzip or zlib header detected automatically.
  if (inflateInit2(&inflater_->stream, 15 + 32) != Z_OK) {
    fail("cannot initialize gzip decompression");
    return;
  }
  inflater_->initialized = true;
}

std::size_t ByteInput::inflateInto(char* destination, std::size_t capacity) {
  z_stream& stream = inflater_->stream;
  std::size_t produced = 0;
  while (produced == 0 && !finished_) {
    if (rawBegin_ == rawEnd_ && !refillRaw(kRawChunk)) {
      if (!error_reason_.empty()) break;
      fail("unexpected end of compressed data (truncated .gz?)");
      break;
    }
    stream.next_in = reinterpret_cast<Bytef*>(raw_.data() + rawBegin_);
    stream.avail_in = static_cast<uInt>(rawEnd_ - rawBegin_);
    stream.next_out = reinterpret_cast<Bytef*>(destination + produced);
    stream.avail_out = static_cast<uInt>(capacity - produced);
    int status = inflate(&stream, Z_NO_FLUSH);
    rawBegin_ = rawEnd_ - stream.avail_in;
    produced = capacity - stream.avail_out;
    if (status == Z_STREAM_END) {
      // Concatenated gzip members are one stream for gunzip; do the same.
      if (rawBegin_ == rawEnd_ && !refillRaw(kRawChunk)) {
        finished_ = true;
        break;
      }
      inflateReset(&stream);
    } else if (status == Z_BUF_ERROR) {
      continue;  // needs more input; loop refills
    } else if (status != Z_OK) {
      fail(std::string("corrupt gzip data: ") + (stream.msg ? stream.msg : "inflate failed"));
    }
  }
  return produced;
}

std::size_t ByteInput::read(char* destination, std::size_t capacity) {
  if (capacity == 0) return 0;
  if (stream_ && !cut_ && bytesRead_ - recordMark_ >= kStreamBytesWithoutRecord) {
    cut_ = true;
    fail("no cable record in the last " + std::to_string(kStreamBytesWithoutRecord >> 20) +
         " MB of a stream that may never end (a device or a pipe); stopped reading");
  }
  if (cut_) return 0;
  detectCompression();
  std::size_t count = 0;
  if (compressed_) {
    if (!finished_) count = inflateInto(destination, capacity);
  } else if (rawBegin_ < rawEnd_) {
    count = std::min(capacity, rawEnd_ - rawBegin_);
    std::memcpy(destination, raw_.data() + rawBegin_, count);
    rawBegin_ += count;
  } else if (!finished_ && !descriptorEnded_) {
    count = readDescriptor(destination, capacity);
  }
  bytesRead_ += count;
  return count;
}

}  // namespace cablecat
