// A thread indexing its share of the rows into its own FTS5 table.
#include "full_text_shard.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <filesystem>
#include <stdexcept>

#include "full_text_table.h"
#include "reused_statements.h"

namespace cablecat {

FullTextShard::FullTextShard(std::string workPath, std::size_t queueBytes, std::size_t hashBytes)
    : work_path_(std::move(workPath)), queue_budget_(queueBytes), hash_bytes_(hashBytes) {
  std::error_code error;
  std::filesystem::remove(work_path_, error);
  worker_ = std::thread([this] { work(); });
}

FullTextShard::~FullTextShard() {
  stop();
  std::error_code error;
  std::filesystem::remove(work_path_, error);
}

void FullTextShard::push(bool remove, std::int64_t rowid, std::string_view subject,
                         std::string_view summary, std::string_view body) {
  Row row{remove, rowid, std::string(subject), std::string(summary), std::string(body)};
  std::size_t bytes = subject.size() + summary.size() + body.size() + 64;
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return queued_bytes_ < queue_budget_ || failure_ || finished_; });
  if (failure_) std::rethrow_exception(failure_);
  if (closing_) throw std::logic_error("full-text shard " + work_path_ + ": row pushed after finish");
  queue_.push_back(std::move(row));
  queued_bytes_ += bytes;
  changed_.notify_all();
}

void FullTextShard::work() {
  try {
    SQLite::Database db(work_path_, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA page_size = 65536; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
            "PRAGMA cache_size = -16384");
    // The catalogue's own definition, so the shadow tables are
    // interchangeable; with external content, inserts never read the
    // (absent) cables table.
    db.exec(fullTextTableDefinition());
    db.exec("INSERT INTO cables_fts (cables_fts, rank) VALUES ('hashsize', " +
            std::to_string(hash_bytes_) + ")");
    SQLite::Statement insert(db, "INSERT INTO cables_fts (rowid, subject, summary, body) "
                                 "VALUES (?1, ?2, ?3, ?4)");
    SQLite::Statement remove(db, "INSERT INTO cables_fts (cables_fts, rowid, subject, summary, "
                                 "body) VALUES ('delete', ?1, ?2, ?3, ?4)");
    SQLite::Transaction transaction(db);
    std::deque<Row> batch;
    for (;;) {
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return !queue_.empty() || closing_; });
        if (queue_.empty()) break;
        batch.swap(queue_);
        queued_bytes_ = 0;
        changed_.notify_all();
      }
      for (const Row& row : batch) {
        SQLite::Statement& statement = row.remove ? remove : insert;
        statement.bind(1, row.rowid);
        bindText(statement, 2, row.subject);
        bindText(statement, 3, row.summary);
        bindText(statement, 4, row.body);
        run(statement);
      }
      batch.clear();
    }
    transaction.commit();
  } catch (...) {
    std::lock_guard lock(mutex_);
    failure_ = std::current_exception();
  }
  std::lock_guard lock(mutex_);
  finished_ = true;
  changed_.notify_all();
}

void FullTextShard::finish() {
  stop();
  if (failure_) std::rethrow_exception(failure_);
}

void FullTextShard::stop() noexcept {
  {
    std::lock_guard lock(mutex_);
    closing_ = true;
    changed_.notify_all();
  }
  if (worker_.joinable()) worker_.join();
}

}  // namespace cablecat
