// Lookups in the generated phrase and given-name tables (sorted arrays).
#include "tag_vocabulary.h"

#include <algorithm>
#include <iterator>

namespace cablecat {

namespace {

// Regenerate from the repository root:
//   python3 src/parse/generate_tag_vocabulary.py phrases ../shared/corpus > src/parse/tag_vocabulary_phrases.inc
//   python3 src/parse/generate_tag_vocabulary.py names ../shared/corpus > src/parse/tag_given_names.inc
//   python3 src/parse/generate_tag_vocabulary.py words ../shared/corpus > src/parse/tag_plain_words.inc
constexpr std::string_view kPhrases[] = {
#include "tag_vocabulary_phrases.inc"
};

constexpr std::string_view kGivenNames[] = {
#include "tag_given_names.inc"
};

constexpr std::string_view kPlainWords[] = {
#include "tag_plain_words.inc"
};

// Longer phrases than this are not looked for: the longest real one has 3.
constexpr std::size_t kMaxPhraseWords = 6;

template <std::size_t N>
bool contains(const std::string_view (&table)[N], std::string_view key) {
  return std::binary_search(std::begin(table), std::end(table), key);
}

}  // namespace

bool isVocabularyPhrase(std::string_view phrase) { return contains(kPhrases, phrase); }

std::size_t vocabularyPhraseLengthAt(const std::vector<std::string>& words, std::size_t from) {
  std::size_t longest = 0;
  std::string phrase;
  for (std::size_t count = 1; count <= kMaxPhraseWords && from + count <= words.size(); ++count) {
    if (count > 1) phrase.push_back(' ');
    phrase += words[from + count - 1];
    if (count >= 2 && isVocabularyPhrase(phrase)) longest = count;
  }
  return longest;
}

bool isGivenName(std::string_view word) { return contains(kGivenNames, word); }

bool isPlainWord(std::string_view word) { return contains(kPlainWords, word); }

}  // namespace cablecat
