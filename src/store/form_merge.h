// The merge rule (schema/001_catalogue.sql, cable_sources): what storing a
// new form of a cable the catalogue already holds does to the stored one.
// Pure: the writer asks, then writes what the answer says.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "form_rank.h"
#include "sequence_hash.h"
#include "parse/cable.h"

namespace cablecat {

enum class WriteOutcome {
  inserted,   // a new cable
  replaced,   // this form wins over the stored one (more complete); children rewritten
  unchanged,  // the same text was already stored; only provenance recorded
  kept,       // the stored form wins; only provenance recorded
};

// Metadata a form may lack and another form supplies. The bit values are
// the stored cable lookup's (stored_cables.cpp) and must not change.
enum MetadataBit : unsigned {
  kMissingCreated = 1u << 0, kMissingReleased = 1u << 1, kMissingClassification = 1u << 2,
  kMissingOrigin = 1u << 3, kMissingSubject = 1u << 4, kMissingPublishedRefId = 1u << 5,
};

// The MetadataBit set of the fields `cable` leaves empty.
unsigned missingMetadata(const Cable& cable);

// Orders published reference lists: the longest wins, then the greatest
// hash. A pure maximum, so the order of loading does not matter.
struct ListedRefsKey {
  std::int64_t count = 0;
  SequenceHash hash;

  // The next entry of the list. Empty entries are not stored and do not count.
  void add(std::string_view ref);
  auto operator<=>(const ListedRefsKey&) const = default;
};

ListedRefsKey listedRefsKey(const std::vector<std::string>& refs);

// What the writer keeps in memory of a stored form: enough to decide most
// merges without reading the stored text.
struct StoredForm {
  std::string content_hash;
  int format_priority = 0;                   // formatPriority() of the best format with this text
  unsigned missing = 0;                      // MetadataBit set of its NULL columns
  std::optional<ListedRefsKey> listed_refs;  // nullopt: not known yet (ask StoredFormFacts)
};

// The stored form of a cable stored for the first time.
StoredForm firstForm(const Cable& cable, std::string_view format);

// Facts about the stored form that cost the writer a query: the rule asks
// for each only when its decision depends on it.
class StoredFormFacts {
 public:
  virtual FormRank rank() = 0;             // measured on the stored text, with its format priority
  virtual ListedRefsKey listedRefs() = 0;  // of the stored published list

 protected:
  ~StoredFormFacts() = default;
};

// The decision for one new form of a stored cable.
struct FormMerge {
  WriteOutcome outcome = WriteOutcome::unchanged;  // replaced, unchanged or kept
  // replaced: the row takes the new form's columns, except metadata the new
  // form lacks, and its child rows are rewritten from the new form.
  bool rewrite_cable = false;
  // MetadataBits to copy from the new form into the stored row's NULL columns.
  unsigned fill = 0;
  // The new form's published list replaces the stored one.
  bool replace_listed_refs = false;
  // The stored form once the decision is written (see recordMerge).
  unsigned missing_after = 0;
  std::optional<ListedRefsKey> listed_refs_after;
};

FormMerge mergeForms(const StoredForm& stored, const Cable& cable, std::string_view format,
                     StoredFormFacts& facts);

// Brings the memory of a stored form up to date with a decision written.
void recordMerge(StoredForm& stored, const FormMerge& merge, const Cable& cable,
                 std::string_view format);

}  // namespace cablecat
