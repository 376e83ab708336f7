// `cablecat show --mode json`: the record as one JSON object.
#include "cable_record.h"

namespace cablecat {

namespace {

using Json = nlohmann::ordered_json;

Json orNull(const OptionalText& text) { return text ? Json(*text) : Json(nullptr); }

// The `signer` column holds several signers joined by "; ".
Json signerList(const OptionalText& signer) {
  Json list = Json::array();
  std::string_view rest = signer ? std::string_view(*signer) : std::string_view();
  while (!rest.empty()) {
    std::size_t end = rest.find("; ");
    list.push_back(std::string(rest.substr(0, end)));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 2);
  }
  return list;
}

}  // namespace

Json cableRecordJson(const CableRecord& record) {
  Json json;
  json["ref_id"] = record.ref_id;
  json["ref_id_malformed"] = record.ref_id_malformed;
  json["published_ref_id"] = orNull(record.published_ref_id);
  json["created"] = orNull(record.created);
  json["released"] = orNull(record.released);
  json["classification"] = orNull(record.classification);
  json["origin"] = orNull(record.origin);
  json["precedence"] = orNull(record.precedence);
  json["dtg"] = orNull(record.dtg);
  json["from_station"] = orNull(record.from_station);
  json["subject"] = orNull(record.subject);
  json["decl"] = orNull(record.decl);
  json["classified_by"] = orNull(record.classified_by);
  json["signer"] = orNull(record.signer);
  json["signers"] = signerList(record.signer);
  json["section_count"] = record.section_count ? Json(*record.section_count) : Json(nullptr);
  json["is_partial"] = record.is_partial;
  json["transmission_id"] = orNull(record.transmission_id);
  json["sources"] = Json::array();
  for (const RecordSource& source : record.sources)
    json["sources"].push_back({{"path", source.path}, {"format", source.format}, {"locator", source.locator}});
  json["recipients"] = Json::array();
  for (const RecordRecipient& recipient : record.recipients)
    json["recipients"].push_back({{"kind", recipient.kind},
                                  {"routing_indicator", orNull(recipient.routing_indicator)},
                                  {"address", recipient.address},
                                  {"precedence", orNull(recipient.precedence)},
                                  {"serial", orNull(recipient.serial)}});
  json["exclusions"] = Json::array();
  for (const RecordExclusion& exclusion : record.exclusions)
    json["exclusions"].push_back(
        {{"routing_indicator", orNull(exclusion.routing_indicator)}, {"address", exclusion.address}});
  json["tags"] = Json::array();
  json["tag_details"] = Json::array();
  for (const RecordTag& tag : record.tags) {
    json["tags"].push_back(tag.code);
    json["tag_details"].push_back({{"code", tag.code}, {"kind", tag.kind}, {"written", orNull(tag.written)}});
  }
  json["references"] = Json::array();
  for (const RecordReference& reference : record.references)
    json["references"].push_back({{"letter", orNull(reference.letter)},
                                  {"raw", reference.raw},
                                  {"ref_id", orNull(reference.ref_id)},
                                  {"kind", reference.kind},
                                  {"in_catalogue", reference.in_catalogue},
                                  {"cited_subject", orNull(reference.cited_subject)}});
  json["cited_by"] = Json::array();
  for (const RecordCitation& citation : record.cited_by)
    json["cited_by"].push_back(
        {{"ref_id", citation.ref_id}, {"created", orNull(citation.created)}, {"subject", orNull(citation.subject)}});
  json["summary"] = orNull(record.summary);
  json["header"] = orNull(record.header);
  json["body"] = orNull(record.body);
  return json;
}

}  // namespace cablecat
