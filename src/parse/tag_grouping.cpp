// Groups TAGS words into persons and keyword phrases. Three passes, most
// certain first: phrases of the vocabulary, persons (a given name after a
// surname), then runs of free-text words.
#include "tag_grouping.h"

#include <algorithm>

#include "tag_vocabulary.h"
#include "text_lines.h"

namespace cablecat {

namespace {

constexpr std::size_t kFree = static_cast<std::size_t>(-1);

class Grouping {
 public:
  explicit Grouping(const std::vector<TagWord>& words) : words_(words), owner_(words.size(), kFree) {
    for (const TagWord& word : words) texts_.push_back(word.text);
  }

  void groupVocabularyPhrases();
  void groupPersons();
  void groupFreeTextRuns();
  std::vector<TagGroup> groups() {
    std::sort(groups_.begin(), groups_.end(),
              [](const TagGroup& a, const TagGroup& b) { return a.first < b.first; });
    return std::move(groups_);
  }

 private:
  // Words i and i + 1 are written next to each other, without a comma.
  bool adjacent(std::size_t i) const { return i + 1 < words_.size() && !words_[i].commaAfter; }
  bool free(std::size_t i) const { return owner_[i] == kFree; }
  bool canJoin(std::size_t i) const {
    return free(i) && words_[i].kind != TagWordClass::person && words_[i].kind != TagWordClass::skipped;
  }
  bool isSurname(std::size_t i) const;
  bool absorbable(std::size_t i) const;
  std::size_t phraseLengthAt(std::size_t i) const;
  bool continuesText(std::size_t k) const;
  bool isGiven(std::size_t i) const;
  void add(std::size_t first, std::size_t count, bool person, std::string text);

  const std::vector<TagWord>& words_;
  std::vector<std::string> texts_;
  std::vector<std::size_t> owner_;
  std::vector<TagGroup> groups_;
};

void Grouping::add(std::size_t first, std::size_t count, bool person, std::string text) {
  for (std::size_t i = first; i < first + count; ++i) owner_[i] = groups_.size();
  groups_.push_back({first, count, person, std::move(text)});
}

// The vocabulary phrase at i, or 0: words written next to each other.
std::size_t Grouping::phraseLengthAt(std::size_t i) const {
  std::size_t count = vocabularyPhraseLengthAt(texts_, i);
  bool joinable = count >= 2;
  for (std::size_t k = i; joinable && k < i + count; ++k)
    joinable = canJoin(k) && (k + 1 == i + count || adjacent(k));
  return joinable ? count : 0;
}

// Word k would carry a free-text run on: "HUMAN RIGHTS WATCH".
bool Grouping::continuesText(std::size_t k) const {
  if (!canJoin(k)) return false;
  return words_[k].kind == TagWordClass::word || absorbable(k) ||
         (isPhraseConnector(texts_[k]) && words_[k].kind != TagWordClass::code);
}

// "IS ISRAELI PALESTINIAN AFFAIRS GOI EXTERNAL": two phrases the vocabulary
// knows, written one after the other. The phrases must open the run and
// either close it or leave two words or more, a phrase of their own
// ("ISRAELI PALESTINIAN AFFAIRS GOI INTERNAL"): "IRAQI FREEDOM POLITICAL" and
// "HUMAN RIGHTS WATCH" are runs the vocabulary does not know, each one phrase.
void Grouping::groupVocabularyPhrases() {
  for (std::size_t i = 0; i < words_.size(); ++i) {
    std::vector<std::size_t> counts;
    std::size_t end = i;
    for (std::size_t count; end < words_.size() && (count = phraseLengthAt(end)) > 0;) {
      counts.push_back(count);
      end += count;
      if (!adjacent(end - 1)) break;
    }
    if (counts.empty()) continue;
    bool boundedBefore = i == 0 || !adjacent(i - 1) || !continuesText(i - 1);
    bool boundedAfter = end >= words_.size() || !adjacent(end - 1) || !continuesText(end) ||
                        (adjacent(end) && continuesText(end + 1));
    if (!boundedBefore || !boundedAfter) continue;
    for (std::size_t first = i; std::size_t count : counts) {
      std::string text = texts_[first];
      for (std::size_t k = first + 1; k < first + count; ++k) text += " " + texts_[k];
      add(first, count, false, std::move(text));
      first += count;
    }
    i = end - 1;
  }
}

// A surname: letters only, three or more, no code and no connector.
bool Grouping::isSurname(std::size_t i) const {
  const TagWord& word = words_[i];
  if (!canJoin(i) || word.text.size() < 3 || isPhraseConnector(word.text)) return false;
  if (word.kind != TagWordClass::word && word.kind != TagWordClass::shaped) return false;
  return std::all_of(word.text.begin(), word.text.end(),
                     [](char c) { return isAsciiUpper(c) || c == '\'' || c == '-'; });
}

// A given name after the surname at i - 1: one the name table knows. A
// visit tag is no evidence on its own: "OVIP SECRETARY VISIT" and "OVIP
// CODEL SMITH" are no persons.
bool Grouping::isGiven(std::size_t i) const { return isSurname(i) && isGivenName(words_[i].text); }

// A person: a surname and a given name, and one more piece of evidence: a
// visit tag before it ("OVIP BUSH GEORGE PREL", "OVIP PREL CLINTON HILLARY"), the comma of "CLINTON,
// HILLARY", or another person beside it ("PM NOVO GUILLERMO REMON PEDRO").
// "KIRF COPTIC CHRISTIAN" has none. A single letter after the given name is
// an initial: "STEINBERG JAMES B" -> "STEINBERG, JAMES B.".
void Grouping::groupPersons() {
  struct Candidate {
    std::size_t first, count;
  };
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i + 1 < words_.size(); ++i) {
    if (!isSurname(i) || !isGiven(i + 1)) continue;
    std::size_t count = 2;
    if (adjacent(i + 1) && i + 2 < words_.size() && free(i + 2) && texts_[i + 2].size() == 1 &&
        isAsciiUpper(texts_[i + 2][0]))
      count = 3;
    candidates.push_back({i, count});
    i += count - 1;
  }
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    std::size_t i = candidates[c].first;
    std::size_t count = candidates[c].count;
    // "OVIP PREL CLINTON HILLARY": the visit tag needs not stand next to it.
    bool afterVisit = std::any_of(texts_.begin(), texts_.begin() + static_cast<std::ptrdiff_t>(i),
                                  [](const std::string& text) { return text == "OVIP" || text == "OREP"; });
    bool besideAnother = (c > 0 && candidates[c - 1].first + candidates[c - 1].count == i) ||
                         (c + 1 < candidates.size() && i + count == candidates[c + 1].first);
    if (!afterVisit && !words_[i].commaAfter && !besideAnother) continue;
    std::string person = texts_[i] + ", " + texts_[i + 1];
    if (count == 3) person += " " + texts_[i + 2] + ".";
    add(i, count, true, std::move(person));
  }
}

// A subject or country code in a list: "PREL IN INDIAN ELECTIONS" keeps IN
// (India) apart, where "TIP IN TURKEY" is one phrase.
bool isListCode(const TagWord& word) {
  return word.kind == TagWordClass::code && (word.text.size() == 2 || word.text.size() == 4);
}

// A code-shaped word or a number joins the free text beside it ("GOI
// EXTERNAL", "ELECTIONS 2008", "RC SOUTH"); an X and a letter is a region
// even when the dictionary lacks it ("PREL XQ CRISIS"), and a connector
// joins otherwise.
bool Grouping::absorbable(std::size_t i) const {
  const TagWord& word = words_[i];
  if (!canJoin(i) || isPhraseConnector(word.text)) return false;
  if (word.kind == TagWordClass::number) return true;
  bool region = word.text.size() == 2 && word.text[0] == 'X';
  return word.kind == TagWordClass::shaped && !region;
}

// Free-text runs: words longer than codes ("ECONOMIC AFFAIRS"), with the
// code-shaped words and numbers beside them ("GOI EXTERNAL", "ELECTIONS 2008") and a connector with the
// word before it ("TIP IN TURKEY"). A run is one keyword phrase: without
// the vocabulary, nothing says where one phrase ends and the next begins.
void Grouping::groupFreeTextRuns() {
  std::size_t n = words_.size();
  std::vector<bool> inRun(n, false);
  for (std::size_t i = 0; i < n; ++i) inRun[i] = free(i) && words_[i].kind == TagWordClass::word;
  for (bool grew = true; grew;) {
    grew = false;
    for (std::size_t i = 0; i < n; ++i) {
      if (inRun[i] || !canJoin(i)) continue;
      bool nextInRun = adjacent(i) && inRun[i + 1];
      bool previousInRun = i > 0 && adjacent(i - 1) && inRun[i - 1];
      if (absorbable(i) && (nextInRun || previousInRun)) {
        inRun[i] = grew = true;
      } else if (isPhraseConnector(words_[i].text) && nextInRun && i > 0 && adjacent(i - 1) &&
                 canJoin(i - 1) && !isListCode(words_[i - 1])) {
        inRun[i] = inRun[i - 1] = grew = true;
      } else if (isPhraseConnector(words_[i].text) && previousInRun && adjacent(i) && absorbable(i + 1)) {
        // "ELECTIONS IN IRAQ": the word after the connector is code-shaped.
        inRun[i] = inRun[i + 1] = grew = true;
      }
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (!inRun[i]) continue;
    std::size_t end = i + 1;
    while (end < n && inRun[end] && adjacent(end - 1)) ++end;
    std::string text = texts_[i];
    for (std::size_t k = i + 1; k < end; ++k) text += " " + texts_[k];
    add(i, end - i, false, std::move(text));
    i = end - 1;
  }
}

}  // namespace

std::vector<TagGroup> groupTagWords(const std::vector<TagWord>& words) {
  Grouping grouping(words);
  grouping.groupVocabularyPhrases();
  grouping.groupPersons();
  grouping.groupFreeTextRuns();
  return grouping.groups();
}

}  // namespace cablecat
