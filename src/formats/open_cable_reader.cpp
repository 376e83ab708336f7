// Opens one input: bytes (file, stdin, gzip), format (given or sniffed), reader.
#include "format_detection.h"
#include "reader_support.h"

namespace cablecat {

std::unique_ptr<CableReader> openCableReader(std::unique_ptr<ByteInput> bytes, InputFormat format,
                                             ReadIssueSink issues) {
  std::string path = bytes->name();
  auto input = std::make_unique<BufferedInput>(std::move(bytes));
  if (format == InputFormat::automatic) {
    std::size_t available = input->ensure(kSniffBytes);
    if (!input->input().error().empty()) throw InputError(input->input().error());
    std::optional<InputFormat> detected =
        detectFormat(std::string_view(input->cursor(), available));
    if (!detected)
      throw InputError(path + (available == 0 ? ": is empty" : ": cannot recognize the format") +
                       "; use --format archive|html|csv|text");
    format = *detected;
  }
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
  throw InputError(path + ": no reader for this format");
}

std::unique_ptr<CableReader> openCableReader(const std::string& path, InputFormat format,
                                             ReadIssueSink issues) {
  return openCableReader(ByteInput::open(path), format, std::move(issues));
}

}  // namespace cablecat
