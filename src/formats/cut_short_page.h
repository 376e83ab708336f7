// WikiLeaks pages whose text was cut short with "...": some stop mid-word,
// and a few continue with another cable's database row glued after the cut.
#pragma once

#include <string>
#include <string_view>

namespace cablecat {

struct CutShortPage {
  bool cut_short = false;      // the text stops with "..." inside a word
  std::string other_ref_id;    // the cable whose row was glued after the text
};

// Inspects a page body; when another cable's row follows the cut, or the
// text runs on into rows of cables.csv and reaches another cable's, removes
// that row and what follows from `body` (it belongs to that other cable,
// not to `ownRefId`).
CutShortPage inspectCutShort(std::string& body, std::string_view ownRefId);

}  // namespace cablecat
