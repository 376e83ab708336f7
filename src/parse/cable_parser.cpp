// Runs the field parsers over one raw cable, in the order their inputs need.
#include "cable_parser.h"

// The hash's implementation compiled here (same algorithm, same values):
// it vectorizes with this build's flags, where the shared library's
// generic build cost ~5% of the parser.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "body_parser.h"
#include "header_parser.h"
#include "iso_format.h"
#include "markings_parser.h"
#include "metadata.h"
#include "reference_id_repair.h"
#include "reference_parser.h"
#include "subject_parser.h"
#include "tag_parser.h"
#include "text_encoding.h"
#include "text_lines.h"

namespace cablecat {

namespace {

std::string hashOf(std::string_view header, std::string_view body) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  XXH3_128bits_update(state, header.data(), header.size());
  XXH3_128bits_update(state, "\0", 1);
  XXH3_128bits_update(state, body.data(), body.size());
  XXH128_hash_t hash = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  std::string hex;
  hex.reserve(32);
  appendHex64(hex, hash.high64);
  appendHex64(hex, hash.low64);
  return hex;
}

}  // namespace

namespace {

// The text arrives by value: moved in by the load, copied by other callers.
Cable parseText(std::string header, std::string body, const RawCable& raw) {
  Cable cable;
  applyMetadata(raw.metadata, cable);

  if (header.empty()) {
    std::size_t bodyStart = findBodyStart(body);
    cable.header = std::string(trim(std::string_view(body).substr(0, bodyStart)));
    body.erase(0, bodyStart);
  } else {
    cable.header = std::move(header);
  }
  cable.body = std::move(body);

  std::size_t repairs = repairUtf8(cable.header) + repairUtf8(cable.body);
  if (repairs > 0)
    cable.diagnostics.push_back({Severity::warning, std::to_string(repairs) +
                                                        " bytes of invalid UTF-8 read as Windows-1252"});

  parseHeader(cable.header, cable);
  canonicalizePublishedRefId(cable);  // reads the FM line and the classification line
  if (raw.metadata.cut_short) {
    cable.is_partial = true;
    cable.diagnostics.push_back({Severity::note, "the text is cut short (\"...\"); kept as partial"});
  }
  reconcileCreatedWithDtg(cable);
  // The field parsers read lines; a body whose lines are split by U+2028
  // (06MEXICO2220) is read through a copy with newlines in their place.
  std::string separatedBody;
  std::string_view fieldBody = cable.body;
  if (cable.body.find("\xE2\x80\xA8") != std::string::npos) {
    separatedBody = cable.body;
    replaceLineSeparators(separatedBody);
    fieldBody = separatedBody;
  }
  parseMarkings(fieldBody, cable);
  parseSubject(fieldBody, cable);
  if (cable.subject.empty() && !raw.metadata.title_subject.empty()) {
    cable.subject = collapseSpaces(raw.metadata.title_subject);
    repairUtf8(cable.subject);
  }
  parseTags(cable.body, cable);
  parseReferences(cable.body, cable);
  parseSummary(fieldBody, cable);
  parseSigners(fieldBody, cable);

  if (cable.ref_id.empty())
    cable.diagnostics.push_back({Severity::error, "cable has no reference ID"});
  cable.content_hash = hashOf(cable.header, cable.body);
  return cable;
}

}  // namespace

Cable parseCable(const RawCable& raw) { return parseText(raw.header, raw.body, raw); }

Cable parseCable(RawCable&& raw) {
  std::string header = std::move(raw.header), body = std::move(raw.body);
  return parseText(std::move(header), std::move(body), raw);
}

const char* severityName(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "warning";
}

}  // namespace cablecat
