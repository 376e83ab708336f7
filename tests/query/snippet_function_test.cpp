// cablecat_snippet gives snippet()'s text (issue 15, item 4: snippet() is
// quadratic in the hits of one cable), compared on many generated texts.
#include "query/snippet_function.h"

#include <gtest/gtest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <chrono>
#include <random>
#include <string>
#include <vector>

namespace cablecat {
namespace {

// Short words, so queries hit often; punctuation and blanks so sentence
// starts ("word. Next") and odd spacing occur.
std::string randomText(std::mt19937& random, int words) {
  static const std::vector<std::string> kWords = {"alpha", "beta", "gamma", "delta", "embassy", "cable",
                                                  "minister", "oil", "talks", "x", "y", "zeta"};
  static const std::vector<std::string> kGaps = {" ", " ", " ", ", ", ". ", ": ", ".\n", "  ", "\t", " - "};
  std::string text;
  for (int i = 0; i < words; ++i) {
    text += kWords[random() % kWords.size()];
    text += kGaps[random() % kGaps.size()];
  }
  return text;
}

class SnippetFunction : public testing::Test {
 protected:
  void SetUp() override {
    db_.exec("CREATE VIRTUAL TABLE cables_fts USING fts5(subject, summary, body, "
             "tokenize = 'unicode61 remove_diacritics 2')");
    ASSERT_TRUE(registerSnippet(db_.getHandle()));
  }
  SQLite::Database db_{":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
};

TEST_F(SnippetFunction, GivesTheSameTextAsSqliteSnippet) {
  std::mt19937 random(15);
  SQLite::Statement insert(db_, "INSERT INTO cables_fts (subject, summary, body) VALUES (?, ?, ?)");
  for (int row = 0; row < 300; ++row) {
    insert.bind(1, randomText(random, 1 + static_cast<int>(random() % 8)));
    if (row % 7 == 0)
      insert.bind(2);  // NULL summary
    else
      insert.bind(2, randomText(random, static_cast<int>(random() % 20)));
    insert.bind(3, randomText(random, static_cast<int>(random() % 400)));
    insert.exec();
    insert.reset();
  }
  const std::vector<std::string> queries = {"alpha", "oil OR talks", "\"embassy cable\"", "NEAR(oil minister, 3)",
                                            "subject:beta", "gam*", "x y", "delta NOT zeta", "body:cable alpha"};
  int compared = 0;
  for (const std::string& query : queries) {
    for (int column : {-1, 0, 2}) {
      for (int tokens : {1, 3, 12, 40}) {
        std::string args = std::to_string(column) + ", '[', ']', '...', " + std::to_string(tokens);
        SQLite::Statement both(db_, "SELECT rowid, snippet(cables_fts, " + args + "), cablecat_snippet(cables_fts, " +
                                        args + ") FROM cables_fts WHERE cables_fts MATCH ?");
        both.bind(1, query);
        while (both.executeStep()) {
          ++compared;
          EXPECT_EQ(both.getColumn(2).getString(), both.getColumn(1).getString())
              << query << " column " << column << " tokens " << tokens << " rowid " << both.getColumn(0).getInt();
        }
      }
    }
  }
  EXPECT_GT(compared, 10000);
}

TEST_F(SnippetFunction, AMegabyteOfOneWordTakesWellUnderASecond) {
  std::string body;
  while (body.size() < (1u << 20)) body += "corruption ";
  SQLite::Statement insert(db_, "INSERT INTO cables_fts (subject, summary, body) VALUES ('s', 'm', ?)");
  insert.bind(1, body);
  insert.exec();
  auto start = std::chrono::steady_clock::now();
  std::string snippet = db_.execAndGet("SELECT cablecat_snippet(cables_fts, -1, '[', ']', '...', 12) "
                                       "FROM cables_fts WHERE cables_fts MATCH 'corruption'")
                            .getString();
  // snippet() itself takes minutes here; a sanitizer build runs a few times slower.
#if defined(__SANITIZE_ADDRESS__)
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
#else
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
#endif
  EXPECT_EQ(snippet.rfind("[corruption] [corruption]", 0), 0u) << snippet.substr(0, 80);
}

}  // namespace
}  // namespace cablecat
