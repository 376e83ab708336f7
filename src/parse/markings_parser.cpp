// Markings: classification line, section count, DECL and Classified By.
#include "markings_parser.h"

#include "classification_line.h"
#include "classified_by.h"
#include "decl_marking.h"
#include "text_lines.h"

namespace cablecat {

namespace {

// The classification line is the first content line; a few layout lines
// or a date line of early page builds may come before it.
constexpr std::size_t kLinesToSearch = 8;

}  // namespace

void parseMarkings(std::string_view body, Cable& cable) {
  std::size_t seen = 0;
  std::size_t pos = 0;
  bool found = false;
  while (pos < body.size() && seen < kLinesToSearch) {
    std::size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = trim(body.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) continue;
    ++seen;
    ClassificationLine classification;
    if (parseClassificationLine(line, classification)) {
      if (cable.classification.empty()) cable.classification = classification.classification;
      cable.section_count = classification.section_count;
      found = true;
      break;
    }
  }
  // Flattened bodies: the "SECTION 01 OF 04" is on the single first line.
  if (!found) cable.section_count = findSectionCount(body.substr(0, body.find('\n')).substr(0, 300));

  cable.decl = findDecl(body);
  cable.classified_by = findClassifiedBy(body);
}

}  // namespace cablecat
