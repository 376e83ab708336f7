// Field names here are the interface people script against: the catalogue's
// column names, so a parsed cable and a stored one read the same.
#include "cable_json.h"

namespace cablecat {

namespace {

using Json = nlohmann::ordered_json;

Json textOrNull(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

// As the catalogue's `signer` column holds them.
std::string joinedSigners(const std::vector<std::string>& signers) {
  std::string text;
  for (const std::string& signer : signers) {
    if (signer.empty()) continue;
    if (!text.empty()) text += "; ";
    text += signer;
  }
  return text;
}

void addCableColumns(const Cable& cable, Json& out) {
  out["ref_id"] = textOrNull(cable.ref_id);
  out["ref_id_malformed"] = cable.ref_id_malformed;
  out["published_ref_id"] = textOrNull(cable.published_ref_id);
  out["created"] = textOrNull(cable.created);
  out["released"] = textOrNull(cable.released);
  out["classification"] = textOrNull(cable.classification);
  out["origin"] = textOrNull(cable.origin);
  out["subject"] = textOrNull(cable.subject);
  out["summary"] = textOrNull(cable.summary);
  out["transmission_id"] = textOrNull(cable.transmission_id);
  out["precedence"] = textOrNull(cable.precedence);
  out["dtg"] = textOrNull(cable.dtg);
  out["from_station"] = textOrNull(cable.from_station);
  out["section_count"] = cable.section_count > 0 ? Json(cable.section_count) : Json(nullptr);
  out["is_partial"] = cable.is_partial;
  out["decl"] = textOrNull(cable.decl);
  out["classified_by"] = textOrNull(cable.classified_by);
  out["signer"] = textOrNull(joinedSigners(cable.signers));
  out["signers"] = cable.signers;
}

void addRecipients(const Cable& cable, Json& out) {
  auto recipients = Json::array();
  auto exclusions = Json::array();
  for (const Recipient& recipient : cable.recipients) {
    Json item;
    item["kind"] = std::string(kindName(recipient.kind));
    item["routing_indicator"] = textOrNull(recipient.routing_indicator);
    item["address"] = recipient.address;
    item["precedence"] = textOrNull(recipient.precedence);
    item["serial"] = textOrNull(recipient.serial);
    (recipient.kind == RecipientKind::xmt ? exclusions : recipients).push_back(std::move(item));
  }
  out["recipients"] = std::move(recipients);
  out["exclusions"] = std::move(exclusions);
}

void addTagsAndReferences(const Cable& cable, Json& out) {
  auto tags = Json::array();
  auto tagDetails = Json::array();
  for (const Tag& tag : cable.tags) {
    tags.push_back(tag.code);
    tagDetails.push_back({{"code", tag.code}, {"kind", std::string(kindName(tag.kind))}, {"written", textOrNull(tag.written)}});
  }
  out["tags"] = std::move(tags);
  out["tag_details"] = std::move(tagDetails);
  auto references = Json::array();
  for (const Reference& reference : cable.references) {
    Json item;
    item["letter"] = textOrNull(reference.letter);
    item["raw"] = reference.raw;
    item["ref_id"] = textOrNull(reference.ref_id);
    item["kind"] = std::string(kindName(reference.kind));
    references.push_back(std::move(item));
  }
  out["references"] = std::move(references);
  // listed_refs: the reference column of a cables.csv row; null for forms without one.
  out["listed_refs"] = cable.has_listed_references ? Json(cable.listed_references) : Json(nullptr);
}

}  // namespace

Json cableToJson(const Cable& cable, const CableForm& form) {
  Json out;
  addCableColumns(cable, out);
  addRecipients(cable, out);
  addTagsAndReferences(cable, out);
  out["format"] = textOrNull(form.format);
  out["locator"] = textOrNull(form.locator);
  auto diagnostics = Json::array();
  for (const Diagnostic& diagnostic : cable.diagnostics)
    diagnostics.push_back({{"severity", severityName(diagnostic.severity)}, {"message", diagnostic.message}});
  out["diagnostics"] = std::move(diagnostics);
  return out;
}

std::string locatorText(const Locator& locator) {
  if (locator.row > 0) return "row " + std::to_string(locator.row);
  if (locator.line > 0) return "line " + std::to_string(locator.line);
  return {};
}

std::string jsonText(const Json& json, int indent) {
  return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace cablecat
