// Builds the full-text index of a new catalogue on another core: rows go
// through a bounded queue into a separate SQLite file, whose finished index
// is then copied into the catalogue's cables_fts.
#pragma once

#include <SQLiteCpp/Database.h>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>

namespace cablecat {

class FullTextBuilder {
 public:
  // Creates `workPath` (removed again by the destructor) and starts the thread.
  explicit FullTextBuilder(std::string workPath);
  ~FullTextBuilder();
  FullTextBuilder(const FullTextBuilder&) = delete;
  FullTextBuilder& operator=(const FullTextBuilder&) = delete;

  // Indexes a row. Blocks while the queue holds more than its byte budget.
  // Throws the worker's error, if it failed.
  void add(std::int64_t rowid, std::string_view subject, std::string_view summary,
           std::string_view body);
  // Removes a row indexed before; the values must be those it was added with.
  void remove(std::int64_t rowid, std::string_view subject, std::string_view summary,
              std::string_view body);

  // Waits for the worker and replaces `db`'s cables_fts index with the one
  // built (db must not have used cables_fts yet). Call outside a transaction:
  // it attaches the work file.
  void copyInto(SQLite::Database& db);

 private:
  struct Row {
    bool remove = false;
    std::int64_t rowid = 0;
    std::string subject, summary, body;
  };

  void push(bool remove, std::int64_t rowid, std::string_view subject, std::string_view summary,
            std::string_view body);
  void work();
  void stop() noexcept;

  std::string work_path_;
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
