// The parser's output: every field of one cable, plus what went wrong.
#pragma once

#include <string>
#include <vector>

#include "kinds.h"
#include "raw_cable.h"

namespace cablecat {

enum class Severity { note, warning, error };
const char* severityName(Severity severity);

// A problem found while reading or parsing; never an exception.
struct Diagnostic {
  Severity severity = Severity::warning;
  std::string message;
};

struct Recipient {
  RecipientKind kind = RecipientKind::to;  // xmt: excluded, not a recipient
  std::string routing_indicator;  // "RUEHC" or empty
  std::string address;            // "SECSTATE WASHDC", "SECDEF WASHINGTON DC//USDP/APSA-CA"
  std::string precedence;         // "IMMEDIATE", "PRIORITY", ... or empty
  std::string serial;             // "0482" or empty
};

struct Tag {
  std::string code;     // "PGOV", "KZ", "CLINTON, HILLARY"
  TagKind kind = TagKind::keyword;
  std::string written = {};  // as written when repaired ("KFTFN", "ECINECONCS"), else empty
};

struct Reference {
  std::string letter;  // "A", or empty
  std::string raw;     // as written, e.g. "Astana 1558"
  std::string ref_id;  // canonical cable ID ("07ASTANA1558"), empty when not a cable
  ReferenceKind kind = ReferenceKind::other;
};

struct Cable {
  std::string ref_id;
  bool ref_id_malformed = false;  // kept, but flagged (e.g. "7575LIBREVILLE1895")
  // The ID as the source published it when that differs from ref_id
  // ("08ECTION01OF02MANAMA492" for 08MANAMA492); else empty.
  std::string published_ref_id;
  std::string created;            // ISO 8601 "2007-08-27T10:01"
  std::string released;
  std::string classification;     // from metadata, else the classification line
  std::string origin;             // "Embassy Astana"
  std::string subject;
  std::string summary;
  std::string transmission_id;    // "VZCZCXRO1141"
  std::string precedence;         // ROUTINE, PRIORITY, IMMEDIATE, FLASH, ...
  std::string dtg;                // ISO "2007-08-27T10:01Z"
  std::string from_station;       // "AMEMBASSY ASTANA"
  int section_count = 0;          // 0 when the cable has no SECTION line
  bool is_partial = false;        // "partial extract" pages
  std::string decl;               // "2017-08-27", "OADR", "X1", ...
  std::string classified_by;      // "Amb. John Ordway, reasons 1.4 (B) and (D)"
  std::vector<std::string> signers;
  std::vector<Recipient> recipients;  // in header order, TO before INFO
  std::vector<Tag> tags;
  std::vector<Reference> references;
  std::vector<std::string> listed_references;  // cables.csv column, verbatim
  bool has_listed_references = false;
  std::string header;
  std::string body;
  std::string content_hash;  // hash of the normalized header+body
  std::vector<Diagnostic> diagnostics;
};

}  // namespace cablecat
