// What a WikiLeaks cable page shows about its cable (metadata table, heading,
// tag links), extracted with simple patterns independent of the readers.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

struct PageFacts {
  std::string ref_id;
  std::string created;         // "2007-08-27 10:01" as the table shows it
  std::string classification;  // link text
  std::string origin;
  std::string heading_subject; // from <h3>Viewing cable ID, SUBJECT</h3>
  // The TAGS line as shown: linked codes plus unlinked words of wrapped lines
  // (pages link only the first line), deduplicated.
  std::vector<std::string> tags;
};

PageFacts readPageFacts(const std::filesystem::path& page);

// The parsed subject agrees with the heading: equal after normalizing case,
// spaces and entities, or the heading is a cut-short prefix of it.
bool subjectsAgree(const std::string& parsed, const std::string& heading);

// Tag texts split into words without parentheses, deduplicated in order:
// "(CLINTON, HILLARY)" and "CLINTON HILLARY" both give CLINTON HILLARY.
std::vector<std::string> tagWords(const std::vector<std::string>& tags);

std::string joined(const std::vector<std::string>& values);
