// Tests that several forms of one cable end as one row, whatever the order.
#include <gtest/gtest.h>

#include <algorithm>

#include "store_test_support.h"

namespace cablecat {
namespace {

using test::TempCatalogue;

struct Form {
  Cable cable;
  std::string path;
  std::string format;
};

// The same cable as an early HTML build (redacted), a cables.csv row (whole,
// no release date, no subject line) and an archive page (partial extract).
std::vector<Form> threeForms() {
  Cable early = test::makeCable("07ASTANA2327", "Met XXXXXXXXXXXX about pipelines and energy talks.");
  early.subject = "KAZAKHSTAN: PIPELINES";
  early.recipients.resize(1);
  Cable dump = test::makeCable("07ASTANA2327", "Met the minister about pipelines and energy talks.");
  dump.released.clear();
  dump.subject.clear();
  dump.listed_references = {"07ASTANA1558"};
  dump.has_listed_references = true;
  Cable partial = test::makeCable("07ASTANA2327", "Met the minister about pipelines and more.");
  partial.is_partial = true;
  partial.released.clear();
  partial.subject = "KAZAKHSTAN: PIPELINES";
  partial.tags.clear();
  return {{early, "early.html", "html"}, {dump, "cables.csv", "csv"}, {partial, "archive.txt", "archive"}};
}

WriteOutcome loadForm(const std::string& catalogue, const Form& form) {
  CatalogueWriter writer(catalogue, {});
  std::int64_t source = writer.beginSource(form.path, form.format);
  WriteOutcome outcome = writer.write(form.cable, source, test::lineLocator(form.path, 3), form.format);
  writer.endSource(source, 100, 1);
  writer.finish();
  return outcome;
}

TEST(WriterForms, AllSixOrdersOfThreeFormsGiveTheSameCatalogue) {
  std::vector<Form> forms = threeForms();
  std::vector<int> order = {0, 1, 2};
  std::vector<std::string> first;
  int permutations = 0;
  do {
    TempCatalogue catalogue;
    for (int index : order) loadForm(catalogue.path(), forms[static_cast<std::size_t>(index)]);
    std::vector<std::string> dump = test::dumpCatalogue(catalogue.path());
    SQLite::Database db = openCatalogueForReading(catalogue.path());
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cables").getInt(), 1);
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cable_sources").getInt(), 3);
    // The whole, unredacted csv text wins; what it lacks comes from the others.
    EXPECT_EQ(test::dumpRows(db, "SELECT content_hash, released, subject, is_partial FROM cables"),
              (std::vector<std::string>{"hash-Met the minister about pipelines and energy talks.|"
                                        "2011-08-30T01:44|KAZAKHSTAN: PIPELINES|0"}))
        << "order " << order[0] << order[1] << order[2];
    EXPECT_EQ(db.execAndGet("SELECT count(*) FROM recipients").getInt(), 3);
    EXPECT_EQ(db.execAndGet("SELECT group_concat(ref_id) FROM listed_refs").getString(), "07ASTANA1558");
    if (first.empty())
      first = dump;
    else
      EXPECT_EQ(dump, first) << "order " << order[0] << order[1] << order[2];
    ++permutations;
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(permutations, 6);
}

// All forms in one load, one source each, with another cable before each
// form; `remembered` is the writer's in-memory cable limit.
std::vector<std::string> loadFormsInOneLoad(const std::vector<Form>& forms,
                                            const std::vector<int>& order, std::size_t remembered,
                                            bool buildAside) {
  TempCatalogue catalogue;
  WriterOptions options;
  options.remembered_cables = remembered;
  options.build_new_catalogue_aside = buildAside;
  CatalogueWriter writer(catalogue.path(), options);
  for (int index : order) {
    const Form& form = forms[static_cast<std::size_t>(index)];
    std::int64_t source = writer.beginSource(form.path, form.format);
    writer.write(test::makeCable("07ASTANA" + std::to_string(index + 1)), source,
                 test::lineLocator(form.path, 1), form.format);
    writer.write(form.cable, source, test::lineLocator(form.path, 3), form.format);
    writer.endSource(source, 100, 2);
  }
  writer.finish();
  return test::dumpCatalogue(catalogue.path());
}

TEST(WriterForms, ForgettingCablesInMemoryChangesNothing) {
  std::vector<Form> forms = threeForms();
  for (bool buildAside : {true, false}) {
    std::vector<int> order = {0, 1, 2};
    do {
      // 1: every write starts with an empty memory and asks the catalogue.
      std::vector<std::string> forgetful = loadFormsInOneLoad(forms, order, 1, buildAside);
      EXPECT_EQ(forgetful, loadFormsInOneLoad(forms, order, 65536, buildAside))
          << "order " << order[0] << order[1] << order[2] << (buildAside ? " built aside" : " live");
      EXPECT_GT(forgetful.size(), 10u);
    } while (std::next_permutation(order.begin(), order.end()));
  }
}

TEST(WriterForms, OutcomesSayWhatHappened) {
  std::vector<Form> forms = threeForms();
  TempCatalogue catalogue;
  EXPECT_EQ(loadForm(catalogue.path(), forms[2]), WriteOutcome::inserted);
  EXPECT_EQ(loadForm(catalogue.path(), forms[0]), WriteOutcome::replaced);  // not partial
  EXPECT_EQ(loadForm(catalogue.path(), forms[1]), WriteOutcome::replaced);  // not redacted
  EXPECT_EQ(loadForm(catalogue.path(), forms[0]), WriteOutcome::kept);
  EXPECT_EQ(loadForm(catalogue.path(), forms[1]), WriteOutcome::unchanged);
}

TEST(WriterForms, ReplacedCableKeepsItsIdAndRewritesChildren) {
  TempCatalogue catalogue;
  Cable older = test::makeCable("07ASTANA2327", "Short.");
  Cable newer = test::makeCable("07ASTANA2327", "A longer and more complete text.");
  newer.recipients = {{RecipientKind::to, "RUEHC", "SECSTATE WASHDC", "", "0001"}};
  newer.tags = {{"PREL", TagKind::subject}};
  newer.references.clear();
  test::loadCables(catalogue.path(), {older}, "old.csv", "csv");
  long long idBefore = openCatalogueForReading(catalogue.path()).execAndGet("SELECT id FROM cables").getInt64();
  test::loadCables(catalogue.path(), {newer}, "new.csv", "csv");
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(db.execAndGet("SELECT id FROM cables").getInt64(), idBefore);
  EXPECT_EQ(test::dumpRows(db, "SELECT address FROM recipients"), (std::vector<std::string>{"SECSTATE WASHDC"}));
  EXPECT_EQ(test::dumpRows(db, "SELECT code FROM cable_tags JOIN tags ON id = tag_id"),
            (std::vector<std::string>{"PREL"}));
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM refs").getInt(), 0);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM exclusions").getInt(), 0);
  EXPECT_EQ(test::dumpRows(db, "SELECT s.path, cs.content_hash FROM cable_sources cs "
                               "JOIN sources s ON s.id = cs.source_id ORDER BY s.path"),
            (std::vector<std::string>{"new.csv|hash-A longer and more complete text.", "old.csv|hash-Short."}));
}

TEST(WriterForms, LongestPublishedReferenceListWinsInEitherOrder) {
  Cable shortList = test::makeCable("07ASTANA2327", "Same text.");
  shortList.listed_references = {"07ASTANA1"};
  shortList.has_listed_references = true;
  Cable longList = shortList;
  longList.listed_references = {"07ASTANA1", "07ASTANA2"};
  longList.content_hash = "other-hash";
  for (bool longFirst : {false, true}) {
    TempCatalogue catalogue;
    test::loadCables(catalogue.path(), {longFirst ? longList : shortList}, "a.csv", "csv");
    test::loadCables(catalogue.path(), {longFirst ? shortList : longList}, "b.csv", "csv");
    SQLite::Database db = openCatalogueForReading(catalogue.path());
    EXPECT_EQ(db.execAndGet("SELECT group_concat(ref_id, ' ') FROM listed_refs").getString(),
              "07ASTANA1 07ASTANA2");
  }
}

TEST(WriterForms, DuplicateInsideOneNewCatalogueLoadIsResolved) {
  TempCatalogue catalogue;
  Cable weaker = test::makeCable("07ASTANA2327", "Short.");
  Cable stronger = test::makeCable("07ASTANA2327", "A longer text wins.");
  test::loadCables(catalogue.path(), {stronger, weaker, test::makeCable("07ASTANA1")}, "a.csv", "csv");
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(db.execAndGet("SELECT content_hash FROM cables WHERE ref_id = '07ASTANA2327'").getString(),
            "hash-A longer text wins.");
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cable_sources").getInt(), 3);
}

}  // namespace
}  // namespace cablecat
