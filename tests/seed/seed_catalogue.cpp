// Builds the seed catalogue once per test binary run, removed at exit.
#include "seed_catalogue.h"

#include "support/command_runner.h"

#include <SQLiteCpp/Statement.h>

#include <stdexcept>

namespace cablecat::test {

const std::string& seedCataloguePath() {
  static const std::string path = [] {
    static TemporaryFolder folder("cablecat-seed");  // removed at exit
    std::string db = folder.file("seed.db");
    std::string command = std::string(CABLECAT_BINARY) + " load --quiet --db " + db + " " +
                          CABLECAT_TEST_DATA + "/astana-2007-08.txt 2>/dev/null";
    if (runCommand(command).exit_code != 0) throw std::runtime_error("seed load failed: " + command);
    return db;
  }();
  return path;
}

std::vector<std::string> seedColumn(const std::string& sql) {
  SQLite::Database db(seedCataloguePath(), SQLite::OPEN_READONLY);
  SQLite::Statement statement(db, sql);
  std::vector<std::string> values;
  while (statement.executeStep())
    values.push_back(statement.getColumn(0).isNull() ? "" : statement.getColumn(0).getString());
  return values;
}

std::string seedValue(const std::string& sql) {
  std::vector<std::string> values = seedColumn(sql);
  if (values.size() != 1)
    throw std::runtime_error(std::to_string(values.size()) + " rows for: " + sql);
  return values.front();
}

std::vector<std::string> seedRecipients(const std::string& refId, const std::string& kind) {
  return seedColumn(
      "SELECT coalesce(r.routing_indicator || '/', '') || r.address || '|' ||"
      "       coalesce(r.precedence, '') || '|' || coalesce(r.serial, '')"
      "  FROM recipients r JOIN cables c ON c.id = r.cable_id"
      " WHERE c.ref_id = '" + refId + "' AND r.kind = '" + kind + "' ORDER BY r.position");
}

}  // namespace cablecat::test
