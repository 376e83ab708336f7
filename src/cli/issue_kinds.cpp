// Kinds of a load's issues, by the load-issues report (see issue_kinds.h).
#include "issue_kinds.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "query/report_catalog.h"
#include "store/catalogue_errors.h"

namespace cablecat {

std::vector<IssueKind> issueKinds(const std::string& catalogue, const std::string& condition) {
  std::optional<Report> report = findReport("load-issues");
  if (!report) return {};
  // Read-write, though it only reads: the last connection to close removes
  // the -wal and -shm files, where a read-only one would leave them behind.
  SQLite::Database db(catalogue, SQLite::OPEN_READWRITE, kBusyTimeoutMs);
  // A temporary view is found before the table of the same name, so the
  // report's SQL sees this load's rows only, unchanged.
  db.exec("CREATE TEMP VIEW load_issues AS SELECT * FROM main.load_issues WHERE " + condition);
  SQLite::Statement kinds(db, report->sql);
  std::vector<IssueKind> found;
  while (kinds.executeStep())
    found.push_back(IssueKind{kinds.getColumn("severity").getString(), kinds.getColumn("kind").getString(),
                              static_cast<std::uint64_t>(kinds.getColumn("issues").getInt64())});
  return found;
}

}  // namespace cablecat
