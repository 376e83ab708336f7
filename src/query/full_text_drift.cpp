// Tokenizes a row's current text and encodes the counts like FTS5's docsize.
#include "full_text_drift.h"

#include <string>

#include "fts5_api.h"

namespace cablecat {

namespace {

int countToken(void* count, int flags, const char*, int, int, int) {
  if ((flags & FTS5_TOKEN_COLOCATED) == 0) ++*static_cast<int*>(count);
  return SQLITE_OK;
}

// SQLite's variable-length integer (sqlite3PutVarint), as FTS5 writes sizes.
void appendVarint(std::string& out, unsigned long long value) {
  if (value > 0x00ffffffffffffffULL) {
    unsigned char bytes[9];
    bytes[8] = static_cast<unsigned char>(value);
    value >>= 8;
    for (int i = 7; i >= 0; --i) {
      bytes[i] = static_cast<unsigned char>((value & 0x7f) | 0x80);
      value >>= 7;
    }
    out.append(reinterpret_cast<const char*>(bytes), 9);
    return;
  }
  unsigned char bytes[10];
  int count = 0;
  do {
    bytes[count++] = static_cast<unsigned char>((value & 0x7f) | 0x80);
    value >>= 7;
  } while (value != 0);
  bytes[0] &= 0x7f;
  for (int i = count - 1; i >= 0; --i) out.push_back(static_cast<char>(bytes[i]));
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
    appendVarint(encoded, static_cast<unsigned long long>(tokens));
  }
  sqlite3_result_blob(context, encoded.data(), static_cast<int>(encoded.size()), SQLITE_TRANSIENT);
}

}  // namespace

bool registerFullTextLengths(sqlite3* db) {
  if (fts5FunctionExists(db, kFullTextLengthsFunction)) return true;
  fts5_api* api = fts5Api(db);
  if (api == nullptr || api->iVersion < 2) return false;
  return api->xCreateFunction(api, kFullTextLengthsFunction, nullptr, lengths, nullptr) == SQLITE_OK;
}

}  // namespace cablecat
