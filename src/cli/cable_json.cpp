// Field names here are the interface people script against: keep them stable.
#include "cable_json.h"

namespace cablecat {

namespace {

nlohmann::ordered_json textOrNull(const std::string& text) {
  return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

}  // namespace

nlohmann::ordered_json cableToJson(const Cable& cable) {
  nlohmann::ordered_json out;
  out["ref_id"] = textOrNull(cable.ref_id);
  out["published_ref_id"] = textOrNull(cable.published_ref_id);
  out["created"] = textOrNull(cable.created);
  out["released"] = textOrNull(cable.released);
  out["classification"] = textOrNull(cable.classification);
  out["origin"] = textOrNull(cable.origin);
  out["subject"] = textOrNull(cable.subject);
  out["transmission_id"] = textOrNull(cable.transmission_id);
  out["precedence"] = textOrNull(cable.precedence);
  out["dtg"] = textOrNull(cable.dtg);
  out["from"] = textOrNull(cable.from_station);
  out["section_count"] = cable.section_count;
  out["is_partial"] = cable.is_partial;
  auto recipients = nlohmann::ordered_json::array();
  auto exclusions = nlohmann::ordered_json::array();
  for (const Recipient& recipient : cable.recipients) {
    nlohmann::ordered_json item;
    item["kind"] = recipient.kind;
    item["routing_indicator"] = textOrNull(recipient.routing_indicator);
    item["address"] = recipient.address;
    item["precedence"] = textOrNull(recipient.precedence);
    item["serial"] = textOrNull(recipient.serial);
    (recipient.kind == "xmt" ? exclusions : recipients).push_back(std::move(item));
  }
  out["recipients"] = std::move(recipients);
  out["exclusions"] = std::move(exclusions);
  auto tags = nlohmann::ordered_json::array();
  auto tagDetails = nlohmann::ordered_json::array();
  for (const Tag& tag : cable.tags) {
    tags.push_back(tag.code);
    tagDetails.push_back(
        {{"code", tag.code}, {"kind", tag.kind}, {"written", textOrNull(tag.written)}});
  }
  out["tags"] = std::move(tags);
  out["tag_details"] = std::move(tagDetails);
  auto references = nlohmann::ordered_json::array();
  for (const Reference& reference : cable.references) {
    nlohmann::ordered_json item;
    item["letter"] = textOrNull(reference.letter);
    item["raw"] = reference.raw;
    item["ref_id"] = textOrNull(reference.ref_id);
    item["kind"] = reference.kind;
    references.push_back(std::move(item));
  }
  out["references"] = std::move(references);
  out["signers"] = cable.signers;
  out["decl"] = textOrNull(cable.decl);
  out["classified_by"] = textOrNull(cable.classified_by);
  out["summary"] = textOrNull(cable.summary);
  auto diagnostics = nlohmann::ordered_json::array();
  for (const Diagnostic& diagnostic : cable.diagnostics)
    diagnostics.push_back({{"severity", severityName(diagnostic.severity)},
                           {"message", diagnostic.message}});
  out["diagnostics"] = std::move(diagnostics);
  return out;
}

}  // namespace cablecat
