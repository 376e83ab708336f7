// Opens one input: bytes (file, stdin, gzip), format (given or sniffed), reader.
#include "format_detection.h"
#include "reader_support.h"

namespace cablecat {

namespace {

// Tells a stream's ByteInput each time a record comes out, so an endless
// stream of bytes that holds no record is cut (kStreamBytesWithoutRecord).
class RecordCountingReader : public CableReader {
 public:
  RecordCountingReader(std::unique_ptr<CableReader> inner, ByteInput& bytes)
      : inner_(std::move(inner)), bytes_(bytes) {}
  bool next(RawCable& cable) override {
    bool found = inner_->next(cable);
    if (found) bytes_.markRecord();
    return found;
  }
  InputFormat format() const override { return inner_->format(); }
  std::uint64_t bytesRead() const override { return inner_->bytesRead(); }
  std::uint64_t sourceBytesRead() const override { return inner_->sourceBytesRead(); }

 private:
  std::unique_ptr<CableReader> inner_;
  ByteInput& bytes_;  // owned by inner_
};

std::unique_ptr<CableReader> openFormatReader(std::unique_ptr<BufferedInput> input, InputFormat format,
                                              const std::string& path, ReadIssueSink issues) {
  switch (format) {
    case InputFormat::archive:
      return makeArchivePageReader(std::move(input), path, std::move(issues));
    case InputFormat::html:
      return makeHtmlPageReader(std::move(input), path, std::move(issues));
    case InputFormat::csv:
      return makeCsvDumpReader(std::move(input), path, std::move(issues));
    case InputFormat::text:
      return makeTextFileReader(std::move(input), path, std::move(issues));
    case InputFormat::automatic:
      break;
  }
  throw InputError(path, "no reader for this format");
}

}  // namespace

std::unique_ptr<CableReader> openCableReader(std::unique_ptr<ByteInput> bytes, InputFormat format,
                                             ReadIssueSink issues) {
  std::string path = bytes->name();
  ByteInput& rawBytes = *bytes;
  auto input = std::make_unique<BufferedInput>(std::move(bytes));
  if (format == InputFormat::automatic) {
    std::size_t available = input->ensure(kSniffBytes);
    if (!input->input().errorReason().empty()) throw InputError(path, input->input().errorReason());
    std::optional<InputFormat> detected =
        detectFormat(std::string_view(input->cursor(), available));
    // An empty file holds no cable in any format: naming --format would not help.
    if (available == 0) throw InputError(path, "is empty: no cable to read");
    if (!detected) throw InputError(path, "cannot recognize the format; use --format archive|html|csv|text");
    format = *detected;
  }
  std::unique_ptr<CableReader> reader = openFormatReader(std::move(input), format, path, std::move(issues));
  if (!rawBytes.isStream()) return reader;
  return std::make_unique<RecordCountingReader>(std::move(reader), rawBytes);
}

std::unique_ptr<CableReader> openCableReader(const std::string& path, InputFormat format,
                                             ReadIssueSink issues) {
  return openCableReader(ByteInput::open(path), format, std::move(issues));
}

}  // namespace cablecat
