// The per-thread parse budget and the global operator new/delete that feed it.
#include "parse_memory_budget.h"

#include <malloc.h>

#include <cstdlib>

namespace cablecat {

namespace {
thread_local ParseMemoryBudget* armed = nullptr;
}  // namespace

const char* ParseMemoryExceeded::what() const noexcept {
  return "parsing this record needs more than 10 times its size in memory; not loaded";
}

ParseMemoryBudget::ParseMemoryBudget(std::size_t recordBytes)
    : limit_(static_cast<long long>(recordBytes * kTimesRecordSize + kFloorBytes)), previous_(armed) {
  armed = this;
}

ParseMemoryBudget::~ParseMemoryBudget() { armed = previous_; }

void ParseMemoryBudget::check() const {
  if (exceeded_) throw ParseMemoryExceeded();
}

void ParseMemoryBudget::charge(std::size_t bytes) {
  held_ += static_cast<long long>(bytes);
  if (held_ > limit_) {
    exceeded_ = true;
    throw ParseMemoryExceeded();
  }
}

}  // namespace cablecat

// Counted in usable bytes (malloc_usable_size) on both sides, so what a
// parse frees matches what it took. Only armed threads ask for the size.
void* operator new(std::size_t size) {
  void* memory = std::malloc(size == 0 ? 1 : size);
  if (memory == nullptr) throw std::bad_alloc();
  if (cablecat::ParseMemoryBudget* budget = cablecat::armed) {
    try {
      budget->charge(malloc_usable_size(memory));
    } catch (...) {
      budget->refund(malloc_usable_size(memory));
      std::free(memory);
      throw;
    }
  }
  return memory;
}

void operator delete(void* memory) noexcept {
  if (memory == nullptr) return;
  if (cablecat::ParseMemoryBudget* budget = cablecat::armed) budget->refund(malloc_usable_size(memory));
  std::free(memory);
}

void operator delete(void* memory, std::size_t) noexcept { operator delete(memory); }

// Every other plain form goes through the two above, so that memory from any
// of them is freed by the same pair (a sanitizer's own nothrow or array new
// would otherwise meet this free()).
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  try {
    return operator new(size);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t size) { return operator new(size); }
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept { return operator new(size, tag); }
void operator delete(void* memory, const std::nothrow_t&) noexcept { operator delete(memory); }
void operator delete[](void* memory) noexcept { operator delete(memory); }
void operator delete[](void* memory, std::size_t) noexcept { operator delete(memory); }
void operator delete[](void* memory, const std::nothrow_t&) noexcept { operator delete(memory); }
