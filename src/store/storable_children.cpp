// Child kinds the schema allows, and the issues for those it does not.
#include "storable_children.h"

namespace cablecat {

namespace {

bool isRecipientKind(const std::string& kind) {
  return kind == "to" || kind == "info" || kind == "xmt";
}

bool isTagKind(const std::string& kind) {
  return kind == "geo" || kind == "program" || kind == "subject" || kind == "person" ||
         kind == "org" || kind == "keyword";
}

bool isReferenceKind(const std::string& kind) {
  return kind == "cable" || kind == "email" || kind == "memo" || kind == "telcon" ||
         kind == "report" || kind == "web" || kind == "other";
}

}  // namespace

bool isStorable(const Recipient& recipient) {
  return !recipient.address.empty() && isRecipientKind(recipient.kind);
}

bool isStorable(const Tag& tag) { return !tag.code.empty() && isTagKind(tag.kind); }

bool isStorable(const Reference& reference) { return !reference.raw.empty(); }

const std::string& storedKind(const Reference& reference) {
  static const std::string other = "other";
  return isReferenceKind(reference.kind) ? reference.kind : other;
}

std::vector<ChildIssue> unstorableChildren(const Cable& cable) {
  std::vector<ChildIssue> issues;
  std::size_t position = 0;
  for (const Recipient& recipient : cable.recipients) {
    ++position;
    if (!isRecipientKind(recipient.kind))
      issues.push_back({Severity::warning, "recipient " + std::to_string(position) + " (" +
                                               recipient.address +
                                               ") has unknown kind '" + recipient.kind +
                                               "'; not stored"});
    else if (recipient.address.empty())
      issues.push_back({Severity::warning,
                        "recipient " + std::to_string(position) + " has no address; not stored"});
  }
  for (const Tag& tag : cable.tags) {
    if (tag.code.empty())
      issues.push_back({Severity::warning, "empty tag code; not stored"});
    else if (!isTagKind(tag.kind))
      issues.push_back({Severity::warning, "tag '" + tag.code + "' has unknown kind '" + tag.kind +
                                               "'; not stored"});
  }
  position = 0;
  for (const Reference& reference : cable.references) {
    ++position;
    if (reference.raw.empty())
      issues.push_back({Severity::warning,
                        "reference " + std::to_string(position) + " has no text; not stored"});
    else if (!isReferenceKind(reference.kind))
      issues.push_back({Severity::note, "reference '" + reference.raw + "' has unknown kind '" +
                                            reference.kind + "'; stored as 'other'"});
  }
  return issues;
}

}  // namespace cablecat
