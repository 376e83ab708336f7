// Reads the embedded report files into named reports, and maps the values
// given for their named parameters onto SQLite's parameter numbers.
#include "report_catalog.h"

#include <algorithm>
#include <charconv>

#include "embedded_file.h"
#include "parse/ascii.h"

namespace cablecat {

namespace report_embed {
std::vector<EmbeddedFile> files();
}

namespace {

bool isNameCharacter(char c) { return isAsciiLetterOrDigit(c) || c == '_'; }

}  // namespace

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

std::vector<std::string> reportParameters(std::string_view sql) {
  std::vector<std::string> names;
  std::size_t i = 0;
  while (i < sql.size()) {
    if (sql.substr(i, 2) == "--") {
      i = sql.find('\n', i);
    } else if (sql.substr(i, 2) == "/*") {
      i = sql.find("*/", i + 2);
      if (i != std::string_view::npos) i += 2;
    } else if (sql[i] == '\'' || sql[i] == '"') {
      // 'it''s' is two quoted runs back to back: the same text either way.
      i = sql.find(sql[i], i + 1);
      if (i != std::string_view::npos) ++i;
    } else if (sql[i] == ':' && i + 1 < sql.size() && isNameCharacter(sql[i + 1])) {
      std::size_t end = i + 1;
      while (end < sql.size() && isNameCharacter(sql[end])) ++end;
      std::string name(sql.substr(i + 1, end - i - 1));
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
      i = end;
    } else {
      ++i;
    }
  }
  return names;
}

std::optional<long long> reportRowLimit(std::string_view sql) {
  constexpr std::string_view kDefaultLimit = "coalesce(:limit,";
  std::size_t at = sql.find(kDefaultLimit);
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t start = sql.find_first_not_of(' ', at + kDefaultLimit.size());
  if (start == std::string_view::npos) return std::nullopt;
  long long limit = 0;
  auto [end, error] = std::from_chars(sql.data() + start, sql.data() + sql.size(), limit);
  if (error != std::errc() || end == sql.data() + sql.size() || *end != ')') return std::nullopt;
  return limit;
}

NamedValues reportArguments(const Report& report, const std::vector<std::pair<std::string, std::string>>& given) {
  NamedValues values;
  for (const std::string& parameter : report.parameters) values.emplace_back(parameter, SqlValue{});
  for (const auto& [givenName, value] : given) {
    // A named copy: clang 14 cannot capture a structured binding.
    const std::string& name = givenName;
    auto found = std::find_if(values.begin(), values.end(), [&](const auto& entry) { return entry.first == name; });
    if (found == values.end()) continue;
    // Text: SQLite compares dates as text and still takes '-1' as a LIMIT.
    found->second.type = SqlValue::Type::Text;
    found->second.text = value;
  }
  return values;
}

namespace {

// "2009", "2009-06", "2009-06-15": a date as `created` begins, month and day in range.
bool isDatePrefix(std::string_view text) {
  auto number = [&](std::size_t at, std::size_t length, int low, int high) {
    std::string_view digits = text.substr(at, length);
    if (!isAllDigits(digits)) return false;
    int value = std::stoi(std::string(digits));
    return value >= low && value <= high;
  };
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
  if (!number(0, 4, 1000, 9999)) return false;
  if (text.size() >= 7 && (text[4] != '-' || !number(5, 2, 1, 12))) return false;
  if (text.size() == 10 && (text[7] != '-' || !number(8, 2, 1, 31))) return false;
  return true;
}

bool isWholeNumber(std::string_view text) { return isAllDigits(text.starts_with('-') ? text.substr(1) : text); }

}  // namespace

std::optional<std::string> badReportArgument(const std::vector<std::pair<std::string, std::string>>& given) {
  for (const auto& [name, value] : given) {
    if ((name == "since" || name == "until") && !isDatePrefix(value))
      return "-p " + name + " '" + value + "': give a date as YYYY, YYYY-MM or YYYY-MM-DD (2009, 2009-01, 2009-01-15)";
    if (name == "limit" && !isWholeNumber(value))
      return "-p limit '" + value + "': give a number of rows (-1 for all)";
  }
  return std::nullopt;
}

std::optional<std::string> unknownReportParameter(const Report& report,
                                                  const std::vector<std::pair<std::string, std::string>>& given) {
  for (const auto& entry : given)
    if (std::find(report.parameters.begin(), report.parameters.end(), entry.first) == report.parameters.end())
      return entry.first;
  return std::nullopt;
}

std::vector<Report> builtInReports() {
  std::vector<Report> reports;
  for (const EmbeddedFile& file : report_embed::files()) {
    std::string_view name = file.name;
    if (name.ends_with(".sql")) name.remove_suffix(4);
    reports.push_back(Report{std::string(name), reportDescription(file.content), std::string(file.content),
                             reportParameters(file.content), reportRowLimit(file.content)});
  }
  return reports;
}

std::optional<Report> findReport(std::string_view name) {
  for (Report& report : builtInReports())
    if (report.name == name) return std::move(report);
  return std::nullopt;
}

}  // namespace cablecat
