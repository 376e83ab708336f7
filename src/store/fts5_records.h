// The two bookkeeping records of an FTS5 index (format version 4, as written
// by SQLite 3.20 to 3.44): the "structure" record listing its segments and the
// "averages" record holding row and token totals. Decoding them lets several
// indexes, built apart over disjoint rows, be stacked into one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cablecat::fts5 {

// Rowids of the two records in the %_data table; segment pages start at
// segment id 1, i.e. rowid 1 << kSegmentIdShift.
inline constexpr std::int64_t kAveragesRowid = 1;
inline constexpr std::int64_t kStructureRowid = 10;
inline constexpr int kSegmentIdShift = 37;
// The %_config 'version' of the format described here.
inline constexpr int kFormatVersion = 4;
// The SQLite releases whose fts5_index.c this code was checked against;
// tests/store/fts5_format_test.cpp fails when the linked one writes
// otherwise.
inline constexpr const char* kCheckedSqliteVersions = "3.20 to 3.44";
// FTS5 holds at most this many segments (and allocates ids up to it).
inline constexpr std::uint64_t kMaxSegments = 2000;

// Appends `value` as SQLite's variable-length integer (sqlite3PutVarint):
// big-endian 7-bit groups, a ninth byte holding 8 bits. FTS5 writes its
// records and its docsize rows this way.
void appendVarint(std::string& out, std::uint64_t value);

struct Segment {
  std::uint64_t id = 0, first_page = 0, last_page = 0;
};

struct Level {
  std::uint64_t merging = 0;  // leading segments being merged into the next level
  std::vector<Segment> segments;
};

struct Structure {
  std::uint32_t cookie = 0;  // the configuration cookie
  std::uint64_t write_counter = 0;
  std::vector<Level> levels;

  std::uint64_t maxSegmentId() const;
  std::size_t segmentCount() const;
};

// nullopt when the bytes are not a version-4 structure record exactly (a
// newer layout, a truncated or corrupt record).
std::optional<Structure> decodeStructure(std::string_view record);
std::string encodeStructure(const Structure& structure);

// Row count, then one token total per column. An empty record (a new index)
// decodes as all zeros.
std::optional<std::vector<std::uint64_t>> decodeAverages(std::string_view record, int columns);
std::string encodeAverages(const std::vector<std::uint64_t>& totals);

// One structure holding `lower`'s levels, then `upper`'s with its segment ids
// raised by `segmentIdOffset`. Valid for indexes over disjoint rows: each keeps
// its own levels (and any merge in progress), and FTS5 reads all levels alike.
Structure stackStructures(const Structure& lower, const Structure& upper,
                          std::uint64_t segmentIdOffset);

// `structure` with `count` empty levels below its own. FTS5 adds each new
// segment to level 0 and merges all of level 0 at once when it holds 16
// (crisismerge): segments moved up are left out of those merges.
Structure withEmptyLevelsBelow(Structure structure, std::size_t count);

}  // namespace cablecat::fts5
