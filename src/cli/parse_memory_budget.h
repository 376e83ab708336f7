// Bounds the memory one record's parse may hold: ten times the record's
// size (plus a floor, as every Cable takes some). A record built to make the
// parser allocate without end (hundreds of thousands of REF entries) is
// then reported and skipped instead of taking the machine's memory.
#pragma once

#include <cstddef>
#include <new>

namespace cablecat {

// What operator new throws on an armed thread that would go over budget;
// a bad_alloc, so code that copes with allocation failure copes with it.
class ParseMemoryExceeded : public std::bad_alloc {
 public:
  const char* what() const noexcept override;
};

// Arms the budget for allocations of the calling thread until destroyed
// (one at a time per thread). cablecat replaces the global operator new and
// delete to count them; unarmed threads only pay a thread-local test.
class ParseMemoryBudget {
 public:
  static constexpr std::size_t kTimesRecordSize = 10;
  static constexpr std::size_t kFloorBytes = std::size_t{4} << 20;

  explicit ParseMemoryBudget(std::size_t recordBytes);
  ~ParseMemoryBudget();
  ParseMemoryBudget(const ParseMemoryBudget&) = delete;
  ParseMemoryBudget& operator=(const ParseMemoryBudget&) = delete;

  // Throws ParseMemoryExceeded if the budget was ever exceeded, even when
  // the code in between caught that.
  void check() const;

  // Called by the replaced operator new and delete.
  void charge(std::size_t bytes);
  void refund(std::size_t bytes) noexcept { held_ -= static_cast<long long>(bytes); }

 private:
  long long limit_;
  long long held_ = 0;
  bool exceeded_ = false;
  ParseMemoryBudget* previous_;
};

}  // namespace cablecat
