// Contract 1: one cable in three forms ends as one row, whatever the load order.
#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

#include "support/catalogue_snapshot.h"
#include "support/command_runner.h"

using cablecat::test::queryValue;
using cablecat::test::runCablecatLine;
using cablecat::test::TemporaryFolder;

namespace {

const std::string kForms = std::string(CABLECAT_TEST_DATA) + "/forms/";

// Everything a user sees of the cable, without surrogate IDs.
std::string cableAsStored(const std::string& db) {
  return queryValue(db,
                    "SELECT ref_id || '|' || coalesce(created, '') || '|' || coalesce(subject, '')"
                    " || '|' || classification || '|' || content_hash || '|' || body || '|' ||"
                    " coalesce(signer, '') FROM cables_with_text") +
         "\n" +
         queryValue(db, "SELECT group_concat(address, ';') FROM (SELECT address FROM recipients"
                        " ORDER BY position)") +
         "\n" +
         queryValue(db, "SELECT group_concat(coalesce(ref_id, raw), ';') FROM (SELECT * FROM refs"
                        " ORDER BY position)") +
         "\n" +
         queryValue(db, "SELECT group_concat(format, ';') FROM (SELECT format FROM cable_sources"
                        " ORDER BY format)");
}

}  // namespace

TEST(FormsPermutation, EveryOrderOfThreeFormsGivesTheSameSingleRow) {
  std::vector<std::string> forms = {"07ASTANA2312-archive.txt", "07ASTANA2312.csv",
                                    "07ASTANA2312.html"};
  std::sort(forms.begin(), forms.end());
  std::vector<std::string> results;
  do {
    TemporaryFolder folder;
    std::string db = folder.file("forms.db");
    for (const std::string& form : forms) {
      auto result = runCablecatLine("load --quiet --db " + db + " " + kForms + form);
      ASSERT_EQ(result.exit_code, 0) << form << ": " << result.err;
    }
    EXPECT_EQ(queryValue(db, "SELECT count(*) FROM cables"), "1");
    EXPECT_EQ(queryValue(db, "SELECT count(*) FROM cable_sources"), "3");
    results.push_back(cableAsStored(db));
  } while (std::next_permutation(forms.begin(), forms.end()));
  ASSERT_EQ(results.size(), 6u);
  for (const std::string& result : results) EXPECT_EQ(result, results.front());
  // The complete, unredacted archive form wins over the redacted page and the cut CSV row.
  EXPECT_NE(results.front().find("Almabek Demessinov"), std::string::npos) << results.front();
  EXPECT_NE(results.front().find("was not prepared to make a commitment"), std::string::npos);
}

TEST(FormsPermutation, ReloadingAllFormsChangesNothing) {
  TemporaryFolder folder;
  std::string db = folder.file("forms.db");
  std::string all = kForms + "07ASTANA2312-archive.txt " + kForms + "07ASTANA2312.csv " + kForms +
                    "07ASTANA2312.html";
  ASSERT_EQ(runCablecatLine("load --quiet --db " + db + " " + all).exit_code, 0);
  std::string before = cablecat::test::catalogueSnapshot(db);
  ASSERT_EQ(runCablecatLine("load --quiet --db " + db + " " + all).exit_code, 0);
  EXPECT_EQ(cablecat::test::catalogueSnapshot(db), before);
}
