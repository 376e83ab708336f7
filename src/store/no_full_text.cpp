// No full-text index: stale from the first transaction on.
#include "no_full_text.h"

#include "full_text_table.h"

namespace cablecat {

void NoFullText::begin() { markFullTextStale(db_); }

}  // namespace cablecat
