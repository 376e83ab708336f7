// The text of a TAGS list: the label's line and its wrapped continuations,
// without the page furniture that older cables repeat inside it.
#pragma once

#include <string>
#include <string_view>

#include "tag_label.h"

namespace cablecat {

// The list after `label` in `body`, cut where a glued SUBJECT/REF starts, with
// page headers removed. `station` is the cable's station ("ROME") or empty.
std::string tagsListText(std::string_view body, const TagsLabel& label, std::string_view station);

// Removes page headers glued into a TAGS list: "IT   UNCLASSIFIED   PAGE 02
// ROME 01059 01 OF 04 281501Z ECON" -> "IT ECON", and the newer
// "ASTANA 00002327  002.4 OF 004".
void eraseGluedPageFurniture(std::string& list, std::string_view station);

}  // namespace cablecat
