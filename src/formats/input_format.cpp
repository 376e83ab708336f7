// Names of the input formats, as --format and sources.format spell them.
#include "cable_reader.h"

namespace cablecat {

std::optional<InputFormat> inputFormatFromName(std::string_view name) {
  if (name == "auto") return InputFormat::automatic;
  if (name == "archive") return InputFormat::archive;
  if (name == "html") return InputFormat::html;
  if (name == "csv") return InputFormat::csv;
  if (name == "text") return InputFormat::text;
  return std::nullopt;
}

const char* inputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::automatic: return "auto";
    case InputFormat::archive: return "archive";
    case InputFormat::html: return "html";
    case InputFormat::csv: return "csv";
    case InputFormat::text: return "text";
  }
  return "auto";
}

}  // namespace cablecat
