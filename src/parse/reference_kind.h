// What a non-cable reference is: e-mail, telcon, memo, report, web page, other.
#pragma once

#include <string_view>

#include "kinds.h"

namespace cablecat {

// Kind of a REF item that cites no cable, from its wording ("ZEYA-BALL
// EMAILS 3/10/06" -> email, "IIR 6 850 0123 07" -> report); other when
// the wording says nothing.
ReferenceKind classifyNonCableReference(std::string_view text);

// True when the item carries no reference at all ("N/A", "NONE", "...").
bool isEmptyReference(std::string_view text);

// A telegram known only by its date-time group ("DEPT OF TREAS 241534Z MAR 06").
bool citesDateTimeGroup(std::string_view text);

// A telegram named in words but not by serial ("CABLE FROM WHITE HOUSE
// SITUATION ROOM"): a cable the release cannot name.
bool namesUnnumberedTelegram(std::string_view text);

}  // namespace cablecat
