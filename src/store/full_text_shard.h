// One thread indexing rows into an FTS5 table of its own SQLite file, fed
// through a bounded queue. FullTextBuilder runs several and stacks them.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace cablecat {

class FullTextShard {
 public:
  // Creates `workPath` (removed again by the destructor) and starts the
  // thread. `hashBytes` is FTS5's in-memory term hash before it writes a
  // segment: bigger means fewer, larger segments.
  FullTextShard(std::string workPath, std::size_t queueBytes, std::size_t hashBytes);
  ~FullTextShard();
  FullTextShard(const FullTextShard&) = delete;
  FullTextShard& operator=(const FullTextShard&) = delete;

  // Queues a row to index (remove: to forget, with the values it was added
  // with). Blocks while the queue is full; throws the worker's error.
  void push(bool remove, std::int64_t rowid, std::string_view subject, std::string_view summary,
            std::string_view body);

  // Lets the worker finish the queue and commit; rethrows its error.
  void finish();
  // Same without throwing (for destructors and abandoned loads).
  void stop() noexcept;

  const std::string& workPath() const { return work_path_; }

 private:
  struct Row {
    bool remove = false;
    std::int64_t rowid = 0;
    std::string subject, summary, body;
  };

  void work();

  std::string work_path_;
  std::size_t queue_budget_;
  std::size_t hash_bytes_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Row> queue_;
  std::size_t queued_bytes_ = 0;
  bool closing_ = false;
  bool finished_ = false;
  std::exception_ptr failure_;
  std::thread worker_;
};

}  // namespace cablecat
