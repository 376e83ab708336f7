// libFuzzer target: any bytes as an input file of each format, read to the end.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "formats/cable_reader.h"

namespace {

const std::string& scratchPath() {
  static const std::string path = "/tmp/cablecat-reader-fuzz-" + std::to_string(getpid());
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (FILE* file = std::fopen(scratchPath().c_str(), "wb")) {
    std::fwrite(data, 1, size, file);
    std::fclose(file);
  }
  using cablecat::InputFormat;
  for (InputFormat format : {InputFormat::automatic, InputFormat::archive, InputFormat::html,
                             InputFormat::csv, InputFormat::text}) {
    try {
      auto reader = cablecat::openCableReader(scratchPath(), format, [](const auto&) {});
      cablecat::RawCable cable;
      while (reader->next(cable)) {
      }
    } catch (const cablecat::InputError&) {
      // Unrecognizable input is an expected, reported outcome.
    }
  }
  return 0;
}
