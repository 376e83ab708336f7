// Word tables behind TAGS keywords and persons, generated from the real
// corpus by generate_tag_vocabulary.py.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cablecat {

// A keyword phrase some real cable writes on its own on a TAGS line
// ("ISRAELI PALESTINIAN AFFAIRS", "GOI EXTERNAL").
bool isVocabularyPhrase(std::string_view phrase);

// Words in the longest vocabulary phrase that starts at words[from], or 0.
std::size_t vocabularyPhraseLengthAt(const std::vector<std::string>& words, std::size_t from);

// A given name ("GEORGE", "GUILLERMO"): evidence that the word before it is
// a surname on a TAGS line written without a comma.
bool isGivenName(std::string_view word);

// An English word that glued codes would cut ("SOCIAL": SOCI AL; "SENATORS":
// SE NATO RS): a word of a keyword phrase, never glued codes.
bool isPlainWord(std::string_view word);

}  // namespace cablecat
