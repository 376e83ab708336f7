// Notices commits made by other connections, so a writer that remembers
// what it stored can forget it when another load wrote in between.
#pragma once

#include <SQLiteCpp/Database.h>

namespace cablecat {

class ForeignCommits {
 public:
  explicit ForeignCommits(SQLite::Database& db) : last_(dataVersion(db)) {}

  // True when another connection committed since construction or the last
  // call. Ask inside a transaction, where nobody else can commit.
  bool happenedSince(SQLite::Database& db) {
    long long now = dataVersion(db);
    bool changed = now != last_;
    last_ = now;
    return changed;
  }

 private:
  // PRAGMA data_version changes with every commit of another connection,
  // never with this connection's own.
  static long long dataVersion(SQLite::Database& db) {
    return db.execAndGet("PRAGMA data_version").getInt64();
  }
  long long last_;
};

}  // namespace cablecat
