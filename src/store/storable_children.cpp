// Child rows the schema can hold, and the issues for those it cannot.
#include "storable_children.h"

namespace cablecat {

namespace {

// A kind without a name is a value cast from outside the enum (a caller's
// bug, never the parser's output): reported, not stored.
template <class Kind>
bool hasName(Kind kind) {
  return !kindName(kind).empty();
}

// "'geo'" for a kind with a name, its number for one without.
template <class Kind>
std::string kindText(Kind kind) {
  if (!hasName(kind)) return std::to_string(kindNumber(kind));
  std::string quoted(1, '\'');
  quoted.append(kindName(kind));
  quoted.push_back('\'');
  return quoted;
}

}  // namespace

bool isStorable(const Recipient& recipient) { return !recipient.address.empty() && hasName(recipient.kind); }

bool isStorable(const Tag& tag) { return !tag.code.empty() && hasName(tag.kind); }

bool isStorable(const Reference& reference) { return !reference.raw.empty(); }

std::string_view storedKind(const Reference& reference) {
  return hasName(reference.kind) ? kindName(reference.kind) : kindName(ReferenceKind::other);
}

std::vector<ChildIssue> unstorableChildren(const Cable& cable) {
  std::vector<ChildIssue> issues;
  std::size_t position = 0;
  for (const Recipient& recipient : cable.recipients) {
    ++position;
    if (!hasName(recipient.kind))
      issues.push_back({Severity::warning, "recipient " + std::to_string(position) + " (" + recipient.address +
                                               ") has unknown kind " + kindText(recipient.kind) + "; not stored"});
    else if (recipient.address.empty())
      issues.push_back({Severity::warning,
                        "recipient " + std::to_string(position) + " has no address; not stored"});
  }
  for (const Tag& tag : cable.tags) {
    if (tag.code.empty())
      issues.push_back({Severity::warning, "empty tag code; not stored"});
    else if (!hasName(tag.kind))
      issues.push_back({Severity::warning, "tag '" + tag.code + "' has unknown kind " + kindText(tag.kind) +
                                               "; not stored"});
  }
  position = 0;
  for (const Reference& reference : cable.references) {
    ++position;
    if (reference.raw.empty())
      issues.push_back({Severity::warning,
                        "reference " + std::to_string(position) + " has no text; not stored"});
    else if (!hasName(reference.kind))
      issues.push_back({Severity::note, "reference '" + reference.raw + "' has unknown kind " +
                                            kindText(reference.kind) + "; stored as 'other'"});
  }
  return issues;
}

}  // namespace cablecat
