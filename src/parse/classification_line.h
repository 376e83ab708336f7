// The classification line that opens a cable body:
// "UNCLAS SECTION 01 OF 04 ASTANA 002327", "C O N F I D E N T I A L ASTANA 000919".
#pragma once

#include <string>
#include <string_view>

namespace cablecat {

struct ClassificationLine {
  std::string classification;  // "UNCLASSIFIED", "SECRET//NOFORN", "LIMITED OFFICIAL USE"
  int section_count = 0;       // 4 for "SECTION 01 OF 04"; 0 when absent
};

// Recognizes a classification line (spaced letters, "UNCLAS", "//NOFORN",
// "SECTION n OF m", station and serial). Running text that merely starts
// with "Secret" is not one.
bool parseClassificationLine(std::string_view line, ClassificationLine& out);

// "SECTION 01 OF 04" anywhere in `text` -> 4; 0 when absent.
int findSectionCount(std::string_view text);

}  // namespace cablecat
