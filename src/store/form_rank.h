// Ranks the forms of one cable so the most complete one is stored, whatever
// the order in which the forms are loaded.
#pragma once

#include <cstdint>
#include <string_view>

namespace cablecat {

// 4 csv, 3 html, 2 archive, 1 text, 0 anything else: the csv dump is the
// original database export with the most metadata; pages are renderings of it.
int formatPriority(std::string_view format);

// Why one form is preferred over another; compare with isBetterForm.
struct FormRank {
  bool is_partial = false;
  std::uint64_t redaction_runs = 0;  // runs of 5 or more 'X'
  std::uint64_t text_length = 0;     // non-blank bytes of header and body
  int format_priority = 0;
  std::string_view content_hash;
};

// Measures one form. Blank bytes (space, tab, CR, LF) do not count as text, so
// trailing spaces or CRLF line ends of a dump do not make a form "longer".
FormRank rankForm(bool isPartial, std::string_view header, std::string_view body,
                  std::string_view format, std::string_view contentHash);

// A strict total order: exactly one of isBetterForm(a, b), isBetterForm(b, a)
// holds unless the forms are equal in every component.
bool isBetterForm(const FormRank& a, const FormRank& b);

}  // namespace cablecat
