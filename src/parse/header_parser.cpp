// Cable header: transmission ID, precedence, DTG, FM, and the TO/INFO/XMT
// lists (findBodyStart lives in body_start.cpp).
#include "header_parser.h"

#include <vector>

#include "dtg.h"
#include "header_lines.h"
#include "precedence.h"
#include "recipient_parser.h"
#include "text_lines.h"

namespace cablecat {

namespace {

const char* listKindName(HeaderLineKind kind) {
  switch (kind) {
    case HeaderLineKind::to_list: return "to";
    case HeaderLineKind::info_list: return "info";
    default: return "xmt";
  }
}

// Lines that can stand inside a recipient list as (part of) an entry.
bool canBeListEntry(HeaderLineKind kind) {
  return kind == HeaderLineKind::other || kind == HeaderLineKind::routing ||
         kind == HeaderLineKind::security;
}

// Collects list entries, joining wrapped lines before parsing them.
class RecipientListBuilder {
 public:
  explicit RecipientListBuilder(std::vector<Recipient>& out) : out_(out) {}

  void start(HeaderLineKind kind, std::string_view firstEntry) {
    flush();
    kind_ = listKindName(kind);
    if (!firstEntry.empty()) pending_.assign(firstEntry);
  }
  bool active() const { return kind_ != nullptr; }

  void addLine(std::string_view line) {
    line = trim(line);
    if (!pending_.empty() && continuesRecipientEntry(line, pending_)) {
      if (line.front() != '/' && pending_.back() != '/' && pending_.back() != '-')
        pending_.push_back(' ');
      pending_ += line;
      return;
    }
    flush();
    pending_.assign(line);
  }

  void end() {
    flush();
    kind_ = nullptr;
  }

 private:
  void flush() {
    if (kind_ != nullptr && !pending_.empty()) out_.push_back(parseRecipientEntry(pending_, kind_));
    pending_.clear();
  }

  std::vector<Recipient>& out_;
  const char* kind_ = nullptr;
  std::string pending_;
};

void applyPrecedenceLetters(std::string_view letters, std::string& precedence) {
  if (!precedence.empty() || letters.empty()) return;
  precedence = std::string(precedenceFromLetter(letters[0]));
}

}  // namespace

void parseHeader(std::string_view header, Cable& cable) {
  std::vector<TextLine> lines = splitLines(header);
  // Internal distribution blocks ("INFO LOG-00 ...") and e-mail wrappers can
  // precede FM; recipient lists only count after FM when there is one.
  bool hasFromLine = false;
  for (const TextLine& line : lines)
    if (trim(line.text).substr(0, 3) == "FM ") {
      hasFromLine = true;
      break;
    }

  std::string dtgPrecedence;
  std::string routingPrecedence;
  bool seenFrom = false;
  std::size_t unknownCount = 0;
  const TextLine* firstUnknown = nullptr;
  cable.recipients.reserve(cable.recipients.size() + 16);
  RecipientListBuilder lists(cable.recipients);

  for (const TextLine& line : lines) {
    HeaderLineKind kind = classifyHeaderLine(line.text);
    if (lists.active()) {
      if (kind == HeaderLineKind::blank || kind == HeaderLineKind::layout) continue;
      if (canBeListEntry(kind)) {
        lists.addLine(line.text);
        continue;
      }
      lists.end();
    }
    switch (kind) {
      case HeaderLineKind::blank:
      case HeaderLineKind::layout:
      case HeaderLineKind::station_line:
      case HeaderLineKind::security:
      case HeaderLineKind::distribution:
        break;
      case HeaderLineKind::transmission_id:
        if (cable.transmission_id.empty())
          cable.transmission_id = std::string(splitWords(line.text).front());
        break;
      case HeaderLineKind::partial_extract:
        cable.is_partial = true;
        break;
      case HeaderLineKind::routing: {
        std::string_view first = splitWords(line.text).front();
        if (first.size() == 2 && routingPrecedence.empty())
          routingPrecedence = std::string(precedenceFromLetter(first[0]));
        break;
      }
      case HeaderLineKind::dtg: {
        DateTimeGroup dtg;
        parseDateTimeGroup(line.text, dtg);
        if (cable.dtg.empty()) cable.dtg = dtg.iso;
        applyPrecedenceLetters(dtg.precedence_letters, dtgPrecedence);
        break;
      }
      case HeaderLineKind::from:
        if (cable.from_station.empty()) {
          std::string_view station = listLineRest(line.text);
          station.remove_prefix(routingIndicatorPrefix(station));
          cable.from_station = collapseSpaces(station);
        }
        seenFrom = true;
        break;
      case HeaderLineKind::to_list:
      case HeaderLineKind::info_list:
      case HeaderLineKind::xmt_list:
        if (hasFromLine && !seenFrom) {
          ++unknownCount;
          if (firstUnknown == nullptr) firstUnknown = &line;
          break;
        }
        // "TO PAGE 02 STATE 015113 182333Z": a page header after the keyword.
        lists.start(kind, isPageBreakLine(listLineRest(line.text)) ? std::string_view()
                                                                   : listLineRest(line.text));
        break;
      case HeaderLineKind::classification:
      case HeaderLineKind::other:
        ++unknownCount;
        if (firstUnknown == nullptr) firstUnknown = &line;
        break;
    }
  }
  lists.end();

  // The DTG's letter is the cable's own precedence; the routing line
  // repeats it for the relay stations.
  cable.precedence = !dtgPrecedence.empty() ? dtgPrecedence : routingPrecedence;
  if (cable.precedence.empty()) {
    for (const Recipient& recipient : cable.recipients)
      if (recipient.kind == "to" && !recipient.precedence.empty()) {
        cable.precedence = recipient.precedence;
        break;
      }
  }
  if (cable.precedence == "IMMEDIATE") {
    for (const Recipient& recipient : cable.recipients)
      if (recipient.kind == "to" && recipient.precedence == "NIACT IMMEDIATE")
        cable.precedence = "NIACT IMMEDIATE";
  }

  if (firstUnknown != nullptr) {
    std::string message = "header: " + std::to_string(unknownCount) +
                          " unrecognized line(s), first at header line " +
                          std::to_string(firstUnknown->number) + ": \"" +
                          std::string(trim(firstUnknown->text).substr(0, 80)) + "\"";
    cable.diagnostics.push_back({Severity::note, std::move(message)});
  }
}

}  // namespace cablecat
