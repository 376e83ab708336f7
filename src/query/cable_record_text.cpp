// `cablecat show` text: a metadata block, then the lists, then the text.
#include <sstream>

#include "cable_record.h"
#include "parse/kinds.h"
#include "text_width.h"

namespace cablecat {

namespace {

constexpr std::size_t kLabelWidth = 17;

void field(std::ostringstream& out, std::string_view label, const std::string& value) {
  out << padToWidth(label, kLabelWidth, Align::Left) << value << '\n';
}

void field(std::ostringstream& out, std::string_view label, const OptionalText& value) {
  if (value) field(out, label, *value);
}

std::string joinPresent(std::initializer_list<const OptionalText*> parts, const std::string& middle) {
  std::string text;
  for (const OptionalText* part : parts) {
    if (!*part) continue;
    if (!text.empty()) text += middle;
    text += **part;
  }
  return text;
}

// The header's own form: RUEHC/SECSTATE WASHDC PRIORITY 0482.
std::string addressLine(const OptionalText& routingIndicator, const std::string& address) {
  return routingIndicator ? *routingIndicator + "/" + address : address;
}

void recipientsSection(std::ostringstream& out, const CableRecord& record, RecipientKind kind,
                       std::string_view title) {
  bool any = false;
  for (const RecordRecipient& recipient : record.recipients) {
    if (recipient.kind != kindName(kind)) continue;
    if (!any) out << title << '\n';
    any = true;
    std::string line = addressLine(recipient.routing_indicator, recipient.address);
    std::string tail = joinPresent({&recipient.precedence, &recipient.serial}, " ");
    out << "  " << line << (tail.empty() ? "" : " " + tail) << '\n';
  }
}

std::string referenceLine(const RecordReference& reference) {
  std::string line = (reference.letter ? *reference.letter + "." : "-") + " " + reference.raw;
  if (reference.kind != kindName(ReferenceKind::cable)) return line + " (" + reference.kind + ")";
  if (!reference.ref_id) return line + " (cable, no reference ID)";
  line += " = " + *reference.ref_id;
  if (!reference.in_catalogue) return line + ", not in catalogue";
  return line + ", in catalogue: " + reference.cited_subject.value_or("(no subject)");
}

void textSection(std::ostringstream& out, std::string_view title, const OptionalText& text) {
  if (!text) return;
  out << '\n' << title << '\n' << *text;
  if (!text->empty() && text->back() != '\n') out << '\n';
}

void metadataBlock(std::ostringstream& out, const CableRecord& record) {
  field(out, "Reference ID", record.ref_id + (record.ref_id_malformed ? " (malformed, kept as written)" : ""));
  field(out, "Published as", record.published_ref_id);
  field(out, "Created", record.created);
  field(out, "Released", record.released);
  field(out, "Classification", record.classification);
  field(out, "Origin", record.origin);
  field(out, "Precedence", record.precedence);
  field(out, "DTG", record.dtg);
  field(out, "From", record.from_station);
  field(out, "Subject", record.subject);
  field(out, "DECL", record.decl);
  field(out, "Classified by", record.classified_by);
  field(out, "Signer", record.signer);
  if (record.section_count) field(out, "Sections", std::to_string(*record.section_count));
  if (record.is_partial) field(out, "Partial", std::string("yes: a partial extract, not the whole cable"));
  field(out, "Transmission ID", record.transmission_id);
  std::string_view label = "Sources";
  for (const RecordSource& source : record.sources) {
    field(out, label, source.path + " " + source.locator + " (" + source.format + ")");
    label = "";
  }
}

}  // namespace

std::string cableRecordText(const CableRecord& record) {
  std::ostringstream out;
  out << record.ref_id << ": " << record.subject.value_or("(no subject)") << "\n\n";
  metadataBlock(out, record);
  if (!record.recipients.empty() || !record.exclusions.empty()) out << '\n';
  recipientsSection(out, record, RecipientKind::to, "TO");
  recipientsSection(out, record, RecipientKind::info, "INFO");
  if (!record.exclusions.empty()) out << "EXCLUDED (XMT)\n";
  for (const RecordExclusion& exclusion : record.exclusions)
    out << "  " << addressLine(exclusion.routing_indicator, exclusion.address) << '\n';
  if (record.recipients.empty()) out << "\n(no recipients)\n";
  if (!record.tags.empty()) out << "\nTAGS\n";
  std::size_t codeWidth = 0;
  for (const RecordTag& tag : record.tags) codeWidth = std::max(codeWidth, displayWidth(tag.code));
  for (const RecordTag& tag : record.tags)
    out << "  " << padToWidth(tag.code, codeWidth, Align::Left) << "  " << tag.kind << '\n';
  if (!record.references.empty()) out << "\nREFERENCES\n";
  for (const RecordReference& reference : record.references) out << "  " << referenceLine(reference) << '\n';
  if (!record.cited_by.empty()) out << "\nCITED BY\n";
  for (const RecordCitation& citation : record.cited_by) {
    std::string date = citation.created ? citation.created->substr(0, 10) : std::string("?");
    out << "  " << citation.ref_id << "  " << date << "  " << citation.subject.value_or("") << '\n';
  }
  textSection(out, "SUMMARY", record.summary);
  textSection(out, "BODY", record.body);
  return out.str();
}

}  // namespace cablecat
