// Chained XXH3-64, inlined here like the parser's content hash.
#include "sequence_hash.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "parse/iso_format.h"

namespace cablecat {

void SequenceHash::add(std::string_view piece) {
  value_ = XXH3_64bits_withSeed(piece.data(), piece.size(), value_);
}

std::string SequenceHash::hex() const {
  std::string text;
  appendHex64(text, value_);
  return text;
}

}  // namespace cablecat
