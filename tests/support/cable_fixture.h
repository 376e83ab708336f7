// A complete cable with every field set, for tests of what is stored.
#pragma once

#include <string>

#include "parse/cable.h"

namespace cablecat::test {

// Every field set; `bodyText` goes into the body and the content hash.
inline Cable makeCable(const std::string& refId, const std::string& bodyText = "Default body text.") {
  Cable cable;
  cable.ref_id = refId;
  cable.created = "2007-08-27T10:01";
  cable.released = "2011-08-30T01:44";
  cable.classification = "CONFIDENTIAL";
  cable.origin = "Embassy Astana";
  cable.subject = "KAZAKHSTAN: ENERGY TALKS";
  cable.summary = "Summary: talks went well. End summary.";
  cable.transmission_id = "VZCZCXRO1141";
  cable.precedence = "PRIORITY";
  cable.dtg = "2007-08-27T10:01Z";
  cable.from_station = "AMEMBASSY ASTANA";
  cable.section_count = 2;
  cable.decl = "2017-08-27";
  cable.classified_by = "Amb. John Ordway, reasons 1.4 (B) and (D)";
  cable.signers = {"ORDWAY", "MILAS"};
  cable.recipients = {
      {RecipientKind::to, "RUEHC", "SECSTATE WASHDC", "PRIORITY", "0482"},
      {RecipientKind::info, "RUEHAST", "USOFFICE ALMATY", "", ""},
      {RecipientKind::xmt, "", "AMCONSUL ALMATY", "", ""},
      {RecipientKind::info, "RUEKJCS", "SECDEF WASHINGTON DC//USDP/APSA-CA", "", "0011"},
  };
  cable.tags = {{"EPET", TagKind::subject, ""}, {"KZ", TagKind::geo, ""}, {"CLINTON, HILLARY", TagKind::person, ""}};
  cable.references = {{"A", "Astana 1558", "07ASTANA1558", ReferenceKind::cable},
                      {"B", "Smith-Jones email 08/01/07", "", ReferenceKind::email}};
  cable.header = "VZCZCXRO1141\nRR RUEHAST\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC 0482";
  cable.body = "C O N F I D E N T I A L ASTANA 002327\n\n1. (C) " + bodyText + "\n\nORDWAY";
  cable.content_hash = "hash-" + bodyText;
  return cable;
}

}  // namespace cablecat::test
