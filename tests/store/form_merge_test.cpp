// Tests the merge rule on its own: no catalogue, no SQLite. The stored form
// is a plain struct and its costly facts come from a fake that counts the
// questions the rule asks.
#include "store/form_merge.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "support/cable_fixture.h"

namespace cablecat {
namespace {

Cable formWith(const std::string& body, const std::string& hash) {
  Cable cable = test::makeCable("07ASTANA2327", body);
  cable.content_hash = hash;
  return cable;
}

// What the catalogue would answer about the stored form.
class FakeFacts final : public StoredFormFacts {
 public:
  explicit FakeFacts(FormRank rank, ListedRefsKey listed = {}) : rank_(rank), listed_(listed) {}
  FormRank rank() override {
    ++rank_questions;
    return rank_;
  }
  ListedRefsKey listedRefs() override {
    ++listed_questions;
    return listed_;
  }
  int rank_questions = 0;
  int listed_questions = 0;

 private:
  FormRank rank_;
  ListedRefsKey listed_;
};

FakeFacts factsOf(const Cable& stored, std::string_view format) {
  return FakeFacts(rankForm(stored.is_partial, stored.header, stored.body, format,
                            stored.content_hash),
                   listedRefsKey(stored.listed_references));
}

TEST(FormMerge, TheSameFormAgainIsUnchangedWithoutReadingTheStoredText) {
  Cable cable = formWith("Talks went well.", "h1");
  StoredForm stored = firstForm(cable, "csv");
  FakeFacts facts = factsOf(cable, "csv");
  FormMerge merge = mergeForms(stored, cable, "csv", facts);
  EXPECT_EQ(merge.outcome, WriteOutcome::unchanged);
  EXPECT_FALSE(merge.rewrite_cable);
  EXPECT_EQ(merge.fill, 0u);
  EXPECT_FALSE(merge.replace_listed_refs);
  EXPECT_EQ(facts.rank_questions, 0);
  EXPECT_EQ(facts.listed_questions, 0);
}

TEST(FormMerge, AMoreCompleteFormReplacesAndRewritesChildren) {
  Cable partial = formWith("Talks went", "h1");
  partial.is_partial = true;
  Cable whole = formWith("Talks went well.", "h2");
  whole.released.clear();  // the replacement keeps the stored release date
  StoredForm stored = firstForm(partial, "archive");
  FakeFacts facts = factsOf(partial, "archive");
  FormMerge merge = mergeForms(stored, whole, "html", facts);
  EXPECT_EQ(merge.outcome, WriteOutcome::replaced);
  EXPECT_TRUE(merge.rewrite_cable);
  EXPECT_EQ(merge.fill, 0u) << "a replacing form fills nothing: the replacement coalesces";
  EXPECT_EQ(merge.missing_after, unsigned{kMissingPublishedRefId}) << "the release date stays";
  EXPECT_EQ(facts.rank_questions, 1);
  recordMerge(stored, merge, whole, "html");
  EXPECT_EQ(stored.content_hash, "h2");
  EXPECT_EQ(stored.format_priority, formatPriority("html"));
}

TEST(FormMerge, ALosingFormFillsWhatTheStoredOneLacks) {
  Cable stored_cable = formWith("Met the minister about pipelines.", "h1");
  stored_cable.subject.clear();
  stored_cable.released.clear();
  Cable page = formWith("Met XXXXXXXXXXXX about pipelines.", "h2");
  page.subject = "KAZAKHSTAN: PIPELINES";
  page.released.clear();
  StoredForm stored = firstForm(stored_cable, "csv");
  FakeFacts facts = factsOf(stored_cable, "csv");
  FormMerge merge = mergeForms(stored, page, "html", facts);
  EXPECT_EQ(merge.outcome, WriteOutcome::kept);
  EXPECT_FALSE(merge.rewrite_cable);
  EXPECT_EQ(merge.fill, unsigned{kMissingSubject});
  EXPECT_EQ(merge.missing_after, unsigned{kMissingReleased} | kMissingPublishedRefId);
  recordMerge(stored, merge, page, "html");
  EXPECT_EQ(stored.content_hash, "h1");
  EXPECT_EQ(stored.missing, merge.missing_after);
}

// Schema 6: the malformed ID WikiLeaks published is filled like the other
// missing metadata, from whichever form has it.
TEST(FormMerge, PublishedReferenceIdIsFilledFromTheFormThatHasIt) {
  Cable stored_cable = formWith("The whole text of the cable.", "h1");
  Cable page = formWith("The whole", "h2");
  page.is_partial = true;
  page.published_ref_id = "08ECTION01OF02MANAMA492";
  StoredForm stored = firstForm(stored_cable, "csv");
  EXPECT_EQ(stored.missing, unsigned{kMissingPublishedRefId});
  FakeFacts facts = factsOf(stored_cable, "csv");
  FormMerge merge = mergeForms(stored, page, "html", facts);
  EXPECT_EQ(merge.outcome, WriteOutcome::kept);
  EXPECT_EQ(merge.fill, unsigned{kMissingPublishedRefId});
  EXPECT_EQ(merge.missing_after, 0u);
}

TEST(FormMerge, TheSameTextInABetterFormatReplaces) {
  Cable cable = formWith("Talks went well.", "h1");
  StoredForm stored = firstForm(cable, "archive");
  FakeFacts facts = factsOf(cable, "archive");
  EXPECT_EQ(mergeForms(stored, cable, "csv", facts).outcome, WriteOutcome::replaced);
  EXPECT_EQ(mergeForms(stored, cable, "text", facts).outcome, WriteOutcome::kept);
}

TEST(FormMerge, TheLongestPublishedListWinsAndTheStoredOneIsAskedForOnce) {
  Cable stored_cable = formWith("Text.", "h1");
  Cable longer = stored_cable;
  longer.listed_references = {"07ASTANA1", "07ASTANA2"};
  longer.has_listed_references = true;
  StoredForm stored = firstForm(stored_cable, "csv");
  stored.listed_refs.reset();  // as after a lookup: not known until needed
  FakeFacts facts(rankForm(false, "", "", "csv", "h1"), listedRefsKey({"07ASTANA1"}));
  FormMerge merge = mergeForms(stored, longer, "csv", facts);
  EXPECT_TRUE(merge.replace_listed_refs);
  EXPECT_EQ(facts.listed_questions, 1);
  recordMerge(stored, merge, longer, "csv");
  ASSERT_TRUE(stored.listed_refs.has_value());
  EXPECT_EQ(stored.listed_refs->count, 2);

  Cable shorter = stored_cable;
  shorter.listed_references = {"07ASTANA9"};
  shorter.has_listed_references = true;
  merge = mergeForms(stored, shorter, "csv", facts);
  EXPECT_FALSE(merge.replace_listed_refs);
  EXPECT_EQ(facts.listed_questions, 1) << "known since the last merge";
}

TEST(FormMerge, AFormWithoutAPublishedListLeavesTheStoredOneAlone) {
  Cable cable = formWith("Text.", "h1");
  StoredForm stored = firstForm(cable, "csv");
  stored.listed_refs.reset();
  FakeFacts facts = factsOf(cable, "csv");
  FormMerge merge = mergeForms(stored, formWith("Other text.", "h2"), "html", facts);
  EXPECT_FALSE(merge.replace_listed_refs);
  EXPECT_FALSE(merge.listed_refs_after.has_value());
  EXPECT_EQ(facts.listed_questions, 0);
}

TEST(FormMerge, ListedRefsKeySkipsEmptyEntriesAndSeesWhereEachEnds) {
  EXPECT_EQ(listedRefsKey({"07A1", "", "07A2"}), listedRefsKey({"07A1", "07A2"}));
  EXPECT_EQ(listedRefsKey({}).count, 0);
  EXPECT_NE(listedRefsKey({"ab", "c"}), listedRefsKey({"a", "bc"}));
  EXPECT_LT(listedRefsKey({"zzz"}), listedRefsKey({"a", "b"})) << "more entries win first";
}

// The rule is a pure maximum: whatever the order in which the forms arrive,
// the same text is stored with the same metadata and published list.
TEST(FormMerge, EveryOrderOfFormsEndsWithTheSameStoredForm) {
  Cable redacted = formWith("Met XXXXXXXXXXXX about pipelines and energy talks.", "h-redacted");
  redacted.subject = "KAZAKHSTAN: PIPELINES";
  Cable dump = formWith("Met the minister about pipelines and energy talks.", "h-dump");
  dump.subject.clear();
  dump.released.clear();
  dump.listed_references = {"07ASTANA1558"};
  dump.has_listed_references = true;
  Cable partial = formWith("Met the minister about pipelines.", "h-partial");
  partial.is_partial = true;
  partial.listed_references = {"07ASTANA9"};
  partial.has_listed_references = true;
  struct Arrival {
    Cable cable;
    std::string format;
  };
  std::vector<Arrival> forms = {{redacted, "html"}, {dump, "csv"}, {partial, "archive"}};
  std::vector<int> order = {0, 1, 2};
  do {
    // A pure model of the stored row: the winning text, and filled metadata.
    const Arrival* text = &forms[static_cast<std::size_t>(order[0])];
    StoredForm stored = firstForm(text->cable, text->format);
    for (std::size_t step = 1; step < order.size(); ++step) {
      const Arrival& next = forms[static_cast<std::size_t>(order[step])];
      FakeFacts facts = factsOf(text->cable, text->format);
      FormMerge merge = mergeForms(stored, next.cable, next.format, facts);
      recordMerge(stored, merge, next.cable, next.format);
      if (merge.rewrite_cable) text = &next;
    }
    EXPECT_EQ(stored.content_hash, "h-dump") << order[0] << order[1] << order[2];
    // The subject and release date came from other forms; none published an ID.
    EXPECT_EQ(stored.missing, unsigned{kMissingPublishedRefId}) << order[0] << order[1] << order[2];
    ASSERT_TRUE(stored.listed_refs.has_value());
    EXPECT_EQ(*stored.listed_refs, std::max(listedRefsKey(dump.listed_references),
                                            listedRefsKey(partial.listed_references)));
  } while (std::next_permutation(order.begin(), order.end()));
}

}  // namespace
}  // namespace cablecat
