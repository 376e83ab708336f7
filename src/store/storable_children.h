// Which of a cable's child rows the schema can hold (schema/001's CHECK
// constraints and NOT NULL columns), and what to say about the others.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "parse/cable.h"

namespace cablecat {

// A to/info recipient or an xmt exclusion, with an address.
bool isStorable(const Recipient& recipient);
// A code of a kind with a name.
bool isStorable(const Tag& tag);
// Any text: a kind without a name is stored as 'other'.
bool isStorable(const Reference& reference);
// Its kind's name, null-terminated; "other" for a value outside the enum.
std::string_view storedKind(const Reference& reference);

struct ChildIssue {
  Severity severity = Severity::warning;
  std::string message;
};

// One issue per child row left out or changed; empty (no allocation) for
// a cable whose children all fit.
std::vector<ChildIssue> unstorableChildren(const Cable& cable);

}  // namespace cablecat
