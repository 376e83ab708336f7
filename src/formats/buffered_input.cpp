// Window management and line splitting (memchr) over a ByteInput.
#include "buffered_input.h"

#include <algorithm>
#include <cstring>

namespace cablecat {

BufferedInput::BufferedInput(std::unique_ptr<ByteInput> input, std::size_t chunkSize)
    : input_(std::move(input)),
      buffer_(new char[chunkSize]),
      capacity_(chunkSize),
      chunkSize_(chunkSize) {}

void BufferedInput::reallocate(std::size_t capacity) {
  std::unique_ptr<char[]> larger(new char[capacity]);
  std::memcpy(larger.get(), buffer_.get(), end_);
  buffer_ = std::move(larger);
  capacity_ = capacity;
}

bool BufferedInput::fill() {
  if (ended_) return false;
  if (begin_ == end_) begin_ = end_ = 0;
  if (end_ == capacity_) {
    if (begin_ > 0) {
      std::memmove(buffer_.get(), buffer_.get() + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    } else {
      reallocate(capacity_ * 2);
    }
  }
  // Keep reads chunk-sized even when the window grew for a long line.
  std::size_t room = std::min(capacity_ - end_, std::max(chunkSize_, capacity_ / 2));
  std::size_t count = input_->read(buffer_.get() + end_, room);
  if (count == 0) {
    ended_ = true;
    return false;
  }
  end_ += count;
  return true;
}

bool BufferedInput::readToEnd(std::size_t limit) {
  while (available() <= limit)
    if (!fill()) return true;
  return false;
}

std::size_t BufferedInput::ensure(std::size_t count) {
  while (available() < count) {
    if (begin_ > 0 && capacity_ - begin_ < count) {
      std::memmove(buffer_.get(), buffer_.get() + begin_, end_ - begin_);
      end_ -= begin_;
      begin_ = 0;
    }
    if (capacity_ < count) reallocate(count);
    if (!fill()) break;
  }
  return available();
}

void BufferedInput::skipRestOfLine() {
  for (;;) {
    if (available() == 0 && !fill()) return;
    const char* newline = static_cast<const char*>(std::memchr(cursor(), '\n', available()));
    if (newline) {
      advance(static_cast<std::size_t>(newline - cursor()) + 1);
      return;
    }
    advance(available());
  }
}

bool BufferedInput::readLine(std::string_view& line, bool* cut, std::size_t maxLine) {
  if (cut) *cut = false;
  if (skipPending_) {
    skipPending_ = false;
    skipRestOfLine();
  }
  std::size_t scanned = 0;
  for (;;) {
    const char* start = cursor();
    const char* newline =
        static_cast<const char*>(std::memchr(start + scanned, '\n', available() - scanned));
    if (newline || (available() >= maxLine)) {
      std::size_t length = newline ? static_cast<std::size_t>(newline - start) : maxLine;
      if (length > maxLine) length = maxLine;
      bool isCut = !newline || static_cast<std::size_t>(newline - start) > maxLine;
      std::size_t consumed = isCut ? length : length + 1;
      line = std::string_view(start, length);
      if (!isCut && !line.empty() && line.back() == '\r') line.remove_suffix(1);
      advance(consumed);
      if (isCut) {
        skipPending_ = true;
        if (cut) *cut = true;
      }
      ++lineNumber_;
      return true;
    }
    scanned = available();
    if (!fill()) {
      if (available() == 0) return false;
      line = std::string_view(cursor(), available());
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      advance(available());
      ++lineNumber_;
      return true;
    }
  }
}

}  // namespace cablecat
