// Builds the seed catalogue once per test binary run, removed at exit.
#include "seed_catalogue.h"

#include "support/command_runner.h"

#include <SQLiteCpp/Statement.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace seed {

namespace {

std::filesystem::path& temporaryDirectory() {
  static std::filesystem::path directory;
  return directory;
}

void removeTemporaryDirectory() {
  std::error_code ignored;
  std::filesystem::remove_all(temporaryDirectory(), ignored);
}

}  // namespace

const std::string& cataloguePath() {
  static const std::string path = [] {
    temporaryDirectory() =
        std::filesystem::temp_directory_path() / ("cablecat-seed-" + std::to_string(getpid()));
    std::filesystem::create_directories(temporaryDirectory());
    std::atexit(removeTemporaryDirectory);
    std::string db = (temporaryDirectory() / "seed.db").string();
    std::string command = std::string(CABLECAT_BINARY) + " load --quiet --db " + db + " " +
                          CABLECAT_TEST_DATA + "/astana-2007-08.txt 2>/dev/null";
    if (testsupport::runCommand(command).exit_code != 0) throw std::runtime_error("seed load failed: " + command);
    return db;
  }();
  return path;
}

std::vector<std::string> column(const std::string& sql) {
  SQLite::Database db(cataloguePath(), SQLite::OPEN_READONLY);
  SQLite::Statement statement(db, sql);
  std::vector<std::string> values;
  while (statement.executeStep())
    values.push_back(statement.getColumn(0).isNull() ? "" : statement.getColumn(0).getString());
  return values;
}

std::string value(const std::string& sql) {
  std::vector<std::string> values = column(sql);
  if (values.size() != 1)
    throw std::runtime_error(std::to_string(values.size()) + " rows for: " + sql);
  return values.front();
}

std::vector<std::string> recipients(const std::string& refId, const std::string& kind) {
  return column(
      "SELECT coalesce(r.routing_indicator || '/', '') || r.address || '|' ||"
      "       coalesce(r.precedence, '') || '|' || coalesce(r.serial, '')"
      "  FROM recipients r JOIN cables c ON c.id = r.cable_id"
      " WHERE c.ref_id = '" + refId + "' AND r.kind = '" + kind + "' ORDER BY r.position");
}

}  // namespace seed
