// The kinds of a cable's recipients, tags and references, and the one name
// of each: the parser sets them, the writer checks and stores the names (the
// CHECK constraints of schema/001 and 006 list the same; xmt lines go to the
// exclusions table), the JSON output prints them.
#pragma once

#include <string_view>

namespace cablecat {

// A TO or INFO recipient, or an XMT line: an address the cable was not sent to.
enum class RecipientKind { to, info, xmt };

// geo: a country or region ("KZ"); program: "KDEM", "OVIP"; subject: "PGOV";
// person: "CLINTON, HILLARY"; org: "NATO"; keyword: words that are no code.
enum class TagKind { geo, program, subject, person, org, keyword };

// A cable, or what else a REF item cites.
enum class ReferenceKind { cable, email, memo, telcon, report, web, other };

// "to", "geo", "cable", ...: the name the catalogue and the JSON use. The
// view is of a string literal, so data() is null-terminated. Empty for a
// value outside the enum (a cast the writer's checks report).
std::string_view kindName(RecipientKind kind);
std::string_view kindName(TagKind kind);
std::string_view kindName(ReferenceKind kind);

// The enum's value as a number, for messages about a value without a name.
template <class Kind>
int kindNumber(Kind kind) {
  return static_cast<int>(kind);
}

}  // namespace cablecat
