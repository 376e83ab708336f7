// FTS5 structure and averages records (see fts5_index.c, fts5StructureDecode).
#include "fts5_records.h"

namespace cablecat::fts5 {

namespace {

// SQLite's varint: big-endian 7-bit groups, the ninth byte holds 8 bits.
std::optional<std::uint64_t> readVarint(std::string_view bytes, std::size_t& at) {
  std::uint64_t value = 0;
  for (int index = 0; index < 9; ++index) {
    if (at >= bytes.size()) return std::nullopt;
    auto byte = static_cast<unsigned char>(bytes[at++]);
    if (index == 8) return (value << 8) | byte;
    value = (value << 7) | (byte & 0x7f);
    if (!(byte & 0x80)) return value;
  }
  return value;
}

}  // namespace

void appendVarint(std::string& out, std::uint64_t value) {
  unsigned char groups[10];
  int count = 0;
  if (value & (0xffull << 56)) {
    // Nine bytes: the last carries the low 8 bits whole.
    groups[8] = static_cast<unsigned char>(value & 0xff);
    value >>= 8;
    for (int index = 7; index >= 0; --index) {
      groups[index] = static_cast<unsigned char>((value & 0x7f) | 0x80);
      value >>= 7;
    }
    out.append(reinterpret_cast<const char*>(groups), 9);
    return;
  }
  do {
    groups[count++] = static_cast<unsigned char>(value & 0x7f);
    value >>= 7;
  } while (value);
  for (int index = count - 1; index >= 0; --index)
    out.push_back(static_cast<char>(groups[index] | (index > 0 ? 0x80 : 0)));
}

std::uint64_t Structure::maxSegmentId() const {
  std::uint64_t highest = 0;
  for (const Level& level : levels)
    for (const Segment& segment : level.segments)
      if (segment.id > highest) highest = segment.id;
  return highest;
}

std::size_t Structure::segmentCount() const {
  std::size_t count = 0;
  for (const Level& level : levels) count += level.segments.size();
  return count;
}

std::optional<Structure> decodeStructure(std::string_view record) {
  if (record.size() < 4) return std::nullopt;
  Structure structure;
  for (int index = 0; index < 4; ++index)
    structure.cookie = (structure.cookie << 8) | static_cast<unsigned char>(record[index]);
  std::size_t at = 4;
  auto levelCount = readVarint(record, at);
  auto segmentCount = readVarint(record, at);
  auto writeCounter = readVarint(record, at);
  if (!levelCount || !segmentCount || !writeCounter) return std::nullopt;
  if (*levelCount > kMaxSegments || *segmentCount > kMaxSegments) return std::nullopt;
  structure.write_counter = *writeCounter;
  std::uint64_t segmentsSeen = 0;
  for (std::uint64_t levelIndex = 0; levelIndex < *levelCount; ++levelIndex) {
    Level level;
    auto merging = readVarint(record, at);
    auto segmentsInLevel = readVarint(record, at);
    if (!merging || !segmentsInLevel || *merging > *segmentsInLevel) return std::nullopt;
    if (*segmentsInLevel > kMaxSegments) return std::nullopt;
    level.merging = *merging;
    for (std::uint64_t index = 0; index < *segmentsInLevel; ++index) {
      auto id = readVarint(record, at);
      auto first = readVarint(record, at);
      auto last = readVarint(record, at);
      if (!id || !first || !last || *last < *first || *id == 0) return std::nullopt;
      level.segments.push_back({*id, *first, *last});
    }
    segmentsSeen += *segmentsInLevel;
    structure.levels.push_back(std::move(level));
  }
  // Trailing bytes mean a layout this code does not know (newer SQLite).
  if (segmentsSeen != *segmentCount || at != record.size()) return std::nullopt;
  if (!structure.levels.empty() && structure.levels.back().merging != 0) return std::nullopt;
  return structure;
}

std::string encodeStructure(const Structure& structure) {
  std::string out;
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<char>((structure.cookie >> shift) & 0xff));
  appendVarint(out, structure.levels.size());
  appendVarint(out, structure.segmentCount());
  appendVarint(out, structure.write_counter);
  for (const Level& level : structure.levels) {
    appendVarint(out, level.merging);
    appendVarint(out, level.segments.size());
    for (const Segment& segment : level.segments) {
      appendVarint(out, segment.id);
      appendVarint(out, segment.first_page);
      appendVarint(out, segment.last_page);
    }
  }
  return out;
}

std::optional<std::vector<std::uint64_t>> decodeAverages(std::string_view record, int columns) {
  std::vector<std::uint64_t> totals(static_cast<std::size_t>(columns) + 1, 0);
  if (record.empty()) return totals;
  std::size_t at = 0;
  for (std::uint64_t& total : totals) {
    auto value = readVarint(record, at);
    if (!value) return std::nullopt;
    total = *value;
  }
  if (at != record.size()) return std::nullopt;
  return totals;
}

std::string encodeAverages(const std::vector<std::uint64_t>& totals) {
  std::string out;
  for (std::uint64_t total : totals) appendVarint(out, total);
  return out;
}

Structure withEmptyLevelsBelow(Structure structure, std::size_t count) {
  structure.levels.insert(structure.levels.begin(), count, Level{});
  return structure;
}

Structure stackStructures(const Structure& lower, const Structure& upper,
                          std::uint64_t segmentIdOffset) {
  Structure stacked = lower;
  stacked.write_counter += upper.write_counter;
  for (Level level : upper.levels) {
    for (Segment& segment : level.segments) segment.id += segmentIdOffset;
    stacked.levels.push_back(std::move(level));
  }
  return stacked;
}

}  // namespace cablecat::fts5
