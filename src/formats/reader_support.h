// Small helpers the readers share: trimming, whole reads, issue reporting.
// (The shape of a cable ID is parse/reference_id.h's looksLikePublishedId.)
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "buffered_input.h"
#include "cable_reader.h"

namespace cablecat {

std::string_view trimSpaces(std::string_view text);

// Removes the UTF-8 byte order mark some editors put at the start of a file.
void skipByteOrderMark(BufferedInput& input);

// Reads the whole remaining input into `out` (CRLF kept). False when it is
// larger than `limit`; `out` then holds the first `limit` bytes.
bool readAll(BufferedInput& input, std::string& out, std::size_t limit = kMaxRecordBytes);

void reportIssue(const ReadIssueSink& issues, const Locator& locator, Severity severity,
                 std::string message, std::string refId = {});

// Reports a read failure (I/O error, corrupt gzip) once, at the end of input.
void reportInputError(const ReadIssueSink& issues, BufferedInput& input, const std::string& path);

// What every reader holds (its buffered input past any byte order mark, the
// path its issues name and where they go) and the byte counts every reader
// reports alike.
class InputCableReader : public CableReader {
 public:
  InputCableReader(std::unique_ptr<BufferedInput> input, std::string path, ReadIssueSink issues)
      : input_(std::move(input)), path_(std::move(path)), issues_(std::move(issues)) {
    skipByteOrderMark(*input_);
  }

  std::uint64_t bytesRead() const override { return input_->input().bytesRead(); }
  std::uint64_t sourceBytesRead() const override { return input_->input().sourceBytesRead(); }

 protected:
  std::unique_ptr<BufferedInput> input_;
  std::string path_;
  ReadIssueSink issues_;
};

// openCableReader over any byte input (a pipe, stdin, a test's temporary file).
std::unique_ptr<CableReader> openCableReader(std::unique_ptr<ByteInput> bytes, InputFormat format,
                                             ReadIssueSink issues);

std::unique_ptr<CableReader> makeArchivePageReader(std::unique_ptr<BufferedInput> input,
                                                   std::string path, ReadIssueSink issues);
std::unique_ptr<CableReader> makeHtmlPageReader(std::unique_ptr<BufferedInput> input,
                                                std::string path, ReadIssueSink issues);
std::unique_ptr<CableReader> makeCsvDumpReader(std::unique_ptr<BufferedInput> input,
                                               std::string path, ReadIssueSink issues);
std::unique_ptr<CableReader> makeTextFileReader(std::unique_ptr<BufferedInput> input,
                                                std::string path, ReadIssueSink issues);

}  // namespace cablecat
