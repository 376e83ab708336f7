// The last line of defence of every verb: whatever escaped it (an SQLite
// error, a full disk, no memory, no threads) becomes one line on stderr,
// "cablecat VERB: CATALOGUE: reason", and exit status 1 instead of an abort.
#pragma once

#include <CLI/CLI.hpp>

#include <exception>
#include <ostream>

namespace cablecat {

// `app` has parsed the command line; `failure` escaped the verb that ran.
int reportVerbFailure(const CLI::App& app, std::exception_ptr failure, std::ostream& err);

}  // namespace cablecat
