// Form ranking: partial < whole, more redactions < fewer, shorter < longer.
#include "form_rank.h"

#include <tuple>

namespace cablecat {

namespace {

constexpr std::size_t kMinimumRedactionRun = 5;

void measure(std::string_view text, FormRank& rank) {
  std::size_t run = 0;
  for (char c : text) {
    if (c == 'X') {
      if (++run == kMinimumRedactionRun) ++rank.redaction_runs;
    } else {
      run = 0;
    }
    rank.text_length += (c != ' ' && c != '\t' && c != '\r' && c != '\n') ? 1u : 0u;
  }
}

}  // namespace

int formatPriority(std::string_view format) {
  if (format == "csv") return 4;
  if (format == "html") return 3;
  if (format == "archive") return 2;
  if (format == "text") return 1;
  return 0;
}

FormRank rankForm(bool isPartial, std::string_view header, std::string_view body,
                  std::string_view format, std::string_view contentHash) {
  FormRank rank;
  rank.is_partial = isPartial;
  measure(header, rank);
  measure(body, rank);
  rank.format_priority = formatPriority(format);
  rank.content_hash = contentHash;
  return rank;
}

bool isBetterForm(const FormRank& a, const FormRank& b) {
  // Each component is ordered so that "greater" means "better"; the hash is
  // inverted so the smaller one wins.
  return std::tuple(!a.is_partial, b.redaction_runs, a.text_length, a.format_priority,
                    b.content_hash) >
         std::tuple(!b.is_partial, a.redaction_runs, b.text_length, b.format_priority,
                    a.content_hash);
}

}  // namespace cablecat
