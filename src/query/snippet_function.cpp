// snippet() with hits sorted once and each window found by binary search.
// The steps and their order follow fts5SnippetFunction, fts5SnippetScore,
// fts5SentenceFinderCb and fts5HighlightCb of fts5_aux.c (SQLite 3.40);
// tests/query/snippet_function_test.cpp compares the two on many texts.
#include "snippet_function.h"

#include <algorithm>
#include <string>
#include <vector>

#include "fts5_api.h"

namespace cablecat {

namespace {

struct Hit {
  int phrase = 0, column = 0, offset = 0;  // offset in tokens
};

// The hits of the current row in xInst order: by column, then offset.
struct RowHits {
  std::vector<Hit> hits;
  std::vector<int> phrase_tokens;  // tokens per phrase
  // Hits of one column: [first, last).
  std::size_t columnBegin(int column) const {
    return static_cast<std::size_t>(
        std::lower_bound(hits.begin(), hits.end(), column, [](const Hit& h, int c) { return h.column < c; }) -
        hits.begin());
  }
  std::size_t columnEnd(int column) const { return columnBegin(column + 1); }
};

int readHits(const Fts5ExtensionApi* api, Fts5Context* fts, RowHits& row) {
  int count = 0;
  int rc = api->xInstCount(fts, &count);
  row.hits.resize(static_cast<std::size_t>(std::max(count, 0)));
  for (int index = 0; rc == SQLITE_OK && index < count; ++index) {
    Hit& hit = row.hits[static_cast<std::size_t>(index)];
    rc = api->xInst(fts, index, &hit.phrase, &hit.column, &hit.offset);
  }
  int phrases = api->xPhraseCount(fts);
  for (int phrase = 0; phrase < phrases; ++phrase) row.phrase_tokens.push_back(api->xPhraseSize(fts, phrase));
  return rc;
}

// fts5SnippetScore over the hits of one column: 1000 for each phrase's first
// hit in the window [start, start + tokens), 1 for each further one.
class WindowScorer {
 public:
  WindowScorer(const RowHits& row, std::size_t begin, std::size_t end)
      : row_(row), begin_(begin), end_(end), seen_(row.phrase_tokens.size(), 0) {}

  int score(int start, int tokens, int columnTokens, int* adjusted) {
    long long stop = static_cast<long long>(start) + tokens;
    auto first = std::lower_bound(row_.hits.begin() + static_cast<long>(begin_),
                                  row_.hits.begin() + static_cast<long>(end_), start,
                                  [](const Hit& h, int offset) { return h.offset < offset; });
    ++stamp_;
    int total = 0, firstOffset = -1, lastEnd = 0;
    for (auto hit = first; hit != row_.hits.begin() + static_cast<long>(end_) && hit->offset < stop; ++hit) {
      unsigned& seen = seen_[static_cast<std::size_t>(hit->phrase)];
      total += seen == stamp_ ? 1 : 1000;
      seen = stamp_;
      if (firstOffset < 0) firstOffset = hit->offset;
      lastEnd = hit->offset + row_.phrase_tokens[static_cast<std::size_t>(hit->phrase)];
    }
    if (adjusted != nullptr) {
      long long shift = firstOffset - (tokens - (lastEnd - firstOffset)) / 2;
      if (shift + tokens > columnTokens) shift = columnTokens - tokens;
      if (shift < 0) shift = 0;
      *adjusted = static_cast<int>(shift);
    }
    return total;
  }

 private:
  const RowHits& row_;
  std::size_t begin_, end_;
  std::vector<unsigned> seen_;  // stamp_ marks a phrase seen in this window
  unsigned stamp_ = 0;
};

// fts5SentenceFinderCb: the token positions that start a sentence.
struct SentenceFinder {
  const char* text = nullptr;
  int position = 0;
  std::vector<int> starts;

  static int onToken(void* context, int flags, const char*, int, int startByte, int) {
    auto* finder = static_cast<SentenceFinder*>(context);
    if ((flags & FTS5_TOKEN_COLOCATED) != 0) return SQLITE_OK;
    if (finder->position > 0) {
      int i = startByte - 1;
      char c = 0;
      for (; i >= 0; --i) {
        c = finder->text[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      }
      if (i != startByte - 1 && (c == '.' || c == ':')) finder->starts.push_back(finder->position);
    } else {
      finder->starts.push_back(0);
    }
    ++finder->position;
    return SQLITE_OK;
  }
};

struct Choice {
  int column = 0, start = 0, score = 0, column_tokens = 0;
};

int chooseWindow(const Fts5ExtensionApi* api, Fts5Context* fts, const RowHits& row, int wanted,
                 int tokens, Choice& best) {
  int columns = api->xColumnCount(fts);
  for (int column = 0; column < columns; ++column) {
    if (wanted >= 0 && wanted != column) continue;
    SentenceFinder finder;
    int bytes = 0;
    int rc = api->xColumnText(fts, column, &finder.text, &bytes);
    if (rc == SQLITE_OK) rc = api->xTokenize(fts, finder.text, bytes, &finder, SentenceFinder::onToken);
    int columnTokens = 0;
    if (rc == SQLITE_OK) rc = api->xColumnSize(fts, column, &columnTokens);
    if (rc != SQLITE_OK) return rc;
    std::size_t begin = row.columnBegin(column), end = row.columnEnd(column);
    WindowScorer scorer(row, begin, end);
    const std::vector<int>& starts = finder.starts;
    for (std::size_t index = begin; index < end; ++index) {
      int offset = row.hits[index].offset;
      if (offset > columnTokens) return SQLITE_CORRUPT_VTAB;
      int adjusted = 0;
      int score = scorer.score(offset, tokens, columnTokens, &adjusted);
      if (score > best.score) best = Choice{column, adjusted, score, columnTokens};
      if (starts.empty() || columnTokens <= tokens) continue;
      // The last sentence start at or before the hit.
      auto after = std::upper_bound(starts.begin() + 1, starts.end(), offset);
      int sentence = *(after - 1);
      if (sentence >= offset) continue;
      score = scorer.score(sentence, tokens, columnTokens, nullptr) + (sentence == 0 ? 120 : 100);
      if (score > best.score) best = Choice{column, sentence, score, columnTokens};
    }
  }
  return SQLITE_OK;
}

// fts5CInstIterNext: the next run of overlapping hits in one column.
class CoalescedHits {
 public:
  CoalescedHits(const RowHits& row, std::size_t begin, std::size_t end)
      : row_(row), next_(begin), end_(end) {
    advance();
  }
  void advance() {
    start = last = -1;
    for (; next_ < end_; ++next_) {
      const Hit& hit = row_.hits[next_];
      int hitLast = hit.offset - 1 + row_.phrase_tokens[static_cast<std::size_t>(hit.phrase)];
      if (start < 0) {
        start = hit.offset;
        last = hitLast;
      } else if (hit.offset <= last) {
        last = std::max(last, hitLast);
      } else {
        break;
      }
    }
  }
  int start = -1, last = -1;  // token positions of the current run

 private:
  const RowHits& row_;
  std::size_t next_, end_;
};

// fts5HighlightCb within [range_start, range_end].
struct Highlighter {
  Highlighter(const RowHits& row, std::size_t begin, std::size_t end) : run(row, begin, end) {}
  CoalescedHits run;
  int position = 0, range_start = 0, range_end = 0, byte = 0;
  const char* text = nullptr;
  std::string open, close, out;

  static int onToken(void* context, int flags, const char*, int, int startByte, int endByte) {
    auto* h = static_cast<Highlighter*>(context);
    if ((flags & FTS5_TOKEN_COLOCATED) != 0) return SQLITE_OK;
    int position = h->position++;
    if (h->range_end > 0) {
      if (position < h->range_start || position > h->range_end) return SQLITE_OK;
      if (h->range_start != 0 && position == h->range_start) h->byte = startByte;
    }
    if (position == h->run.start) {
      h->out.append(h->text + h->byte, static_cast<std::size_t>(startByte - h->byte));
      h->out += h->open;
      h->byte = startByte;
    }
    if (position == h->run.last) {
      if (h->range_end != 0 && h->run.start < h->range_start) h->out += h->open;
      h->out.append(h->text + h->byte, static_cast<std::size_t>(endByte - h->byte));
      h->out += h->close;
      h->byte = endByte;
      h->run.advance();
    }
    if (h->range_end > 0 && position == h->range_end) {
      h->out.append(h->text + h->byte, static_cast<std::size_t>(endByte - h->byte));
      h->byte = endByte;
      if (position >= h->run.start && position < h->run.last) h->out += h->close;
    }
    return SQLITE_OK;
  }
};

std::string textArgument(sqlite3_value* value) {
  const unsigned char* text = sqlite3_value_text(value);
  return text ? reinterpret_cast<const char*>(text) : "";
}

void snippet(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argumentCount,
             sqlite3_value** arguments) {
  if (argumentCount != 5) {
    sqlite3_result_error(context, "wrong number of arguments to function cablecat_snippet()", -1);
    return;
  }
  int wanted = sqlite3_value_int(arguments[0]);
  int tokens = sqlite3_value_int(arguments[4]);
  RowHits row;
  int rc = readHits(api, fts, row);
  Choice best;
  best.column = wanted >= 0 ? wanted : 0;
  if (rc == SQLITE_OK) rc = chooseWindow(api, fts, row, wanted, tokens, best);
  const char* text = nullptr;
  int bytes = 0;
  if (rc == SQLITE_OK) rc = api->xColumnText(fts, best.column, &text, &bytes);
  if (rc == SQLITE_OK && best.column_tokens == 0) rc = api->xColumnSize(fts, best.column, &best.column_tokens);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(context, rc);
    return;
  }
  if (text == nullptr) {
    sqlite3_result_null(context);
    return;
  }
  Highlighter h(row, row.columnBegin(best.column), row.columnEnd(best.column));
  h.text = text;
  h.open = textArgument(arguments[1]);
  h.close = textArgument(arguments[2]);
  std::string ellipsis = textArgument(arguments[3]);
  h.range_start = best.start;
  h.range_end = best.start + tokens - 1;
  if (best.start > 0) h.out += ellipsis;
  while (h.run.start >= 0 && h.run.start < best.start) h.run.advance();
  rc = api->xTokenize(fts, text, bytes, &h, Highlighter::onToken);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(context, rc);
    return;
  }
  if (h.range_end >= best.column_tokens - 1)
    h.out.append(text + h.byte, static_cast<std::size_t>(bytes - h.byte));
  else
    h.out += ellipsis;
  sqlite3_result_text(context, h.out.data(), static_cast<int>(h.out.size()), SQLITE_TRANSIENT);
}

}  // namespace

bool registerSnippet(sqlite3* db) {
  return registerFts5Function(db, kSnippetFunction, snippet);
}

}  // namespace cablecat
