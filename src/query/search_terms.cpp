// Plain words to an FTS5 query, and the reference IDs among them.
#include "search_terms.h"

#include <algorithm>

#include "parse/ascii.h"
#include "parse/reference_id.h"

namespace cablecat {

namespace {

// Whitespace-separated tokens, a "quoted run" being one token with its quotes.
std::vector<std::string> tokens(std::string text) {
  if (std::count(text.begin(), text.end(), '"') % 2 != 0) text += '"';
  std::vector<std::string> found;
  std::size_t at = 0;
  while (at < text.size()) {
    if (isAsciiSpace(text[at])) {
      ++at;
      continue;
    }
    std::size_t end = at;
    if (text[at] == '"') {
      end = text.find('"', at + 1) + 1;
    } else {
      while (end < text.size() && !isAsciiSpace(text[end]) && text[end] != '"') ++end;
    }
    found.push_back(text.substr(at, end - at));
    at = end;
  }
  return found;
}

std::string joined(const std::vector<std::string>& terms) {
  std::string text;
  for (const std::string& term : terms) text += (text.empty() ? "" : " ") + term;
  return text;
}

std::string quotedWord(const std::string& token) {
  bool prefix = token.size() > 1 && token.back() == '*';
  std::string word = prefix ? token.substr(0, token.size() - 1) : token;
  return "\"" + word + "\"" + (prefix ? "*" : "");
}

}  // namespace

std::string plainWordsQuery(const std::vector<std::string>& terms) {
  std::string query;
  for (const std::string& token : tokens(joined(terms))) {
    if (token == "\"\"") continue;
    query += (query.empty() ? "" : " ") + (token.front() == '"' ? token : quotedWord(token));
  }
  return query;
}

std::vector<std::string> referenceIdTerms(const std::vector<std::string>& terms) {
  std::vector<std::string> ids;
  for (const std::string& token : tokens(joined(terms))) {
    std::string id = toUpper(token);  // as typed, in any case
    if (!ReferenceId(id).hasPublishedShape()) continue;
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(std::move(id));
  }
  return ids;
}

}  // namespace cablecat
