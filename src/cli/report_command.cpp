// `cablecat report`: named reports (reports/*.sql, built in) in any output mode.
#include <fmt/format.h>

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
  OutputOptions output;
  bool list = false;
  std::string name;
  std::vector<std::pair<std::string, std::string>> parameters;  // -p NAME VALUE
};

// Counts the rows it passes on, to tell when a report stopped at its limit.
class RowCountingPrinter : public ResultPrinter {
 public:
  explicit RowCountingPrinter(ResultPrinter& inner) : inner_(inner) {}
  void begin(const std::vector<std::string>& columns) override { inner_.begin(columns); }
  void row(const std::vector<SqlValue>& values) override {
    ++rows_;
    inner_.row(values);
  }
  void end() override { inner_.end(); }
  long long rows() const { return rows_; }

 private:
  ResultPrinter& inner_;
  long long rows_ = 0;
};

bool givesLimit(const ReportOptions& options) {
  for (const auto& entry : options.parameters)
    if (entry.first == "limit") return true;
  return false;
}

std::string joined(const std::vector<std::string>& names) {
  return names.empty() ? "none" : fmt::format("{}", fmt::join(names, ", "));
}

void printReportList() {
  std::vector<Report> reports = builtInReports();
  std::size_t width = 0;
  for (const Report& report : reports) width = std::max(width, displayWidth(report.name));
  for (const Report& report : reports)
    std::cout << padToWidth(report.name, width, Align::Left) << "  " << report.description << "\n";
  // On stderr, like the other hints: `report --list | cut -d' ' -f1` gives the names alone.
  std::cerr << "Filter or widen a report with -p NAME VALUE: since, until, origin, tag, limit "
               "(see 'cablecat report --help')\n";
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
  if (std::optional<std::string> unknown = unknownReportParameter(*report, options.parameters)) {
    std::cerr << "cablecat report " << report->name << ": no parameter '" << *unknown
              << "'; it takes: " << joined(report->parameters) << "\n";
    return kExitUsage;
  }
  if (std::optional<std::string> bad = badReportArgument(options.parameters)) {
    std::cerr << "cablecat report " << report->name << ": " << *bad << "\n";
    return kExitUsage;
  }
  std::string path = resolveDatabasePath(options.database);
  std::optional<SQLite::Database> db = openForReading("report", path);
  if (!db) return kExitFailure;
  auto printer = makeResultPrinter(resolvePrintOptions(options.output), std::cout);
  RowCountingPrinter counter(*printer);
  try {
    runSql(*db, report->sql, counter, SqlArguments::byName(reportArguments(*report, options.parameters)));
  } catch (const SqlError& error) {
    // A damaged or locked catalogue is the catalogue's failure, not the SQL's.
    if (error.isCatalogueFailure()) throwCatalogueFailure(path, error.extendedCode(), error.what());
    std::cerr << "cablecat report " << report->name << ": " << error.what() << "\n";
    return kExitFailure;
  }
  // On stderr, so a CSV or JSON on stdout stays clean.
  if (report->row_limit && !givesLimit(options) && counter.rows() >= *report->row_limit)
    std::cerr << "cablecat report " << report->name << ": stopped at " << *report->row_limit
              << " rows; -p limit -1 shows all\n";
  return kExitOk;
}

}  // namespace

void addReportCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* command =
      app.add_subcommand("report", "Run a named report (cables per month, top tags, most cited, ...)");
  addDatabaseOption(*command, options->database);
  addOutputModeOptions(*command, options->output);
  command->add_flag("--list,-l", options->list, "List the reports with a line on each");
  command->add_option("NAME", options->name, "Report name, as 'report --list' shows");
  command
      ->add_option("-p,--param", options->parameters,
                   "Set a report parameter (repeatable): since or until (a date or its start, inclusive: "
                   "2008, 2008-06), origin ('Embassy Astana'), tag (PGOV), limit (rows; -1: all)")
      ->type_name("NAME VALUE")
      ->allow_extra_args(false);  // one pair per -p, so the report name after it stays the name
  command->callback([options, &exitCode] { exitCode = runReportCommand(*options); });
}

}  // namespace cablecat
