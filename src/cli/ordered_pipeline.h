// A bounded three-stage pipeline: one producer, N workers, one consumer that
// receives chunks in production order. Bounded: at most `capacity` chunks are
// in flight, so memory does not grow with the input.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>

namespace cablecat {

template <typename Chunk>
class OrderedPipeline {
 public:
  explicit OrderedPipeline(std::size_t capacity) : capacity_(capacity) {}

  // Producer: blocks while `capacity` chunks are in flight. False if cancelled.
  bool produce(Chunk chunk) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return cancelled_ || inFlight_ < capacity_; });
    if (cancelled_) return false;
    ++inFlight_;
    pending_.push_back(std::move(chunk));
    changed_.notify_all();
    return true;
  }

  // Producer: no more chunks.
  void finishProducing() {
    std::lock_guard lock(mutex_);
    producing_ = false;
    changed_.notify_all();
  }

  // Worker: the next chunk to process, or nothing when all work is taken.
  std::optional<Chunk> takeWork() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return cancelled_ || !pending_.empty() || !producing_; });
    if (cancelled_ || pending_.empty()) return std::nullopt;
    Chunk chunk = std::move(pending_.front());
    pending_.pop_front();
    return chunk;
  }

  // Worker: hands a processed chunk to the consumer.
  void finishWork(std::uint64_t sequence, Chunk chunk) {
    std::lock_guard lock(mutex_);
    done_.emplace(sequence, std::move(chunk));
    changed_.notify_all();
  }

  // Worker: one worker fewer (call when takeWork returned nothing).
  void workerStopped() {
    std::lock_guard lock(mutex_);
    ++stoppedWorkers_;
    changed_.notify_all();
  }

  // Consumer: the next chunk in order, or nothing at the end or once
  // cancelled. Rethrows the error a stage failed with (see fail).
  std::optional<Chunk> consume(std::size_t workers) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] {
      return cancelled_ || done_.count(nextSequence_) > 0 ||
             (!producing_ && pending_.empty() && stoppedWorkers_ == workers && done_.empty());
    });
    if (failure_) std::rethrow_exception(failure_);
    auto found = done_.find(nextSequence_);
    if (cancelled_ || found == done_.end()) return std::nullopt;
    Chunk chunk = std::move(found->second);
    done_.erase(found);
    ++nextSequence_;
    --inFlight_;
    changed_.notify_all();
    return chunk;
  }

  // Anyone: stop everything (a --bail, or an error in the consumer).
  void cancel() { stop(nullptr); }

  // Producer or worker: stops everything like cancel(), and the consumer's
  // consume() rethrows `error` (the first, when several stages fail). A
  // thread must not let an exception escape: that would end the process.
  void fail(std::exception_ptr error) { stop(std::move(error)); }

 private:
  void stop(std::exception_ptr error) {
    std::lock_guard lock(mutex_);
    if (!failure_) failure_ = std::move(error);
    cancelled_ = true;
    changed_.notify_all();
  }

  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Chunk> pending_;
  std::map<std::uint64_t, Chunk> done_;
  std::size_t inFlight_ = 0;
  std::size_t stoppedWorkers_ = 0;
  std::uint64_t nextSequence_ = 0;
  bool producing_ = true;
  bool cancelled_ = false;
  std::exception_ptr failure_;
};

}  // namespace cablecat
