// libFuzzer target: any bytes as a whole cable text, and as header + body.
#include <cstddef>
#include <cstdint>
#include <string>

#include "parse/cable_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  cablecat::RawCable whole;
  whole.format = "text";
  whole.body = text;
  whole.metadata.created = "2007-08-27 10:01";
  cablecat::parseCable(whole);

  cablecat::RawCable split;
  split.format = "html";
  std::size_t half = size / 2;
  split.header = text.substr(0, half);
  split.body = text.substr(half);
  split.metadata.ref_id = text.substr(0, std::min<std::size_t>(size, 16));
  split.metadata.created = text.substr(0, std::min<std::size_t>(size, 20));
  cablecat::parseCable(split);
  return 0;
}
