// Loads the whole real corpus (../shared/corpus) with the binary and measures
// how well the catalogue agrees with what each page itself shows. Skips when
// the corpus is absent. The page facts are extracted here independently of
// the readers, so a reader bug cannot hide itself.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "page_facts.h"
#include "support/temporary_folder.h"

namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = fs::path(CABLECAT_SHARED_DIR) / "corpus";

struct Catalogue {
  std::string path;
  int exitStatus = -1;
  std::string messages;
};

// Loads `inputs` into a fresh catalogue; stderr is kept for the assertions.
Catalogue load(const std::string& name, const std::string& inputs) {
  Catalogue catalogue;
  catalogue.path = cablecat::test::temporaryPath(name + ".db");
  std::string errors = cablecat::test::temporaryPath(name + ".err");
  std::string command = std::string(CABLECAT_BINARY) + " load --quiet --db " + catalogue.path +
                        " " + inputs + " 2> " + errors;
  int status = std::system(command.c_str());
  catalogue.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(errors);
  catalogue.messages.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return catalogue;
}

std::string text(SQLite::Database& db, const std::string& sql) {
  SQLite::Statement statement(db, sql);
  if (!statement.executeStep() || statement.getColumn(0).isNull()) return "";
  return statement.getColumn(0).getString();
}

std::vector<std::string> texts(SQLite::Database& db, const std::string& sql,
                               const std::string& bound) {
  SQLite::Statement statement(db, sql);
  statement.bind(1, bound);
  std::vector<std::string> values;
  while (statement.executeStep())
    values.push_back(statement.getColumn(0).isNull() ? "" : statement.getColumn(0).getString());
  return values;
}

class RealCorpus : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!fs::exists(kCorpus)) return;
    whole_ = new Catalogue(load("whole", kCorpus.string()));
  }
  static void TearDownTestSuite() {
    if (whole_) fs::remove(whole_->path);
    delete whole_;
    whole_ = nullptr;
  }
  void SetUp() override {
    if (!fs::exists(kCorpus)) GTEST_SKIP() << "no real corpus at " << kCorpus;
  }
  static Catalogue* whole_;
};

Catalogue* RealCorpus::whole_ = nullptr;

double percent(std::size_t part, std::size_t whole) {
  return whole == 0 ? 100.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

TEST_F(RealCorpus, LoadsEveryCableOnceWithNoErrors) {
  ASSERT_EQ(whole_->exitStatus, 0) << whole_->messages;
  SQLite::Database db(whole_->path, SQLite::OPEN_READONLY);
  EXPECT_EQ(text(db, "SELECT count(*) FROM cables"), "2228");
  EXPECT_EQ(text(db, "SELECT count(*) FROM load_issues WHERE severity = 'error'"), "0")
      << text(db, "SELECT group_concat(path || ' ' || locator || ': ' || message, char(10))"
                  " FROM load_issues WHERE severity = 'error'");
  // 2,242 forms (2,210 pages, 12 + 2 CSV rows, 18 archive cables) hold 2,228
  // cables: ten cables arrive in two or three forms, 13 extra forms in all.
  EXPECT_EQ(text(db, "SELECT count(*) FROM (SELECT cable_id FROM cable_sources"
                     " GROUP BY cable_id HAVING count(*) > 1)"),
            "10");
  EXPECT_EQ(text(db, "SELECT count(*) FROM cable_sources"), "2242");
}

// Some pages run on into rows of cables.csv (04THEHAGUE1915 into the row
// of 04THEHAGUE1916): another cable's text must never be stored as this
// cable's body, where search would find it under the wrong ID.
TEST_F(RealCorpus, NoBodyHoldsAnotherCablesDumpRow) {
  SQLite::Database db(whole_->path, SQLite::OPEN_READONLY);
  const std::regex row(R"((^|\n)\d+,\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2},([0-9A-Z]+),")");
  SQLite::Statement cables(db, "SELECT ref_id, body FROM cables_with_text WHERE body LIKE '%,\"%'");
  std::vector<std::string> mixed;
  std::size_t ownRows = 0;
  while (cables.executeStep()) {
    std::string refId = cables.getColumn(0).getString(), body = cables.getColumn(1).getString();
    for (std::sregex_iterator it(body.begin(), body.end(), row), end; it != end; ++it) {
      if ((*it)[2].str() == refId)
        ++ownRows;
      else
        mixed.push_back(refId + " holds the row of " + (*it)[2].str());
    }
  }
  EXPECT_TRUE(mixed.empty()) << testing::PrintToString(mixed);
  EXPECT_GT(ownRows, 10u);  // the pages whose own row follows their text keep it: the test sees rows
}

TEST_F(RealCorpus, CatalogueAgreesWithEachPagesOwnTableTagsAndHeading) {
  SQLite::Database db(whole_->path, SQLite::OPEN_READONLY);
  std::size_t pages = 0, metadataAgree = 0, tagsAgree = 0, subjectAgreements = 0;
  std::ostringstream disagreements;
  for (const auto& entry : fs::recursive_directory_iterator(kCorpus)) {
    if (entry.path().extension() != ".html") continue;
    PageFacts page = readPageFacts(entry.path());
    ++pages;
    // A page published under a malformed ID ("09SECTION02OF03QRIPOLI583")
    // finds its cable by the published spelling kept beside the canonical ID.
    SQLite::Statement cable(db,
                            "SELECT ref_id, substr(created, 1, 10), classification, origin, subject,"
                            " published_ref_id FROM cables WHERE ?1 IN (ref_id, published_ref_id)");
    cable.bind(1, page.ref_id);
    if (!cable.executeStep()) {
      disagreements << entry.path().filename().string() << ": missing\n";
      continue;
    }
    auto column = [&](int i) {
      return cable.getColumn(i).isNull() ? std::string() : cable.getColumn(i).getString();
    };
    bool metadata = (column(0) == page.ref_id || column(5) == page.ref_id) &&
                    column(1) == page.created.substr(0, 10) &&
                    column(2) == page.classification && column(3) == page.origin;
    if (metadata) ++metadataAgree;
    else
      disagreements << page.ref_id << " metadata: " << column(1) << "|" << column(2) << "|"
                    << column(3) << " vs " << page.created << "|" << page.classification << "|"
                    << page.origin << "\n";
    // Tags as the cable writes them (before typo fixes and splits of glued
    // codes, which the page does not make), word by word like the page facts.
    std::vector<std::string> tags = tagWords(texts(db,
        "SELECT coalesce(ct.written, t.code) FROM cable_tags ct JOIN tags t ON t.id = ct.tag_id"
        " JOIN cables c ON c.id = ct.cable_id WHERE ?1 IN (c.ref_id, c.published_ref_id) ORDER BY ct.position",
        page.ref_id));
    // A typo written beside the code it means ("GG RU RS UN", 08PARIS1616) is
    // one catalogue tag, RS written as RU: the page's second word is that tag.
    std::vector<std::string> pageWords = tagWords(page.tags);
    for (const std::string& meant : texts(db,
             "SELECT t.code FROM cable_tags ct JOIN tags t ON t.id = ct.tag_id JOIN cables c"
             " ON c.id = ct.cable_id WHERE c.ref_id = ? AND ct.written IS NOT NULL"
             " AND ct.written <> t.code AND instr(ct.written, t.code) = 0", page.ref_id))
      if (std::find(tags.begin(), tags.end(), meant) == tags.end())
        pageWords.erase(std::remove(pageWords.begin(), pageWords.end(), meant), pageWords.end());
    if (tags == pageWords) ++tagsAgree;
    else if (disagreements.tellp() < 20000)
      disagreements << page.ref_id << " tags: " << joined(tags) << " vs " << joined(page.tags)
                    << "\n";
    if (subjectsAgree(column(4), page.heading_subject)) ++subjectAgreements;
    else if (disagreements.tellp() < 20000)
      disagreements << page.ref_id << " subject: '" << column(4) << "' vs '"
                    << page.heading_subject << "'\n";
  }
  std::printf("pages %zu: metadata %.2f %%, tags %.2f %%, subjects %.2f %%\n", pages,
              percent(metadataAgree, pages), percent(tagsAgree, pages),
              percent(subjectAgreements, pages));
  EXPECT_EQ(pages, 2210u);
  EXPECT_EQ(metadataAgree, pages) << disagreements.str();
  EXPECT_GE(percent(tagsAgree, pages), 99.0) << disagreements.str();
  EXPECT_GE(percent(subjectAgreements, pages), 98.0) << disagreements.str();
}

TEST_F(RealCorpus, FinalPagesAndCsvRowsGiveTheSameChildren) {
  Catalogue pages = load("final", (kCorpus / "html-final").string());
  Catalogue rows = load("csv", (kCorpus / "csv" / "cables_tiny.csv").string());
  ASSERT_EQ(pages.exitStatus, 0) << pages.messages;
  ASSERT_EQ(rows.exitStatus, 0) << rows.messages;
  SQLite::Database fromPages(pages.path, SQLite::OPEN_READONLY);
  SQLite::Database fromRows(rows.path, SQLite::OPEN_READONLY);
  // Recipients, tags and references: what the issue asks to agree across forms.
  const char* children[] = {
      "SELECT r.kind || ' ' || coalesce(r.routing_indicator, '') || '/' || r.address || ' ' ||"
      " coalesce(r.precedence, '') || ' ' || coalesce(r.serial, '') FROM recipients r"
      " JOIN cables c ON c.id = r.cable_id WHERE c.ref_id = ? ORDER BY r.position",
      "SELECT t.code FROM cable_tags ct JOIN tags t ON t.id = ct.tag_id"
      " JOIN cables c ON c.id = ct.cable_id WHERE c.ref_id = ? ORDER BY ct.position",
      "SELECT coalesce(r.letter, '') || ' ' || coalesce(r.ref_id, r.raw) || ' ' || r.kind FROM refs r"
      " JOIN cables c ON c.id = r.cable_id WHERE c.ref_id = ? ORDER BY r.position"};
  std::vector<std::string> ids = texts(fromPages, "SELECT ref_id FROM cables WHERE ? ORDER BY 1", "1");
  ASSERT_EQ(ids.size(), 10u);
  std::size_t compared = 0;
  for (const std::string& id : ids) {
    // Some final-build pages are cut short ("...") with another cable's text
    // glued on; the reader marks them partial, and they cannot agree.
    if (texts(fromPages, "SELECT is_partial FROM cables WHERE ref_id = ?", id) ==
        std::vector<std::string>{"1"})
      continue;
    ++compared;
    for (const char* sql : children)
      EXPECT_EQ(texts(fromPages, sql, id), texts(fromRows, sql, id)) << id << ": " << sql;
  }
  std::printf("cross-format: %zu of %zu cables compared (the rest are cut-short pages)\n",
              compared, ids.size());
  EXPECT_GE(compared, 7u);
  fs::remove(pages.path);
  fs::remove(rows.path);
}
