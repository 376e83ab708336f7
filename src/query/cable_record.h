// One cable with everything hanging off it, as `cablecat show` presents it.
#pragma once

#include <SQLiteCpp/Database.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace cablecat {

using OptionalText = std::optional<std::string>;

struct RecordRecipient {
  std::string kind;  // to, info
  OptionalText routing_indicator, precedence, serial;
  std::string address;
};

struct RecordExclusion {
  OptionalText routing_indicator;
  std::string address;
};

struct RecordTag {
  std::string code, kind;
  OptionalText written;  // as the cable wrote a repaired code
};

struct RecordReference {
  OptionalText letter, ref_id, cited_subject;
  std::string raw, kind;
  bool in_catalogue = false;
};

struct RecordCitation {
  std::string ref_id;
  OptionalText created, subject;
};

struct RecordSource {
  std::string path, format, locator;
};

struct CableRecord {
  std::string ref_id;
  bool ref_id_malformed = false;
  OptionalText published_ref_id;  // the malformed ID a source published, if any
  OptionalText created, released, classification, origin, precedence, dtg, from_station, subject,
      decl, classified_by, signer, transmission_id, summary, header, body;
  std::optional<long long> section_count;
  bool is_partial = false;
  std::vector<RecordSource> sources;
  std::vector<RecordRecipient> recipients;
  std::vector<RecordExclusion> exclusions;
  std::vector<RecordTag> tags;
  std::vector<RecordReference> references;
  std::vector<RecordCitation> cited_by;
};

// Looks the ID up exactly, then case-insensitively; nothing when absent.
std::optional<CableRecord> loadCableRecord(SQLite::Database& db, const std::string& refId);

// Plain text for reading in a terminal (cable_record_text.cpp).
std::string cableRecordText(const CableRecord& record);

// The same content as one JSON object (cable_record_json.cpp), with the
// keys of `cablecat parse`: the catalogue's column names, and the same child
// arrays (tags as codes, tag_details as objects), plus what only the
// catalogue knows (sources, cited_by, whether a reference is in it).
nlohmann::ordered_json cableRecordJson(const CableRecord& record);

}  // namespace cablecat
