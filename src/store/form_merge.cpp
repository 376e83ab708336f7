// The merge rule: rank the forms, fill what the winner lacks, keep the
// longest published reference list.
#include "form_merge.h"

#include <algorithm>

namespace cablecat {

unsigned missingMetadata(const Cable& cable) {
  unsigned missing = 0;
  if (cable.created.empty()) missing |= kMissingCreated;
  if (cable.released.empty()) missing |= kMissingReleased;
  if (cable.classification.empty()) missing |= kMissingClassification;
  if (cable.origin.empty()) missing |= kMissingOrigin;
  if (cable.subject.empty()) missing |= kMissingSubject;
  if (cable.published_ref_id.empty()) missing |= kMissingPublishedRefId;
  return missing;
}

void ListedRefsKey::add(std::string_view ref) {
  if (ref.empty()) return;
  ++count;
  hash.add(ref);
}

ListedRefsKey listedRefsKey(const std::vector<std::string>& refs) {
  ListedRefsKey key;
  for (const std::string& ref : refs) key.add(ref);
  return key;
}

StoredForm firstForm(const Cable& cable, std::string_view format) {
  StoredForm form;
  form.content_hash = cable.content_hash;
  form.format_priority = formatPriority(format);
  form.missing = missingMetadata(cable);
  form.listed_refs = cable.has_listed_references ? listedRefsKey(cable.listed_references)
                                                 : ListedRefsKey{};
  return form;
}

FormMerge mergeForms(const StoredForm& stored, const Cable& cable, std::string_view format,
                     StoredFormFacts& facts) {
  FormMerge merge;
  int priority = formatPriority(format);
  if (stored.content_hash == cable.content_hash && stored.format_priority == priority) {
    merge.outcome = WriteOutcome::unchanged;
  } else {
    FormRank incoming = rankForm(cable.is_partial, cable.header, cable.body, format,
                                 cable.content_hash);
    bool wins = isBetterForm(incoming, facts.rank());
    merge.outcome = wins ? WriteOutcome::replaced : WriteOutcome::kept;
    merge.rewrite_cable = wins;
  }
  unsigned incomingMissing = missingMetadata(cable);
  // A replacing form keeps the stored metadata it lacks by itself (the
  // replacement coalesces), so only a form that lost fills anything.
  if (!merge.rewrite_cable) merge.fill = stored.missing & ~incomingMissing;
  merge.missing_after = stored.missing & incomingMissing;
  if (cable.has_listed_references) {
    ListedRefsKey current = stored.listed_refs ? *stored.listed_refs : facts.listedRefs();
    ListedRefsKey incoming = listedRefsKey(cable.listed_references);
    merge.replace_listed_refs = current < incoming;
    merge.listed_refs_after = std::max(current, incoming);
  }
  return merge;
}

void recordMerge(StoredForm& stored, const FormMerge& merge, const Cable& cable,
                 std::string_view format) {
  if (merge.rewrite_cable) {
    stored.content_hash = cable.content_hash;
    stored.format_priority = formatPriority(format);
  }
  stored.missing = merge.missing_after;
  if (merge.listed_refs_after) stored.listed_refs = merge.listed_refs_after;
}

}  // namespace cablecat
