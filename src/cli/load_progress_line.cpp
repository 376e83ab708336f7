// The wording of the load's progress line (see load_progress_line.h).
#include "load_progress_line.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cablecat {

namespace {

// Rates and times left jump about in the first second; not worth showing.
constexpr double kSteadyAfterSeconds = 1.0;

// "creating indexes", "full-text index: stacking shards", ...
const char* finishPhaseName(FinishPhase phase) {
  switch (phase) {
    case FinishPhase::last_batch: return "committing the last cables";
    case FinishPhase::indexes: return "creating indexes";
    case FinishPhase::full_text_shards: return "full-text index: finishing shards";
    case FinishPhase::full_text_stacking: return "full-text index: stacking shards";
    case FinishPhase::full_text_rebuild: return "full-text index: indexing every cable";
    case FinishPhase::statistics: return "updating the query planner's statistics";
    case FinishPhase::publishing: return "publishing the catalogue";
  }
  return "finishing";
}

// 1734200000 -> "1.7 GB"; "412.3 MB"; "900 B".
std::string byteSize(std::uint64_t bytes) {
  static const char* const kUnits[] = {"kB", "MB", "GB", "TB"};
  if (bytes < 1000) return std::to_string(bytes) + " B";
  double value = static_cast<double>(bytes);
  std::size_t unit = 0;
  for (value /= 1000; value >= 1000 && unit + 1 < std::size(kUnits); value /= 1000) ++unit;
  char text[32];
  std::snprintf(text, sizeof text, "%.1f %s", value, kUnits[unit]);
  return text;
}

// 45 -> "0:45"; 3723 -> "1:02:03".
std::string clockTime(double seconds) {
  auto total = static_cast<std::uint64_t>(std::llround(std::max(0.0, seconds)));
  char text[32];
  if (total >= 3600)
    std::snprintf(text, sizeof text, "%llu:%02llu:%02llu", static_cast<unsigned long long>(total / 3600),
                  static_cast<unsigned long long>(total / 60 % 60), static_cast<unsigned long long>(total % 60));
  else
    std::snprintf(text, sizeof text, "%llu:%02llu", static_cast<unsigned long long>(total / 60),
                  static_cast<unsigned long long>(total % 60));
  return text;
}

std::string percentRead(const LoadProgress& progress) {
  std::uint64_t total = *progress.total_bytes;
  std::uint64_t read = std::min(progress.bytes_read, total);
  std::uint64_t percent = total == 0 ? 100 : read * 100 / total;
  return std::to_string(percent) + "%  " + byteSize(read) + " of " + byteSize(total);
}

std::string timeLeft(const LoadProgress& progress) {
  if (!progress.total_bytes || progress.bytes_read == 0 ||
      progress.reading_seconds < kSteadyAfterSeconds)
    return "";
  double rate = static_cast<double>(progress.bytes_read) / progress.reading_seconds;
  double left = static_cast<double>(*progress.total_bytes - std::min(progress.bytes_read, *progress.total_bytes));
  return "  " + clockTime(left / rate) + " left";
}

std::string cablesAndRate(const LoadProgress& progress) {
  std::string text = groupedNumber(progress.cables) + (progress.cables == 1 ? " cable" : " cables");
  if (progress.reading_seconds >= kSteadyAfterSeconds) {
    auto rate = static_cast<std::uint64_t>(static_cast<double>(progress.cables) / progress.reading_seconds);
    text += "  " + groupedNumber(rate) + "/s";
  }
  return text;
}

std::string readingLine(const LoadProgress& progress) {
  std::string line = progress.total_bytes ? percentRead(progress) : byteSize(progress.bytes_read) + " read";
  if (progress.total_files > 1)
    line += "  file " + groupedNumber(std::max<std::uint64_t>(progress.files_started, 1)) + " of " +
            groupedNumber(progress.total_files);
  return line + "  " + cablesAndRate(progress) + timeLeft(progress);
}

// Reading is over: 100% of the bytes, and the step the writer is taking.
std::string finishingLine(const LoadProgress& progress) {
  std::string read = progress.total_bytes ? "100%  " + byteSize(*progress.total_bytes)
                                          : byteSize(progress.bytes_read);
  return read + "  " + groupedNumber(progress.cables) + (progress.cables == 1 ? " cable" : " cables") + " in " +
         clockTime(progress.reading_seconds) + "  " + finishPhaseName(*progress.phase) + " " +
         clockTime(progress.phase_seconds);
}

}  // namespace

std::string progressLine(const LoadProgress& progress) {
  return progress.phase ? finishingLine(progress) : readingLine(progress);
}

std::string groupedNumber(std::uint64_t number) {
  std::string digits = std::to_string(number), grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

}  // namespace cablecat
