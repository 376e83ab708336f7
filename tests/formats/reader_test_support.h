// Test helpers: byte inputs from strings (temporary files, pipes), gzip, read-all.
#pragma once

#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "formats/buffered_input.h"
#include "formats/byte_input.h"
#include "formats/cable_reader.h"
#include "formats/reader_support.h"
#include "support/temporary_folder.h"

namespace cablecat::test {

// A descriptor holding `content`, positioned at its start (an unnamed temporary file).
inline int descriptorWith(const std::string& content) {
  std::FILE* file = std::tmpfile();
  if (!file) throw std::runtime_error("tmpfile failed");
  std::fwrite(content.data(), 1, content.size(), file);
  std::fflush(file);
  int descriptor = ::dup(fileno(file));
  std::fclose(file);
  ::lseek(descriptor, 0, SEEK_SET);
  return descriptor;
}

inline std::unique_ptr<ByteInput> bytesOf(const std::string& content,
                                          const std::string& name = "fixture") {
  return std::make_unique<ByteInput>(descriptorWith(content), name, true);
}

inline std::string gzip(const std::string& text, int level = 6) {
  z_stream stream{};
  deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, static_cast<uLong>(text.size())) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

struct ReadResult {
  std::vector<RawCable> cables;
  std::vector<ReadIssue> issues;
  std::string format;
};

inline ReadResult readAllFrom(std::unique_ptr<CableReader> reader, ReadResult result) {
  result.format = inputFormatName(reader->format());
  RawCable cable;  // reused, as the load loop does
  while (reader->next(cable)) result.cables.push_back(cable);
  return result;
}

// Reads `content` as the file `name` (which matters for text files' IDs).
inline ReadResult readString(const std::string& content,
                             InputFormat format = InputFormat::automatic,
                             const std::string& name = "fixture") {
  auto result = std::make_shared<ReadResult>();
  auto reader = openCableReader(bytesOf(content, name), format, [result](const ReadIssue& issue) {
    result->issues.push_back(issue);
  });
  ReadResult out = readAllFrom(std::move(reader), {});
  out.issues = result->issues;
  return out;
}

}  // namespace cablecat::test
