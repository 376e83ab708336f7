// Reads the embedded report files into named reports.
#include "report_catalog.h"

#include "embedded_file.h"

namespace cablecat {

namespace report_embed {
std::vector<EmbeddedFile> files();
}

std::string reportDescription(std::string_view sql) {
  std::size_t start = 0;
  while (start < sql.size()) {
    std::size_t end = sql.find('\n', start);
    if (end == std::string_view::npos) end = sql.size();
    std::string_view line = sql.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.starts_with("-- ")) return std::string(line.substr(3));
    start = end + 1;
  }
  return {};
}

std::vector<Report> builtInReports() {
  std::vector<Report> reports;
  for (const EmbeddedFile& file : report_embed::files()) {
    std::string_view name = file.name;
    if (name.ends_with(".sql")) name.remove_suffix(4);
    reports.push_back(Report{std::string(name), reportDescription(file.content), std::string(file.content)});
  }
  return reports;
}

std::optional<Report> findReport(std::string_view name) {
  for (Report& report : builtInReports())
    if (report.name == name) return std::move(report);
  return std::nullopt;
}

}  // namespace cablecat
