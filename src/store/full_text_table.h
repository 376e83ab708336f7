// cables_fts as a whole: its definition as schema/ gives it, the stale mark
// a load without full-text search leaves, and the rebuild that clears it.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>

namespace cablecat {

// The CREATE VIRTUAL TABLE statement of cables_fts from the embedded schema,
// so an index built elsewhere (a shard) has the same columns and tokenizer.
std::string fullTextTableDefinition();

// Set by markFullTextStale, cleared by rebuildFullText (schema/003).
bool isFullTextStale(SQLite::Database& db);

// Empties the index and marks it stale: an external-content index must match
// its table exactly, so rather than let it drift while cables change
// unindexed, it is rebuilt later. Call inside a transaction.
void markFullTextStale(SQLite::Database& db);

// Indexes every cable afresh and clears the stale mark. Call inside a
// transaction.
void rebuildFullText(SQLite::Database& db);

}  // namespace cablecat
