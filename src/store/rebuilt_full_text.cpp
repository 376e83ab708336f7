// One FTS5 'rebuild' after the load.
#include "rebuilt_full_text.h"

#include <SQLiteCpp/Transaction.h>

#include "full_text_table.h"

namespace cablecat {

void RebuiltFullText::finish(const FinishPhaseListener& phases) {
  announce(phases, FinishPhase::full_text_rebuild);
  SQLite::Transaction transaction(db_);
  rebuildFullText(db_);
  transaction.commit();
}

}  // namespace cablecat
