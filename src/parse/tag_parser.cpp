// TAGS line(s): finds the label, reads the list across wrapped lines, groups
// keyword phrases and persons, repairs documented typos and glued codes, and
// gives each tag its kind.
#include "tag_parser.h"

#include <string>
#include <utility>
#include <vector>

#include "field_text.h"
#include "reference_id.h"
#include "tag_dictionary.h"
#include "tag_grouping.h"
#include "tag_label.h"
#include "tag_list_text.h"
#include "tag_words.h"

namespace cablecat {

namespace {

// `written` is the text as it stood when a typo fix or a split changed it.
void addTag(Cable& cable, std::string code, TagKind kind, std::string_view written = {}) {
  for (const Tag& tag : cable.tags)
    if (tag.code == code) return;
  cable.tags.push_back({std::move(code), kind, std::string(written)});
}

void addWord(Cable& cable, const TagWord& word) {
  switch (word.kind) {
    case TagWordClass::code:
      addTag(cable, word.text, word.known->kind);
      break;
    case TagWordClass::repaired:
      cable.diagnostics.push_back({Severity::note, "tag " + word.text + " read as " + word.codes[0]});
      addTag(cable, word.codes[0], tagKind(word.codes[0]), word.text);
      break;
    case TagWordClass::glued:
      for (const std::string& piece : word.codes) addTag(cable, piece, tagKind(piece), word.text);
      break;
    case TagWordClass::shaped:
      // "PREL, PGOV, AND IR": a connector outside a phrase is no tag.
      if (!isPhraseConnector(word.text)) addTag(cable, word.text, tagKind(word.text));
      break;
    case TagWordClass::person:
      addTag(cable, word.text, TagKind::person);
      break;
    case TagWordClass::word:
      addTag(cable, word.text, TagKind::keyword);
      break;
    case TagWordClass::number:
    case TagWordClass::skipped:
      break;
  }
}

}  // namespace

void parseTags(std::string_view body, Cable& cable) {
  TagsLabel label;
  if (!findTagsLabel(body, label)) return;
  std::string list = tagsListText(body, label, ReferenceId(cable.ref_id).station());
  std::vector<TagWord> words = readTagWords(list);
  std::vector<TagGroup> groups = groupTagWords(words);
  std::size_t next = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (next < groups.size() && groups[next].first == i) {
      const TagGroup& group = groups[next++];
      addTag(cable, group.text, group.person ? TagKind::person : TagKind::keyword);
      i += group.count - 1;
      continue;
    }
    addWord(cable, words[i]);
  }
}

TagKind tagKind(std::string_view code) {
  if (const KnownTag* known = findKnownTag(code)) return known->kind;
  return conventionalTagKind(code);
}

}  // namespace cablecat
