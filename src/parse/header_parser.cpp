// Cable header: transmission ID, precedence, DTG, FM, and the TO/INFO/XMT
// lists (findBodyStart lives in body_start.cpp).
#include "header_parser.h"

#include <optional>
#include <vector>

#include "dtg.h"
#include "header_lines.h"
#include "precedence.h"
#include "recipient_parser.h"
#include "text_lines.h"

namespace cablecat {

namespace {

RecipientKind listRecipientKind(HeaderLineKind kind) {
  switch (kind) {
    case HeaderLineKind::to_list: return RecipientKind::to;
    case HeaderLineKind::info_list: return RecipientKind::info;
    default: return RecipientKind::xmt;
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

  void start(HeaderLineKind kind, std::string_view firstEntries) {
    flush();
    kind_ = listRecipientKind(kind);
    if (!firstEntries.empty()) addLine(firstEntries);
  }
  bool active() const { return kind_.has_value(); }

  void addLine(std::string_view line) {
    std::vector<std::string_view> entries = splitEntriesOfLine(line);
    addEntry(entries.front());
    for (std::size_t i = 1; i < entries.size(); ++i) {
      flush();
      pending_.assign(entries[i]);
    }
  }

  void end() {
    flush();
    kind_.reset();
  }

 private:
  void addEntry(std::string_view line) {
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

  void flush() {
    if (kind_ && !pending_.empty()) out_.push_back(parseRecipientEntry(pending_, *kind_));
    pending_.clear();
  }

  std::vector<Recipient>& out_;
  std::optional<RecipientKind> kind_;  // while a list is open
  std::string pending_;
};

void applyPrecedenceLetters(std::string_view letters, std::string& precedence) {
  if (!precedence.empty() || letters.empty()) return;
  precedence = std::string(precedenceFromLetter(letters[0]));
}

// Internal distribution blocks ("INFO LOG-00 ...") and e-mail wrappers can
// precede FM; recipient lists only count after FM when there is one.
bool hasFromLine(const std::vector<TextLine>& lines) {
  for (const TextLine& line : lines) {
    std::string_view text = trim(line.text);
    if (text.substr(0, 3) == "FM ") return true;
    // "O 121530Z JAN 73 FM AMEMBASSY TEHRAN TO ...": FM run together.
    std::size_t at = text.find(" FM ");
    if (at != std::string_view::npos && classifyHeaderLine(text.substr(at + 1)) == HeaderLineKind::from &&
        runTogetherLineEnd(text, classifyHeaderLine(text)) != std::string_view::npos)
      return true;
  }
  return false;
}

// Reads the header line by line, and a line that runs several header lines
// together piece by piece.
class HeaderReader {
 public:
  HeaderReader(std::string_view header, Cable& cable)
      : cable_(cable), lines_(splitLines(header)), hasFromLine_(hasFromLine(lines_)), lists_(cable.recipients) {
    cable.recipients.reserve(cable.recipients.size() + 16);
  }

  void read() {
    for (const TextLine& line : lines_) {
      std::string_view rest = line.text;
      while (true) {
        HeaderLineKind kind = classifyHeaderLine(rest);
        std::size_t next = runTogetherLineEnd(rest, kind);
        if (next == std::string_view::npos) {
          readLine(rest, line.number, kind);
          break;
        }
        std::string_view piece = trim(rest.substr(0, next));
        readLine(piece, line.number, classifyHeaderLine(piece));
        rest = rest.substr(next);
      }
    }
    lists_.end();
    settlePrecedence();
    reportUnknownLines();
  }

 private:
  void readLine(std::string_view text, std::size_t number, HeaderLineKind kind) {
    if (lists_.active()) {
      if (kind == HeaderLineKind::blank || kind == HeaderLineKind::layout) return;
      if (canBeListEntry(kind)) {
        lists_.addLine(text);
        return;
      }
      lists_.end();
    }
    switch (kind) {
      case HeaderLineKind::transmission_id:
        if (cable_.transmission_id.empty()) cable_.transmission_id = std::string(splitWords(text).front());
        break;
      case HeaderLineKind::partial_extract:
        cable_.is_partial = true;
        break;
      case HeaderLineKind::routing: {
        std::string_view first = splitWords(text).front();
        if (first.size() == 2 && routingPrecedence_.empty())
          routingPrecedence_ = std::string(precedenceFromLetter(first[0]));
        break;
      }
      case HeaderLineKind::dtg: {
        DateTimeGroup dtg;
        parseDateTimeGroup(text, dtg);
        if (cable_.dtg.empty()) cable_.dtg = dtg.iso;
        applyPrecedenceLetters(dtg.precedence_letters, dtgPrecedence_);
        break;
      }
      case HeaderLineKind::from:
        readFromLine(text);
        break;
      case HeaderLineKind::to_list:
      case HeaderLineKind::info_list:
      case HeaderLineKind::xmt_list:
        if (hasFromLine_ && !seenFrom_) {
          noteUnknown(text, number);
          break;
        }
        // "TO PAGE 02 STATE 015113 182333Z": a page header after the keyword.
        lists_.start(kind, isPageBreakLine(listLineRest(text)) ? std::string_view() : listLineRest(text));
        break;
      case HeaderLineKind::classification:
      case HeaderLineKind::other:
        noteUnknown(text, number);
        break;
      default:  // blank, layout, DE, ZNR/ZNY, internal distribution
        break;
    }
  }

  void readFromLine(std::string_view text) {
    if (cable_.from_station.empty()) {
      std::string_view station = listLineRest(text);
      station.remove_prefix(routingIndicatorPrefix(station));
      cable_.from_station = collapseSpaces(station);
    }
    seenFrom_ = true;
  }

  void noteUnknown(std::string_view text, std::size_t number) {
    if (unknownCount_++ == 0) {
      firstUnknown_ = text;
      firstUnknownNumber_ = number;
    }
  }

  // The DTG's letter is the cable's own precedence; the routing line
  // repeats it for the relay stations.
  void settlePrecedence() {
    cable_.precedence = !dtgPrecedence_.empty() ? dtgPrecedence_ : routingPrecedence_;
    if (cable_.precedence.empty()) {
      for (const Recipient& recipient : cable_.recipients)
        if (recipient.kind == RecipientKind::to && !recipient.precedence.empty()) {
          cable_.precedence = recipient.precedence;
          break;
        }
    }
    if (cable_.precedence == "IMMEDIATE") {
      for (const Recipient& recipient : cable_.recipients)
        if (recipient.kind == RecipientKind::to && recipient.precedence == "NIACT IMMEDIATE")
          cable_.precedence = "NIACT IMMEDIATE";
    }
  }

  void reportUnknownLines() {
    if (unknownCount_ == 0) return;
    std::string message = "header: " + std::to_string(unknownCount_) +
                          " unrecognized line(s), first at header line " + std::to_string(firstUnknownNumber_) +
                          ": \"" + std::string(trim(firstUnknown_).substr(0, 80)) + "\"";
    cable_.diagnostics.push_back({Severity::note, std::move(message)});
  }

  Cable& cable_;
  std::vector<TextLine> lines_;
  bool hasFromLine_;
  RecipientListBuilder lists_;
  std::string dtgPrecedence_;
  std::string routingPrecedence_;
  bool seenFrom_ = false;
  std::size_t unknownCount_ = 0;
  std::string_view firstUnknown_;
  std::size_t firstUnknownNumber_ = 0;
};

}  // namespace

void parseHeader(std::string_view header, Cable& cable) { HeaderReader(header, cable).read(); }

}  // namespace cablecat
