// Tokenizes a row's current text and encodes the counts like FTS5's docsize.
#include "full_text_drift.h"

#include <string>

#include "fts5_api.h"
#include "store/fts5_records.h"

namespace cablecat {

namespace {

int countToken(void* count, int flags, const char*, int, int, int) {
  if ((flags & FTS5_TOKEN_COLOCATED) == 0) ++*static_cast<int*>(count);
  return SQLITE_OK;
}

void lengths(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int, sqlite3_value**) {
  std::string encoded;
  int columns = api->xColumnCount(fts);
  for (int column = 0; column < columns; ++column) {
    const char* text = nullptr;
    int bytes = 0, tokens = 0;
    int rc = api->xColumnText(fts, column, &text, &bytes);
    if (rc == SQLITE_OK && text != nullptr) rc = api->xTokenize(fts, text, bytes, &tokens, countToken);
    if (rc != SQLITE_OK) {
      sqlite3_result_error_code(context, rc);
      return;
    }
    fts5::appendVarint(encoded, static_cast<std::uint64_t>(tokens));
  }
  sqlite3_result_blob(context, encoded.data(), static_cast<int>(encoded.size()), SQLITE_TRANSIENT);
}

}  // namespace

bool registerFullTextLengths(sqlite3* db) {
  return registerFts5Function(db, kFullTextLengthsFunction, lengths);
}

}  // namespace cablecat
