// Tests that loading the same input again changes nothing, and a changed file
// keeps the provenance of what it held before.
#include <gtest/gtest.h>

#include "store_test_support.h"

namespace cablecat {
namespace {

using test::TempCatalogue;

// One load as the pipeline does it: a source-less issue, a file with cables
// and issues.
void loadFile(const std::string& catalogue, const std::vector<Cable>& cables,
              WriterOptions options = {}) {
  CatalogueWriter writer(catalogue, options);
  writer.recordIssue(0, {"missing.html", 0, 0}, "", Severity::error, "cannot open missing.html");
  std::int64_t source = writer.beginSource("dump.csv", "csv");
  std::uint64_t row = 0;
  for (const Cable& cable : cables) {
    ++row;
    writer.write(cable, source, {"dump.csv", 0, row}, "csv");
    writer.recordIssue(source, {"dump.csv", 0, row}, cable.ref_id, Severity::warning, "odd TAGS line");
  }
  writer.endSource(source, 5000, cables.size());
  writer.finish();
}

std::vector<Cable> someCables() {
  std::vector<Cable> cables;
  for (int serial = 1; serial <= 5; ++serial)
    cables.push_back(test::makeCable("07ASTANA" + std::to_string(serial), "Text " + std::to_string(serial)));
  cables[2].listed_references = {"07ASTANA1"};
  cables[2].has_listed_references = true;
  return cables;
}

TEST(WriterReload, LoadingTheSameInputTwiceChangesNoRowCount) {
  TempCatalogue catalogue;
  loadFile(catalogue.path(), someCables());
  std::map<std::string, long long> first = test::rowCounts(catalogue.path());
  std::vector<std::string> firstDump = test::dumpCatalogue(catalogue.path());
  EXPECT_EQ(first["cables"], 5);
  EXPECT_EQ(first["load_issues"], 6);
  loadFile(catalogue.path(), someCables());
  loadFile(catalogue.path(), someCables());
  EXPECT_EQ(test::rowCounts(catalogue.path()), first);
  EXPECT_EQ(test::dumpCatalogue(catalogue.path()), firstDump);
}

TEST(WriterReload, ReloadCountsEveryCableAsUnchanged) {
  TempCatalogue catalogue;
  loadFile(catalogue.path(), someCables());
  CatalogueWriter writer(catalogue.path(), {});
  std::int64_t source = writer.beginSource("dump.csv", "csv");
  for (const Cable& cable : someCables()) writer.write(cable, source, {"dump.csv", 0, 1}, "csv");
  writer.endSource(source, 5000, 5);
  writer.finish();
  EXPECT_EQ(writer.counts().unchanged, 5u);
  EXPECT_EQ(writer.counts().inserted, 0u);
}

TEST(WriterReload, ChangedFileGetsANewSourceAndKeepsOldProvenance) {
  TempCatalogue catalogue;
  loadFile(catalogue.path(), someCables());
  std::vector<Cable> changed = someCables();
  changed[0] = test::makeCable("07ASTANA1", "Text 1 with a longer, corrected ending.");
  loadFile(catalogue.path(), changed);
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sources").getInt(), 2);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cable_sources").getInt(), 10);
  EXPECT_EQ(db.execAndGet("SELECT content_hash FROM cables WHERE ref_id = '07ASTANA1'").getString(),
            "hash-Text 1 with a longer, corrected ending.");
  // The source-less issue is stored once; each file version keeps its own.
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM load_issues WHERE source_id IS NULL").getInt(), 1);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM load_issues").getInt(), 11);
}

WriterOptions byBuild(const std::string& loaderBuild) {
  WriterOptions options;
  options.loader_build = loaderBuild;
  return options;
}

// Builds before xxHash fingerprinted sources with FNV-1a: a newer build that
// reads the same file again still recognizes their record by the forms it
// holds, and replaces it.
TEST(WriterReload, ANewerBuildReplacesTheRecordOfAnOlderOneWhateverItsFingerprint) {
  TempCatalogue catalogue;
  loadFile(catalogue.path(), someCables(), byBuild("older"));
  std::map<std::string, long long> first = test::rowCounts(catalogue.path());
  {
    SQLite::Database db(catalogue.path(), SQLite::OPEN_READWRITE);
    db.exec("UPDATE sources SET fingerprint = '0123456789abcdef'");
  }
  loadFile(catalogue.path(), someCables(), byBuild("newer"));
  EXPECT_EQ(test::rowCounts(catalogue.path()), first);
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(db.execAndGet("SELECT loader_build FROM sources").getString(), "newer");
}

TEST(WriterReload, ANewerBuildKeepsTheRecordOfFormsItDidNotReadAgain) {
  TempCatalogue catalogue;
  loadFile(catalogue.path(), someCables(), byBuild("older"));
  std::vector<Cable> changed = someCables();
  changed[0] = test::makeCable("07ASTANA1", "Text 1 with a longer, corrected ending.");
  loadFile(catalogue.path(), changed, byBuild("newer"));
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sources").getInt(), 2);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM cable_sources").getInt(), 10);
}

TEST(WriterReload, ReloadIntoLiveCatalogueMatchesFreshBuild) {
  TempCatalogue aside, live;
  loadFile(aside.path(), someCables());
  loadFile(live.path(), someCables(), test::liveOptions());
  EXPECT_EQ(test::dumpCatalogue(aside.path()), test::dumpCatalogue(live.path()));
}

}  // namespace
}  // namespace cablecat

namespace cablecat {
namespace {

// Several files per load, as a folder load does: each reload must keep every
// form attributed to its own file.
void loadFolder(const std::string& catalogue) {
  CatalogueWriter writer(catalogue, {});
  for (int file = 1; file <= 3; ++file) {
    std::string path = "page" + std::to_string(file) + ".html";
    std::int64_t source = writer.beginSource(path, "html");
    writer.write(test::makeCable("07ASTANA" + std::to_string(file), "Page " + std::to_string(file)),
                 source, {path, 12, 0}, "html");
    writer.recordIssue(source, {path, 3, 0}, "", Severity::note, "sidebar skipped");
    writer.endSource(source, 200, 1);
  }
  writer.finish();
}

TEST(WriterReload, ReloadingAFolderKeepsEachFormWithItsFile) {
  TempCatalogue catalogue;
  loadFolder(catalogue.path());
  std::vector<std::string> first = test::dumpCatalogue(catalogue.path());
  loadFolder(catalogue.path());
  loadFolder(catalogue.path());
  EXPECT_EQ(test::dumpCatalogue(catalogue.path()), first);
  SQLite::Database db = openCatalogueForReading(catalogue.path());
  EXPECT_EQ(test::dumpRows(db, "SELECT s.path, c.ref_id, s.issues, "
                               "(SELECT count(*) FROM load_issues i WHERE i.source_id = s.id) "
                               "FROM sources s JOIN cable_sources cs ON cs.source_id = s.id "
                               "JOIN cables c ON c.id = cs.cable_id ORDER BY s.path"),
            (std::vector<std::string>{"page1.html|07ASTANA1|1|1", "page2.html|07ASTANA2|1|1",
                                      "page3.html|07ASTANA3|1|1"}));
}

}  // namespace
}  // namespace cablecat
