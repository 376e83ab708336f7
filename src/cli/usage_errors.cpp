// CLI11's parse errors reworded for people (see usage_errors.h). CLI11
// writes "--limit: Value 0 not in range 0.000000 to 1.79769e+308" and
// "inputs is required"; a journalist meeting the tool should read what to
// type instead.
#include "usage_errors.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <vector>

#include "parse/edit_distance.h"

namespace cablecat {

namespace {

std::vector<std::string> verbNames(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* verb : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(verb->get_name());
  return names;
}

std::string listed(const std::vector<std::string>& names) { return fmt::format("{}", fmt::join(names, ", ")); }

// The verb being parsed when the error came, or null at the top level.
const CLI::App* verbOf(const CLI::App& app) {
  std::vector<CLI::App*> parsed = app.get_subcommands();
  return parsed.empty() ? nullptr : parsed.back();
}

std::string prefixOf(const CLI::App* verb) {
  return verb == nullptr ? "cablecat: " : "cablecat " + verb->get_name() + ": ";
}

std::string helpHint(const CLI::App* verb) {
  return verb == nullptr ? "'cablecat --help'" : "'cablecat " + verb->get_name() + " --help'";
}

// The text after the first ": " of a CLI11 message ("--db: 1 required ...").
std::string afterColon(const std::string& message) {
  std::size_t colon = message.find(": ");
  return colon == std::string::npos ? message : message.substr(colon + 2);
}

std::string beforeColon(const std::string& message) {
  return message.substr(0, message.find(": "));
}

// "The following arguments were not expected: c b a" lists them last first.
std::vector<std::string> unexpectedArguments(const std::string& message) {
  std::istringstream words(afterColon(message));
  std::vector<std::string> arguments;
  for (std::string word; words >> word;) arguments.insert(arguments.begin(), word);
  return arguments;
}

// "--limit" for "--limt" or "--limit=5" for "--limt=5": the verb's long
// option within two typing slips of what was written, if there is one.
std::optional<std::string> closestOption(const CLI::App* verb, const std::string& written) {
  if (verb == nullptr || !written.starts_with("--")) return std::nullopt;
  std::vector<std::string> names;
  for (const CLI::Option* option : verb->get_options())
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
  return closestWithin(written.substr(0, written.find('=')), names, 2);
}

std::string describeExtras(const CLI::App& app, const CLI::App* verb, const std::string& message) {
  std::vector<std::string> extras = unexpectedArguments(message);
  std::string first = extras.empty() ? std::string() : extras.front();
  if (!first.empty() && first[0] == '-') {
    if (std::optional<std::string> closest = closestOption(verb, first))
      return "no option " + first + "; did you mean " + *closest + "? " + helpHint(verb) + " lists the options";
    return "no option " + first + "; " + helpHint(verb) + " lists the options";
  }
  if (verb == nullptr) return "no verb '" + first + "'; the verbs are " + listed(verbNames(app));
  return "unexpected argument '" + first + "' (quote a value that holds spaces); " + helpHint(verb) +
         " shows what it takes";
}

std::string describeMissing(const CLI::App& app, const CLI::App* verb, const std::string& message) {
  if (verb == nullptr)
    return "name a verb: " + listed(verbNames(app)) + " ('cablecat --help' says what each does)";
  std::string name = message.substr(0, message.find(" is required"));
  const CLI::Option* option = verb->get_option_no_throw(name);
  if (option == nullptr) return message;
  return "missing " + name + ": " + option->get_description();
}

std::string describeMismatch(const CLI::App* verb, const std::string& message) {
  std::string name = beforeColon(message);
  const CLI::Option* option = verb == nullptr ? nullptr : verb->get_option_no_throw(name);
  if (option != nullptr && option->get_type_name().find(' ') != std::string::npos)
    return name + " needs " + option->get_type_name();
  return name + " needs a value";
}

// "--jobs: must be at least 0" (option_checks.h) reads "--jobs must be ...".
std::string describeInvalid(const std::string& message) {
  std::string reason = afterColon(message);
  if (reason.rfind("must ", 0) == 0 || reason.rfind("is ", 0) == 0)
    return beforeColon(message) + " " + reason;
  return message;
}

// "Could not convert: --jobs = -1".
std::string describeConversion(const std::string& message) {
  std::string given = afterColon(message);
  std::size_t equals = given.find(" = ");
  if (equals == std::string::npos) return message;
  return given.substr(0, equals) + " cannot be '" + given.substr(equals + 3) + "'";
}

}  // namespace

std::string describeUsageError(const CLI::App& app, const CLI::ParseError& error) {
  const CLI::App* verb = verbOf(app);
  std::string message = error.what();
  std::string text;
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr)
    text = describeExtras(app, verb, message);
  else if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr)
    text = describeMissing(app, verb, message);
  else if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr)
    text = describeMismatch(verb, message);
  else if (dynamic_cast<const CLI::ValidationError*>(&error) != nullptr)
    text = describeInvalid(message);
  else if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr)
    text = describeConversion(message);
  else
    text = message + "; " + helpHint(verb) + " lists the options";
  return prefixOf(verb) + text;
}

std::optional<std::string> unknownVerbError(const CLI::App& app, int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (word.empty() || word[0] == '-') continue;
    std::vector<std::string> verbs = verbNames(app);
    if (std::find(verbs.begin(), verbs.end(), word) != verbs.end()) return std::nullopt;
    std::string line = "cablecat: no verb '" + word + "'";
    if (std::optional<std::string> closest = closestWithin(word, verbs, 2))
      return line + "; did you mean '" + *closest + "'? The verbs are " + listed(verbs);
    return line + "; the verbs are " + listed(verbs);
  }
  return std::nullopt;
}

}  // namespace cablecat
