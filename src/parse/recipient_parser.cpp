// Recipient entries: routing indicator, address (office suffixes kept),
// precedence (typos fixed) and serial, read from the right-hand end.
#include "recipient_parser.h"

#include <array>
#include <vector>

#include "precedence.h"
#include "text_lines.h"

namespace cablecat {

namespace {

// Address words that start an entry of their own; a short line starting
// with one of them is a new recipient, not the tail of a wrapped one.
constexpr std::array<std::string_view, 42> kAddressHeads = {
    "AMEMBASSY", "AMCONSUL",  "AMCOMSUL",  "USMISSION", "SECSTATE",  "SECDEF",   "SECNAV",
    "USEU",      "USNATO",    "USDAO",     "USINT",     "USLO",      "USOFFICE", "USDEL",
    "USUN",      "USDOC",     "USTR",      "USAID",     "USCINCSO",  "USCINCEUR", "USCINCPAC",
    "USCINCCENT", "CINCLANT", "CINCPAC",   "CINCEUR",   "EUCOM",     "CSAF",     "CIA",
    "NSC",       "DIA",       "FBI",       "DEA",       "DHS",       "DIRNSA",   "JCS",
    "CJCS",      "HQ",        "CDR",       "JOINT",     "DEPT",      "WHITE",    "TREASURY"};

// "PRIORITY0482": precedence glued to the serial.
bool splitGluedSerial(std::string_view word, std::string_view& precedence, std::string_view& serial) {
  std::size_t digits = word.size();
  while (digits > 0 && (isAsciiDigit(word[digits - 1]) || word[digits - 1] == '-')) --digits;
  if (digits == 0 || digits == word.size()) return false;
  precedence = normalizePrecedenceWord(word.substr(0, digits));
  if (precedence.empty()) return false;
  serial = word.substr(digits);
  return isMessageSerial(serial);
}

// Words of a routing indicator's place that are message-format set names
// or office symbols ("SUBJ/...", "MSGID/...", "USDAO/MADRID"), not routes.
bool isSetNameOrAddress(std::string_view word) {
  for (std::string_view name : {"SUBJ", "MSGID", "NARR", "RMKS", "AMPN", "GENTEXT", "DECL", "PASS",
                                "INFO", "ACTION", "TAGS", "REFS", "ORIG", "POC", "TEXT"})
    if (word == name) return true;
  return isAddressHead(word);
}

// Position of the last whitespace byte of `text`, or npos.
std::size_t lastSpace(std::string_view text) {
  for (std::size_t end = text.size(); end > 0;) {
    --end;
    if (isAsciiSpace(text[end])) return end;
  }
  return std::string_view::npos;
}

bool endsWithCollective(const std::vector<std::string_view>& words) {
  for (std::size_t i = words.size(); i-- > 0;) {
    if (words[i] == "COLLECTIVE") return true;
    if (normalizePrecedenceWord(words[i]).empty() && !isAllDigits(words[i])) return false;
  }
  return false;
}

}  // namespace

bool isAddressHead(std::string_view word) {
  for (std::string_view head : kAddressHeads)
    if (word == head) return true;
  return false;
}

bool isMessageSerial(std::string_view word) {
  // "0482", "475"; a range for a message sent in parts: "2381-2382". One
  // or two digits belong to the address ("CTF 72").
  std::size_t dash = word.find('-');
  if (dash == std::string_view::npos) return word.size() >= 3 && isAllDigits(word);
  return dash >= 3 && isAllDigits(word.substr(0, dash)) && isAllDigits(word.substr(dash + 1));
}

std::size_t routingIndicatorPrefix(std::string_view entry) {
  // Routing indicators are 4-8 capitals, mostly starting with R ("RUEHC",
  // "RHMFISS"), but not always: "UEHC/", "EUMEM/", "GIPNC/". "ZEN" marks
  // delivery by other means. Three-letter words are office symbols
  // ("EUR/RUS"), and an address ("USDAO/MADRID") is not a route.
  std::size_t slash = entry.find('/');
  if (slash == std::string_view::npos || slash < 3 || slash > 8) return 0;
  std::string_view indicator = entry.substr(0, slash);
  for (char c : indicator)
    if (!isAsciiUpper(c)) return 0;
  if (indicator == "ZEN") return slash + 1;
  if (indicator.size() < 4 || slash + 1 >= entry.size()) return 0;
  // "RUEHC/ SECSTATE WASHDC": a space typed after an R route's slash.
  std::size_t after = slash + 1;
  if (indicator.front() == 'R')
    while (after < entry.size() && entry[after] == ' ') ++after;
  if (after >= entry.size() || (!isAsciiUpper(entry[after]) && !isAsciiDigit(entry[after]))) return 0;
  if (indicator.front() != 'R' && isSetNameOrAddress(indicator)) return 0;
  return after;
}

Recipient parseRecipientEntry(std::string_view entry, RecipientKind kind) {
  Recipient recipient;
  recipient.kind = kind;
  entry = trim(entry);
  std::size_t prefix = routingIndicatorPrefix(entry);
  if (prefix > 0) {
    recipient.routing_indicator = std::string(entry.substr(0, entry.find('/')));
    entry.remove_prefix(prefix);
  }
  // "SECSTATE WASHDC 0482.": a full stop typed after the serial.
  while (entry.size() > 1 && (entry.back() == '.' || entry.back() == ',') && isAsciiDigit(entry[entry.size() - 2]))
    entry.remove_suffix(1);
  // Read serial and precedence from the right, in either order
  // ("IMMEDIATE 0464", and the rarer "8778 PRIORITY"); the first word
  // always stays address. Words are taken off the end of `rest` in place
  // (no vector of words: this runs on every recipient of every cable).
  std::string_view rest = trim(entry);
  while (true) {
    std::size_t space = lastSpace(rest);
    if (space == std::string_view::npos) break;  // one word left: the address
    std::string_view last = rest.substr(space + 1);
    std::string_view precedence = normalizePrecedenceWord(last);
    std::string_view gluedSerial;
    if (recipient.serial.empty() && isMessageSerial(last)) {
      recipient.serial = std::string(last);
    } else if (recipient.precedence.empty() && !precedence.empty()) {
      recipient.precedence = std::string(precedence);
    } else if (recipient.serial.empty() && recipient.precedence.empty() &&
               splitGluedSerial(last, precedence, gluedSerial)) {
      recipient.precedence = std::string(precedence);
      recipient.serial = std::string(gluedSerial);
    } else if (last == "NIACT" && recipient.precedence == "IMMEDIATE") {
      // "NIACT IMMEDIATE": night action, the recipient is woken for it.
      recipient.precedence = "NIACT IMMEDIATE";
    } else {
      break;
    }
    rest = trim(rest.substr(0, space));
  }
  // The remaining words, joined by single spaces.
  recipient.address = collapseSpaces(rest);
  return recipient;
}

std::vector<std::string_view> splitEntriesOfLine(std::string_view line) {
  line = trim(line);
  std::vector<std::string_view> entries;
  std::size_t entryStart = 0;
  std::size_t pos = findSpaceOrTab(line);
  while (pos != std::string_view::npos) {
    std::size_t wordStart = pos;
    while (wordStart < line.size() && isAsciiSpace(line[wordStart])) ++wordStart;
    std::size_t wordEnd = findSpaceOrTab(line, wordStart);
    std::string_view word = line.substr(wordStart, (wordEnd == std::string_view::npos ? line.size() : wordEnd) - wordStart);
    // Office words that also open addresses of their own, unlike USNATO in
    // "USMISSION USNATO" or NSC in "WHITE HOUSE NSC WASHDC". Inside a line
    // only an R route counts: "SECDEF WASHDC//USDP ADMIN/CHAIRS//" holds
    // an office symbol.
    bool routed = !word.empty() && word.front() == 'R' && routingIndicatorPrefix(word) > 0;
    bool opensEntry = routed || word == "AMEMBASSY" || word == "AMCONSUL" ||
                      word == "AMCOMSUL" || word == "SECSTATE" || word == "USMISSION" || word == "USINT";
    // "RUEHC/ SECSTATE": the word after a route's slash is its address.
    std::string_view before = trim(line.substr(0, wordStart));
    bool afterSlash = !before.empty() && before.back() == '/';
    if (opensEntry && !word.empty() && !afterSlash) {
      entries.push_back(trim(line.substr(entryStart, wordStart - entryStart)));
      entryStart = wordStart;
    }
    pos = wordEnd;
  }
  entries.push_back(trim(line.substr(entryStart)));
  return entries;
}

bool continuesRecipientEntry(std::string_view line, std::string_view previousEntry) {
  line = trim(line);
  if (line.empty() || previousEntry.empty()) return false;
  if (line.front() == '/') return true;
  if (routingIndicatorPrefix(line) > 0) return false;
  std::vector<std::string_view> words = splitWords(line);
  // Only a precedence and/or serial: the end of the entry above.
  bool onlyTail = true;
  for (std::string_view word : words)
    if (normalizePrecedenceWord(word).empty() && !isMessageSerial(word) && word != "NIACT")
      onlyTail = false;
  // A bare precedence or serial is never a recipient of its own.
  if (onlyTail) return true;
  // Only an entry with a routing indicator and nothing yet after its
  // address can have been cut: its last word is still part of the address.
  if (routingIndicatorPrefix(previousEntry) == 0) return false;
  std::string_view lastWord = previousEntry.substr(previousEntry.find_last_of(" \t/") + 1);
  if (isMessageSerial(lastWord) || !normalizePrecedenceWord(lastWord).empty()) return false;
  if (previousEntry.back() == '-') return true;
  return words.size() <= 3 && !isAddressHead(words.front()) && !endsWithCollective(words);
}

}  // namespace cablecat
