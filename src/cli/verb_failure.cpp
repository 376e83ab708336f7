// One handler for failures that escape a verb (see verb_failure.h).
#include "verb_failure.h"

#include <SQLiteCpp/Exception.h>

#include <new>
#include <string>
#include <system_error>

#include "commands.h"
#include "store/catalogue_file.h"

namespace cablecat {

namespace {

struct Verb {
  std::string name = "cablecat";
  std::string catalogue;  // empty for verbs without --db (parse)
};

Verb verbThatRan(const CLI::App& app) {
  Verb verb;
  for (const CLI::App* command : app.get_subcommands()) {
    verb.name = command->get_name();
    if (const CLI::Option* option = command->get_option_no_throw("--db")) {
      const std::vector<std::string>& given = option->results();
      verb.catalogue = resolveDatabasePath(given.empty() ? std::string() : given.back());
    }
  }
  return verb;
}

// The user's line: the catalogue first, unless the message already names it.
std::string describe(const Verb& verb, std::exception_ptr failure) {
  auto withPath = [&](const std::string& message) {
    if (verb.catalogue.empty() || message.rfind(verb.catalogue, 0) == 0) return message;
    return verb.catalogue + ": " + message;
  };
  try {
    std::rethrow_exception(failure);
  } catch (const SQLite::Exception& error) {
    try {
      throwCatalogueFailure(verb.catalogue.empty() ? "cablecat" : verb.catalogue, error);
    } catch (const CatalogueError& named) {
      return named.what();
    }
  } catch (const CatalogueError& error) {
    return withPath(error.what());
  } catch (const std::bad_alloc&) {
    return withPath("out of memory; try fewer --jobs or smaller inputs");
  } catch (const std::system_error& error) {
    return withPath(std::string("the system refused: ") + error.what());
  } catch (const std::exception& error) {
    return withPath(error.what());
  } catch (...) {
    return withPath("unexpected failure");
  }
}

}  // namespace

int reportVerbFailure(const CLI::App& app, std::exception_ptr failure, std::ostream& err) {
  Verb verb = verbThatRan(app);
  err << "cablecat " << verb.name << ": " << describe(verb, failure) << std::endl;
  return kExitFailure;
}

}  // namespace cablecat
