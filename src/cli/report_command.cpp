// `cablecat report`: named reports (reports/*.sql, built in) in any output mode.
#include <iostream>

#include "commands.h"
#include "query/report_catalog.h"
#include "query/sql_runner.h"
#include "query/text_width.h"
#include "read_verb_support.h"
#include "store/catalogue_file.h"

namespace cablecat {

namespace {

struct ReportOptions {
  std::string database;
  std::string mode;
  bool no_headers = false;
  bool list = false;
  std::string name;
};

void printReportList() {
  std::vector<Report> reports = builtInReports();
  std::size_t width = 0;
  for (const Report& report : reports) width = std::max(width, displayWidth(report.name));
  for (const Report& report : reports)
    std::cout << padToWidth(report.name, width, Align::Left) << "  " << report.description << "\n";
}

int runReportCommand(const ReportOptions& options) {
  if (options.list) {
    printReportList();
    return kExitOk;
  }
  if (options.name.empty()) {
    std::cerr << "cablecat report: name a report; 'cablecat report --list' shows them\n";
    return kExitUsage;
  }
  std::optional<Report> report = findReport(options.name);
  if (!report) {
    std::cerr << "cablecat report: no report named '" << options.name
              << "'; 'cablecat report --list' shows them\n";
    return kExitUsage;
  }
  std::string path = resolveDatabasePath(options.database);
  std::optional<SQLite::Database> db = openForReading("report", path);
  if (!db) return kExitFailure;
  auto printer = makeResultPrinter(resolvePrintOptions(options.mode, options.no_headers), std::cout);
  try {
    runSql(*db, report->sql, *printer);
  } catch (const SqlError& error) {
    // A damaged or locked catalogue is the catalogue's failure, not the SQL's.
    if (error.isCatalogueFailure()) throwCatalogueFailure(path, error.extendedCode(), error.what());
    std::cerr << "cablecat report " << report->name << ": " << error.what() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void addReportCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* command =
      app.add_subcommand("report", "Run a named report (cables per month, top tags, most cited, ...)");
  addDatabaseOption(*command, options->database);
  addOutputModeOptions(*command, options->mode, options->no_headers);
  command->add_flag("--list,-l", options->list, "List the reports with a line on each");
  command->add_option("name", options->name, "Report name, as 'report --list' shows");
  command->callback([options, &exitCode] { exitCode = runReportCommand(*options); });
}

}  // namespace cablecat
