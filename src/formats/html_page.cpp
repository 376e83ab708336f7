// Locates heading, metadata table and <pre> blocks of a WikiLeaks cable page.
#include "html_page.h"

#include "cut_short_page.h"

#include <algorithm>

#include "html_text.h"
#include "parse/ascii.h"
#include "parse/reference_id.h"
#include "reader_support.h"

namespace cablecat {

namespace {

// Collapses runs of whitespace, as a browser shows a table cell.
std::string collapseWhitespace(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : trimSpaces(text)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string cellText(std::string_view html) { return collapseWhitespace(htmlText(html)); }

// Contents of every <name ...>...</name> element inside `html`, in order.
std::vector<std::string_view> elements(std::string_view html, std::string_view name) {
  std::vector<std::string_view> found;
  std::string open(1, '<');
  open.append(name);
  std::string close("</");
  close.append(name);
  close += '>';
  std::size_t pos = 0;
  while ((pos = html.find(open, pos)) != std::string_view::npos) {
    std::size_t after = pos + open.size();
    if (after >= html.size() || (html[after] != '>' && html[after] != ' ')) {
      pos = after;
      continue;
    }
    std::size_t contentStart = html.find('>', after);
    if (contentStart == std::string_view::npos) break;
    ++contentStart;
    std::size_t end = html.find(close, contentStart);
    if (end == std::string_view::npos) end = html.size();
    found.push_back(html.substr(contentStart, end - contentStart));
    pos = end;
  }
  return found;
}

void assignMetadata(RawMetadata& metadata, std::string_view column, std::string value) {
  std::string name = collapseWhitespace(column);
  for (char& c : name) c = asciiLower(c);
  if (name == "reference id" || name == "reference" || name == "id" || name == "ref id")
    metadata.ref_id = std::move(value);
  else if (name == "created" || name == "date" || name == "date created")
    metadata.created = std::move(value);
  else if (name == "released" || name == "release date")
    metadata.released = std::move(value);
  else if (name == "classification")
    metadata.classification = std::move(value);
  else if (name == "origin")
    metadata.origin = std::move(value);
}

// Removes the backslash the database dump put before each newline.
std::string unescapeRowField(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && (i + 1 == field.size() || field[i + 1] == '\n')) continue;
    out += field[i];
  }
  return out;
}

bool readDateTime(std::string_view text, std::size_t& pos) {
  // YYYY-MM-DD HH:MM[:SS]
  auto digits = [&](std::size_t count) {
    for (std::size_t i = 0; i < count; ++i)
      if (pos >= text.size() || !isAsciiDigit(text[pos++])) return false;
    return true;
  };
  auto literal = [&](char c) { return pos < text.size() && text[pos++] == c; };
  if (!(digits(4) && literal('-') && digits(2) && literal('-') && digits(2) && literal(' ') &&
        digits(2) && literal(':') && digits(2)))
    return false;
  if (pos < text.size() && text[pos] == ':') {
    ++pos;
    return digits(2);
  }
  return true;
}

std::vector<std::string_view> splitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return lines;
}

bool isReferenceList(std::string_view line) {  // "06BERN1253|06GENEVA1633"
  line = trimSpaces(line);
  while (!line.empty()) {
    std::size_t bar = line.find('|');
    if (!looksLikePublishedId(trimSpaces(line.substr(0, bar)))) return false;
    line = bar == std::string_view::npos ? std::string_view() : line.substr(bar + 1);
  }
  return true;
}

bool startsWithClassification(std::string_view line) {
  for (std::string_view level : {"UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET"})
    if (line.starts_with(level)) return true;
  return false;
}

// The lines of a database record printed one field a line, in order; the
// listed references follow on lines of their own.
enum RecordLine : std::size_t {
  kRowNumberLine,
  kDateLine,
  kIdLine,
  kOriginLine,
  kClassificationLine,
  kFirstReferenceLine,
};
// How far down the "id: / date: / refid:" form's "header:" line can stand.
constexpr std::size_t kLastLabelledFieldLine = 63;
// "8/13/2009 8:54": M/D/YYYY and a time, 12 to 16 characters.
constexpr std::size_t kShortestSlashDateTime = 12;
constexpr std::size_t kLongestSlashDateTime = 16;

// Index of the first line after the record fields, or 0 when there is no record.
std::size_t recordFieldLines(const std::vector<std::string_view>& lines) {
  auto digitsOnly = [](std::string_view text) {
    if (text.starts_with("<<") && text.ends_with(">>")) text = text.substr(2, text.size() - 4);
    return isAllDigits(text);
  };
  // "2006-03-17 22:11:00" or "8/13/2009 8:54"
  auto isDate = [](std::string_view text) {
    std::size_t pos = 0;
    if (readDateTime(text, pos)) return true;
    return text.size() >= kShortestSlashDateTime && text.size() <= kLongestSlashDateTime && isAsciiDigit(text[0]) &&
           std::count(text.begin(), text.end(), '/') == 2 &&
           text.find(':') != std::string_view::npos;
  };
  if (lines.size() > kFirstReferenceLine + 1 && digitsOnly(trimSpaces(lines[kRowNumberLine])) &&
      isDate(trimSpaces(lines[kDateLine])) && looksLikePublishedId(trimSpaces(lines[kIdLine])) &&
      startsWithClassification(trimSpaces(lines[kClassificationLine]))) {
    std::size_t next = kFirstReferenceLine;
    while (next < lines.size() && !trimSpaces(lines[next]).empty() && isReferenceList(lines[next]))
      ++next;
    if (next == kFirstReferenceLine && next < lines.size() && trimSpaces(lines[next]).empty())
      ++next;  // no references
    return next;
  }
  if (lines.size() > kFirstReferenceLine + 1 && lines[0].starts_with("id: ") && lines[1].starts_with("date: ") &&
      lines[2].starts_with("refid: ")) {
    for (std::size_t i = 3; i < lines.size() && i <= kLastLabelledFieldLine; ++i)
      if (trimSpaces(lines[i]) == "header:") return i + 1;
  }
  return 0;
}

}  // namespace

bool unwrapDatabaseRecord(std::string& body, std::string_view header) {
  if (body.empty() || !(isAsciiDigit(body[0]) || body.starts_with("<<") || body.starts_with("id: ")))
    return false;  // the common case, without splitting the text
  std::vector<std::string_view> lines = splitLines(body);
  std::size_t first = recordFieldLines(lines);
  if (first == 0) return false;
  std::size_t bodyLine = first;
  // The header copy ends at a "header ends" rule, or where it stops matching `header`.
  for (std::size_t i = first; i < lines.size(); ++i) {
    std::string_view line = trimSpaces(lines[i]);
    if (line.starts_with("---") && line.find("header ends") != std::string_view::npos) {
      bodyLine = i + 1;
      break;
    }
  }
  if (bodyLine == first && !trimSpaces(header).empty()) {
    std::vector<std::string_view> headerLines = splitLines(trimSpaces(header));
    std::size_t matched = 0;
    while (matched < headerLines.size() && first + matched < lines.size() &&
           trimSpaces(headerLines[matched]) == trimSpaces(lines[first + matched]))
      ++matched;
    if (matched == headerLines.size()) bodyLine = first + matched;
  }
  while (bodyLine < lines.size() && trimSpaces(lines[bodyLine]).empty()) ++bodyLine;
  std::size_t offset = bodyLine < lines.size()
                           ? static_cast<std::size_t>(lines[bodyLine].data() - body.data())
                           : body.size();
  body.erase(0, offset);
  return true;
}

bool splitDatabaseRow(std::string_view text, std::string& header, std::string& body) {
  std::size_t pos = 0;
  // date, id, origin, classification, refs, header, body; and the database
  // row number first when the row has one.
  constexpr std::size_t kRowFields = 7;
  constexpr std::size_t kNumberedRowFields = kRowFields + 1;
  std::size_t fieldCount = kRowFields;
  while (pos < text.size() && isAsciiDigit(text[pos])) ++pos;
  if (pos > 0 && pos < text.size() && text[pos] == '\t') {
    ++pos;
    fieldCount = kNumberedRowFields;
  } else {
    pos = 0;
  }
  std::size_t dateStart = pos;
  if (!readDateTime(text, pos) || pos >= text.size() || text[pos] != '\t') return false;
  std::size_t idEnd = text.find('\t', pos + 1);
  if (idEnd == std::string_view::npos || !looksLikePublishedId(text.substr(pos + 1, idEnd - pos - 1)))
    return false;
  // Split the leading fields; the body, last, may itself contain tabs.
  std::vector<std::string_view> fields;
  pos = dateStart;
  if (fieldCount == kNumberedRowFields) fields.push_back(text.substr(0, dateStart - 1));
  while (fields.size() + 1 < fieldCount) {
    std::size_t tab = text.find('\t', pos);
    if (tab == std::string_view::npos) return false;
    fields.push_back(text.substr(pos, tab - pos));
    pos = tab + 1;
  }
  fields.push_back(text.substr(pos));
  header = unescapeRowField(fields[fieldCount - 2]);
  body = unescapeRowField(fields[fieldCount - 1]);
  return true;
}

namespace {

// 1-based line number of the byte at `offset`.
std::uint64_t lineAt(std::string_view page, std::size_t offset) {
  return static_cast<std::uint64_t>(
             std::count(page.begin(), page.begin() + static_cast<std::ptrdiff_t>(offset), '\n')) +
         1;
}

// "Viewing cable 07ASTANA2327, SUBJECT WORDS": the heading of the cable
// itself (the sidebar has <h3>s of its own).
struct PageHeading {
  std::size_t at = std::string_view::npos;   // npos when the page has none
  std::size_t end = 0;                       // where the search for the rest goes on
  std::string id;                            // the ID it names, or empty
};

PageHeading readHeading(std::string_view page, RawCable& cable) {
  PageHeading heading;
  constexpr std::string_view kViewing = "Viewing cable ";
  std::size_t at = page.find("<h3>Viewing cable ");
  heading.at = at == std::string_view::npos ? page.find(kViewing) : at + 4;
  if (heading.at == std::string_view::npos) return heading;
  std::size_t titleStart = heading.at + kViewing.size();
  std::size_t titleEnd = page.find("</h3>", titleStart);
  if (titleEnd == std::string_view::npos) titleEnd = page.find('\n', titleStart);
  if (titleEnd == std::string_view::npos) titleEnd = page.size();
  std::string title = collapseWhitespace(htmlText(page.substr(titleStart, titleEnd - titleStart)));
  std::size_t comma = title.find(',');
  heading.id = std::string(trimSpaces(std::string_view(title).substr(0, comma)));
  if (comma != std::string::npos)
    cable.metadata.title_subject = std::string(trimSpaces(std::string_view(title).substr(comma + 1)));
  cable.locator.line = lineAt(page, heading.at);
  heading.end = titleEnd;
  return heading;
}

// The metadata table after `from`: its <th> names and <td> values into
// `cable.metadata`. Returns where the table ends, or npos without a table.
std::size_t readMetadataTable(std::string_view page, std::size_t from, RawCable& cable) {
  std::size_t table = page.find("<table class='cable'>", from);
  if (table == std::string_view::npos) table = page.find("<table class=\"cable\">", from);
  if (table == std::string_view::npos) return std::string_view::npos;
  std::size_t tableEnd = page.find("</table>", table);
  if (tableEnd == std::string_view::npos) tableEnd = page.size();
  std::string_view tableHtml = page.substr(table, tableEnd - table);
  std::vector<std::string_view> names = elements(tableHtml, "th");
  std::vector<std::string_view> values = elements(tableHtml, "td");
  for (std::size_t i = 0; i < names.size() && i < values.size(); ++i)
    assignMetadata(cable.metadata, names[i], cellText(values[i]));
  if (cable.locator.line == 0) cable.locator.line = lineAt(page, table);
  return tableEnd;
}

// The ID from the table, else from the heading; a problem when they differ
// or when neither names one.
void settleReferenceId(const std::string& headingId, RawCable& cable, std::vector<HtmlPageProblem>& problems) {
  if (cable.metadata.ref_id.empty())
    cable.metadata.ref_id = headingId;
  else if (!headingId.empty() && headingId != cable.metadata.ref_id)
    problems.push_back({false, "page heading names " + headingId + " but its table names " +
                                   cable.metadata.ref_id});
  if (cable.metadata.ref_id.empty()) problems.push_back({false, "page names no reference ID"});
}

// One <pre> block is the body; two are header and body; more are appended
// to the body. The TAGS links they hold become the listed tags.
void readTextBlocks(const std::vector<std::string_view>& blocks, RawCable& cable,
                    std::vector<HtmlPageProblem>& problems) {
  std::vector<std::string>& tags = cable.metadata.listed_tags;
  if (blocks.size() == 1) {
    appendHtmlText(blocks[0], cable.body, &tags);
  } else {
    appendHtmlText(blocks[0], cable.header, &tags);
    appendHtmlText(blocks[1], cable.body, &tags);
    if (blocks.size() > 2) {
      problems.push_back({false, "page has " + std::to_string(blocks.size()) +
                                     " <pre> blocks; the ones after the second were appended "
                                     "to the body"});
      for (std::size_t i = 2; i < blocks.size(); ++i) {
        cable.body += '\n';
        appendHtmlText(blocks[i], cable.body, &tags);
      }
    }
  }
  cable.metadata.has_listed_tags = !tags.empty();
}

// A body that is a database row or record: its own header and body. Then
// the text cut short with another cable's row glued on.
void unwrapBody(bool singleBlock, RawCable& cable, std::vector<HtmlPageProblem>& problems) {
  std::string rowHeader, rowBody;
  if (splitDatabaseRow(cable.body, rowHeader, rowBody)) {
    if (!rowHeader.empty() || singleBlock) cable.header = std::move(rowHeader);
    cable.body = std::move(rowBody);
  } else {
    unwrapDatabaseRecord(cable.body, cable.header);
  }
  CutShortPage cut = inspectCutShort(cable.body, cable.metadata.ref_id);
  cable.metadata.cut_short = cut.cut_short;
  if (!cut.other_ref_id.empty())
    problems.push_back({false, std::string(cut.cut_short ? "page text is cut short (\"...\") and continues"
                                                         : "page text continues") +
                                   " with the database row of " + cut.other_ref_id + "; that row was left out"});
}

}  // namespace

bool extractHtmlCable(std::string_view page, RawCable& cable, std::vector<HtmlPageProblem>& problems) {
  cable.metadata = RawMetadata{};
  cable.header.clear();
  cable.body.clear();
  PageHeading heading = readHeading(page, cable);
  std::size_t tableEnd = readMetadataTable(page, heading.end, cable);
  bool hasTable = tableEnd != std::string_view::npos;
  std::vector<std::string_view> blocks = elements(page.substr(hasTable ? tableEnd : heading.end), "pre");
  if (blocks.empty() && heading.at == std::string_view::npos && !hasTable) {
    problems.push_back({true,
                        "no cable found in this page (no 'Viewing cable' heading, "
                        "cable table or <pre> text)"});
    return false;
  }
  settleReferenceId(heading.id, cable, problems);
  if (blocks.empty()) {
    problems.push_back({false, "page has no cable text (<pre> block)"});
    return true;
  }
  readTextBlocks(blocks, cable, problems);
  unwrapBody(blocks.size() == 1, cable, problems);
  return true;
}

}  // namespace cablecat
