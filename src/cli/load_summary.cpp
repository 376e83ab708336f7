// The closing lines of a load (see load_summary.h).
#include "load_summary.h"

#include <fmt/format.h>

#include <algorithm>

#include "issue_kinds.h"
#include "load_progress_line.h"

namespace cablecat {

namespace {

// Kinds listed by name; the report load-issues lists them all.
constexpr std::size_t kKindsShown = 10;
// A kind holding a long message (a header line as written) is cut here.
constexpr std::size_t kKindWidth = 100;

// "1 error", "14 warnings": the count grouped (1,969) and the noun in the
// right number.
std::string counted(std::uint64_t count, const std::string& singular, const std::string& plural) {
  return groupedNumber(count) + " " + (count == 1 ? singular : plural);
}

std::string inputsNamed(const std::vector<std::string>& inputs) {
  if (inputs.size() > 3) return "the " + std::to_string(inputs.size()) + " inputs";
  return fmt::format("{}", fmt::join(inputs, ", "));
}

void printLoaded(const LoadSummary& summary, const std::string& catalogue, std::ostream& err) {
  const LoadCounts& counts = summary.counts;
  err << "loaded " << counted(summary.cables_read, "cable", "cables") << " from "
      << counted(summary.files, "file", "files") << " into " << catalogue << ": "
      << groupedNumber(counts.inserted) << " new, " << groupedNumber(counts.replaced) << " replaced, "
      << groupedNumber(counts.unchanged + counts.kept) << " already there";
  if (summary.unchanged_files > 0)
    err << "; " << counted(summary.unchanged_files, "file", "files")
        << " unchanged since loaded, not read again (--reparse reads them)";
  if (summary.skipped > 0) err << "; skipped " << counted(summary.skipped, "record", "records");
  err << "\n";
}

// At most `bytes` bytes of `text`, never ending inside a UTF-8 character.
std::string utf8Prefix(const std::string& text, std::size_t bytes) {
  std::size_t end = std::min(bytes, text.size());
  while (end > 0 && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::string bySeverity(const IssueCounts& issues) {
  std::string text;
  auto add = [&](std::uint64_t count, const char* singular, const char* plural) {
    if (count > 0) text += (text.empty() ? "" : ", ") + counted(count, singular, plural);
  };
  add(issues.errors, "error", "errors");
  add(issues.warnings, "warning", "warnings");
  add(issues.notes, "note", "notes");
  return text;
}

void printKinds(const std::vector<IssueKind>& kinds, std::ostream& err) {
  std::size_t width = 0;
  for (const IssueKind& kind : kinds) width = std::max(width, groupedNumber(kind.issues).size());
  for (std::size_t i = 0; i < kinds.size() && i < kKindsShown; ++i) {
    const IssueKind& kind = kinds[i];
    std::string count = groupedNumber(kind.issues);
    std::string text = kind.kind.size() > kKindWidth ? utf8Prefix(kind.kind, kKindWidth - 3) + "..." : kind.kind;
    err << "  " << std::string(width - count.size(), ' ') << count << " " << kind.severity
        << (kind.issues == 1 ? "" : "s") << ": " << text << "\n";
  }
  if (kinds.size() > kKindsShown)
    err << "  ... and " << counted(kinds.size() - kKindsShown, "more kind", "more kinds")
        << " ('cablecat report load-issues' lists every kind)\n";
}

// Totals by severity of the rows the kinds are made of: the writer records
// issues of its own (kinds it cannot store), which the feed never counts.
IssueCounts countsOf(const std::vector<IssueKind>& kinds) {
  IssueCounts counts;
  for (const IssueKind& kind : kinds) {
    if (kind.severity == "error") counts.errors += kind.issues;
    else if (kind.severity == "warning") counts.warnings += kind.issues;
    else counts.notes += kind.issues;
  }
  return counts;
}

void printIssues(const LoadSummary& summary, const LoadSettings& settings, std::ostream& err) {
  std::string condition = summary.issue_scope.sqlCondition();
  IssueCounts issues = summary.issues;
  std::vector<IssueKind> kinds;
  try {
    kinds = issueKinds(settings.database_path, condition);
    issues = countsOf(kinds);
  } catch (const std::exception&) {
    // The feed's own counts and the SELECT below still say it all.
  }
  if (issues.total() == 0) return;
  err << "issues: " << bySeverity(issues);
  std::uint64_t unprinted = issues.errors + issues.warnings - std::min(issues.errors + issues.warnings,
                                                                       summary.printed_issues);
  if (!settings.verbose && unprinted > 0)
    err << " (" << groupedNumber(unprinted) << " of the warnings and errors not printed above; --verbose "
        << "prints every issue)";
  err << "\n";
  printKinds(kinds, err);
  err << "list them: SELECT * FROM load_issues WHERE " << condition << "\n";
}

// A new catalogue is not created for nothing; an existing one keeps the
// issues that say why its inputs held no cable.
void printNothingRead(const LoadSummary& summary, const LoadSettings& settings, bool catalogueExisted,
                      std::ostream& err) {
  err << "cablecat load: nothing loaded: no cable in " << inputsNamed(settings.inputs) << "; ";
  std::uint64_t total = summary.issues.total();
  std::string theIssues = total == 1 ? "the issue above is" : "the issues above are";
  if (!summary.discarded) {
    if (total == 0) {
      err << "no issue was recorded\n";
      return;
    }
    err << theIssues << " recorded in " << settings.database_path << "\n";
    printIssues(summary, settings, err);
    return;
  }
  err << untouchedCatalogue(settings.database_path, catalogueExisted);
  if (total > 0) err << " and " << theIssues << " not recorded";
  err << "\n";
}

}  // namespace

std::string untouchedCatalogue(const std::string& path, bool existed) {
  return path + (existed ? " is as it was" : " was not created");
}

void printLoadSummary(const LoadSummary& summary, const LoadSettings& settings, bool catalogueExisted,
                      std::ostream& err) {
  if (summary.nothingRead()) {
    printNothingRead(summary, settings, catalogueExisted, err);
    return;
  }
  printLoaded(summary, settings.database_path, err);
  printIssues(summary, settings, err);
}

}  // namespace cablecat
