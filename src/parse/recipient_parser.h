// One entry of a TO/INFO/XMT list: "RUEHC/SECSTATE WASHDC IMMEDIATE 0464".
#pragma once

#include <string_view>
#include <vector>

#include "cable.h"

namespace cablecat {

// Splits an entry (possibly joined from wrapped lines) into routing
// indicator, address, precedence and serial.
Recipient parseRecipientEntry(std::string_view entry, RecipientKind kind);

// "AMEMBASSY", "SECSTATE", "USMISSION", "CDR": words that open an address.
bool isAddressHead(std::string_view word);

// The entries of one line that holds several: "AMEMBASSY LONDON 0345
// AMEMBASSY PARIS 0211", "RUEHC/SECSTATE WASHDC 0482 RUEHMO/AMEMBASSY
// MOSCOW". A new entry starts at a routed word or at AMEMBASSY, AMCONSUL,
// SECSTATE, USMISSION or USINT after the first word; most lines hold one.
std::vector<std::string_view> splitEntriesOfLine(std::string_view line);

// A message serial number after an address: "0482", "475", "2381-2382".
bool isMessageSerial(std::string_view word);

// Length of the "RUEHC/" prefix (routing indicator and slash, and spaces
// typed after an R route's slash), 0 when the entry has none.
std::size_t routingIndicatorPrefix(std::string_view entry);

// True when `line` only finishes the entry before it rather than starting a
// new one: "/J5//" (a cut office suffix), "PRIORITY 0482" (precedence and
// serial on their own), or a short remainder of an address that carried a
// routing indicator and no serial yet ("GENEVA 1821").
bool continuesRecipientEntry(std::string_view line, std::string_view previousEntry);

}  // namespace cablecat
