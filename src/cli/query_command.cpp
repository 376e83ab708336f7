// `cablecat query`: run SQL on the catalogue, read-only, in any output mode.
#include <iostream>
#include <iterator>

#include "commands.h"
#include "query/sql_runner.h"
#include "read_verb_support.h"
#include "store/catalogue_file.h"

namespace cablecat {

namespace {

struct QueryOptions {
  std::string database;
  OutputOptions output;
  std::string sql;
  std::vector<std::pair<std::string, std::string>> parameters;  // -p NAME VALUE
};

SqlArguments boundArguments(const QueryOptions& options) {
  NamedValues values;
  for (const auto& [name, value] : options.parameters) values.emplace_back(name, textValue(value));
  return SqlArguments::byName(std::move(values));
}

int runQueryCommand(const QueryOptions& options) {
  std::string path = resolveDatabasePath(options.database);
  std::string sql = options.sql;
  if (sql == "-") sql.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  std::optional<SQLite::Database> db = openForReading("query", path);
  if (!db) return kExitFailure;
  auto printer = makeResultPrinter(resolvePrintOptions(options.output), std::cout);
  try {
    runSql(*db, sql, *printer, boundArguments(options));
  } catch (const UnboundParameter& error) {
    std::cout.flush();
    std::cerr << "cablecat query: " << error.what() << "; give it with -p " << error.name() << " VALUE\n";
    return kExitUsage;
  } catch (const SqlError& error) {
    // A damaged or locked catalogue is the catalogue's failure, not the SQL's.
    if (error.isCatalogueFailure()) throwCatalogueFailure(path, error.extendedCode(), error.what());
    std::cout.flush();
    if (error.isReadOnlyViolation())
      std::cerr << "cablecat query: " << path << " is opened read-only: query never writes ("
                << error.what() << "); 'cablecat load' changes the catalogue\n";
    else
      std::cerr << "cablecat query: " << error.what() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void addQueryCommand(CLI::App& app, int& exitCode) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* command = app.add_subcommand(
      "query", "Run SQL on the catalogue (read-only) and print the rows; several statements allowed");
  addDatabaseOption(*command, options->database);
  addOutputModeOptions(*command, options->output);
  command
      ->add_option("-p,--param", options->parameters,
                   "Bind a parameter (repeatable): -p ref 07ASTANA2315 gives :ref, @ref or $ref in the SQL its "
                   "value, as text; a parameter left without a value is an error")
      ->type_name("NAME VALUE")
      ->allow_extra_args(false);  // one pair per -p, so the SQL after it stays the SQL
  command->add_option("SQL", options->sql, "SQL text, or - to read it from stdin")->required();
  command->callback([options, &exitCode] { exitCode = runQueryCommand(*options); });
}

}  // namespace cablecat
