// Stacking FTS5 indexes built apart, over disjoint rows, into one: the
// catalogue's cables_fts gets every shard's segments and the summed totals,
// and answers (bm25 scores included) exactly as one index built over all rows.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

namespace cablecat {

// Replaces `db`'s cables_fts index (which must still be empty) with the
// stacked indexes of the cables_fts tables in the files `shardPaths`. Call
// outside a transaction: it attaches the files. False, with db's index left
// untouched, when a shard holds an FTS5 layout this code does not know (a
// newer SQLite) or the stack would exceed FTS5's segment limit.
bool stackFullTextShards(SQLite::Database& db, const std::vector<std::string>& shardPaths);

}  // namespace cablecat
