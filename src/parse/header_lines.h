// What one line of a cable header is: routing, DE, DTG, FM, a list start...
#pragma once

#include <string_view>

namespace cablecat {

enum class HeaderLineKind {
  blank,
  transmission_id,  // "VZCZCXRO1141"
  routing,          // "RR RUEHAST RUEHBI ..." and its continuation lines
  station_line,     // "DE RUEHTA #2327/01 2391001"
  security,         // "ZNR UUUUU ZZH", "ZNY CCCCC ZZH"
  dtg,              // "R 271001Z AUG 07"
  from,             // "FM AMEMBASSY ASTANA"
  to_list,          // "TO RUEHC/SECSTATE WASHDC 0482"
  info_list,        // "INFO RUEHAST/USOFFICE ALMATY"
  xmt_list,         // "XMT AMEMBASSY KHARTOUM"
  partial_extract,  // "This record is a partial extract of the original cable..."
  layout,           // page breaks, SIPDIS markers, "BT", "NNNN"
  distribution,     // internal routing: "ACTION EUR-00", "INFO LOG-00 EEB-00", "----- 090807Z /38"
  classification,   // "UNCLAS SECTION 01 OF 04 ASTANA 002327": the body starts
  other,
};

HeaderLineKind classifyHeaderLine(std::string_view line);

// Where a header line that runs several header lines together continues
// with the next one: "O 121530Z JAN 73 FM AMEMBASSY TEHRAN TO SECSTATE
// WASHDC IMMEDIATE 2077 INFO AMEMBASSY LONDON" holds a DTG, FM, TO and INFO
// line. `kind` is the line's classifyHeaderLine kind. Offset of the next
// line's first word, or npos when the line is one.
std::size_t runTogetherLineEnd(std::string_view line, HeaderLineKind kind);

// The kind of the last header line run together in `line` (its own kind
// when it holds one): a DTG line that runs into "TO ... INFO ..." ends
// inside a recipient list.
HeaderLineKind lastRunTogetherKind(std::string_view line, HeaderLineKind kind);

// The text after the list keyword of a TO/INFO/XMT line ("TO RUEHC/..." ->
// "RUEHC/...").
std::string_view listLineRest(std::string_view line);

}  // namespace cablecat
