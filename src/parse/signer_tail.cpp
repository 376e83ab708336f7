// What follows the signer at the end of a cable, recognized so that the
// signer search can step over it.
#include "signer_tail.h"

#include "classification_line.h"
#include "field_text.h"
#include "text_lines.h"

namespace cablecat {

using namespace field_text;

namespace {

// Trailer lines are short; a longer line is running text.
constexpr std::size_t kLongestTrailerLine = 100;
// A number alone on a line, up to this many digits, is a page or message
// number ("1", "12345").
constexpr std::size_t kLongestLoneNumber = 6;
// A date as dumps stamp it ("2006-03-31", "11/30/2007"), and with the tab
// or space before it.
constexpr std::size_t kDateLength = 10;
constexpr std::size_t kSeparatedDateLength = kDateLength + 1;

// Plain loops for the tail-line tests below: find_first_of and friends call
// memchr once per byte of the line, and these run on every line the signer
// search walks back over.
bool hasDigit(std::string_view text) {
  for (char c : text)
    if (isAsciiDigit(c)) return true;
  return false;
}

// Only dots, stars, quotes, backslashes, commas, slashes, '>' and '#'
// print marks, and spaces (or nothing).
bool isOnlyPunctuation(std::string_view text) {
  for (char c : text)
    if (c != '.' && c != '*' && c != '"' && c != '\\' && c != ',' && c != ' ' && c != '>' && c != '#' &&
        c != '/')
      return false;
  return true;
}

// " @ " (a mail footer), found by its rare '@'.
bool hasSpacedAt(std::string_view text) {
  for (std::size_t at = text.find('@', 1); at != std::string_view::npos; at = text.find('@', at + 1))
    if (at + 1 < text.size() && text[at - 1] == ' ' && text[at + 1] == ' ') return true;
  return false;
}

// `text` without spaces and ignoring case starts with a classification, and
// has no digit: "C O N F I D E N T I A L", "SECRET//NOFORN".
bool isClassificationLine(std::string_view text) {
  if (hasDigit(text)) return false;
  for (std::string_view classification :
       {"UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "TOPSECRET", "LIMITEDOFFICIALUSE",
        "SENSITIVEBUTUNCLASSIFIED"}) {
    std::size_t matched = 0;
    for (std::size_t i = 0; i < text.size() && matched < classification.size(); ++i) {
      if (text[i] == ' ') continue;
      if (asciiUpper(text[i]) != classification[matched]) break;
      ++matched;
    }
    if (matched == classification.size()) return true;
  }
  return false;
}

// "1/21/2009", "2006-03-31": a date alone, stamped by a dump or a printout.
bool isDateAlone(std::string_view text) {
  std::size_t separators = 0;
  for (char c : text) {
    if (c == '/' || c == '-') ++separators;
    else if (!isAsciiDigit(c)) return false;
  }
  return separators == 2 && text.size() >= 6 && text.size() <= 10;
}

// Where a printed page's footer starts in `text`: "> 2002ROME01748 -
// Classification: SECRET", also cut by a dump ("2003ROME02045 - Clas").
// npos when there is none.
std::size_t pageFooterStart(std::string_view text) {
  std::size_t dash = text.rfind(" - Clas");
  if (dash == std::string_view::npos) return std::string_view::npos;
  std::size_t start = text.rfind(' ', dash - (dash > 0 ? 1 : 0));
  start = start == std::string_view::npos || dash == 0 ? 0 : start + 1;
  std::string_view id = text.substr(start, dash - start);
  if (id.size() < 8 || !isAllDigits(id.substr(0, 4))) return std::string_view::npos;
  while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '>')) --start;
  return start;
}

// Offset of a raw database row's tail glued after the text: " 0 11/30/2007"
// (with the message number and TAGS after it), or a tab or space and
// "2006-03-31". npos when there is none.
std::size_t databaseSuffixStart(std::string_view text) {
  for (std::size_t at = text.find(" 0 "); at != std::string_view::npos; at = text.find(" 0 ", at + 1)) {
    std::string_view date = text.substr(at + 3, kDateLength);  // "11/30/2007", "1/5/2008 ..."
    std::size_t slash = date.find('/');
    if (slash >= 1 && slash <= 2 && date.find('/', slash + 1) != std::string_view::npos &&
        isAsciiDigit(date[0]))
      return at;
  }
  if (text.size() > kSeparatedDateLength) {
    std::string_view date = text.substr(text.size() - kDateLength);
    char before = text[text.size() - kSeparatedDateLength];
    if ((before == '\t' || before == ' ') && date[4] == '-' && date[7] == '-' &&
        isAllDigits(date.substr(0, 4)) && isAllDigits(date.substr(5, 2)) && isAllDigits(date.substr(8)))
      return text.size() - kSeparatedDateLength;
  }
  return std::string_view::npos;
}

// "Visit Ankara's Classified Web Site at http://...", or the address alone
// on its own line: the embassy's web footer, which can follow the signer.
// A signer glued after the footer ("...Website: XXXXXXXXXXXX TUTTLE")
// makes the line text.
bool isWebFooterLine(std::string_view text) {
  if (startsWithNoCase(text, "HTTP://") || startsWithNoCase(text, "HTTPS://"))
    return text.find(' ') == std::string_view::npos;
  if (!startsWithNoCase(text, "VISIT ") || (findNoCase(text, "WEB SITE") == std::string_view::npos &&
                                            findNoCase(text, "WEBSITE") == std::string_view::npos))
    return false;
  std::string_view last = text.substr(text.rfind(' ') + 1);
  bool redacted = last.size() >= kShortestRedaction && last.find_first_not_of("Xx") == std::string_view::npos;
  return text.back() == ':' || startsWithNoCase(last, "HTTP") || redacted || equalsNoCase(last, "SITE") ||
         equalsNoCase(last, "WEBSITE");
}

std::string_view trimDebris(std::string_view text) {
  while (!text.empty() && (text.back() == '"' || text.back() == '\\' || text.back() == ',' ||
                           text.back() == '#' || isAsciiSpace(text.back())))
    text.remove_suffix(1);
  while (!text.empty() && (text.front() == '"' || isAsciiSpace(text.front()))) text.remove_prefix(1);
  return text;
}

}  // namespace

bool isTrailerLine(std::string_view line) {
  std::string_view text = trim(line);
  if (text.empty() || isRuleLine(text) || isLayoutLine(line)) return true;
  // "This record is a partial extract of the original cable. The full text
  // of the original cable is not available.", also cut at its start.
  if (findNoCase(text, "PARTIAL EXTRACT") != std::string_view::npos ||
      findNoCase(text, "FULL TEXT OF THE ORIGINAL CABLE") != std::string_view::npos)
    return true;
  if (text.size() > kLongestTrailerLine) return false;
  if (isOnlyPunctuation(text) || isDateAlone(text)) return true;
  for (std::string_view whole : {"NNNN", "NNN", "BT", "END OF TEXT", "WIKILEAKS"})
    if (equalsNoCase(text, whole)) return true;
  for (std::string_view start : {"DECLASSIFIED/RELEASED", "SYSTEMATIC REVIEW"})
    if (startsWithNoCase(text, start)) return true;
  if (startsWithNoCase(text, "REVIEW ") && hasDigit(text))
    return true;  // "Review 30 JUN 2006", the stamp's second line
  if (findNoCase(text, "CABLE ENDS") != std::string_view::npos ||
      findNoCase(text, "MISSING SECTION") != std::string_view::npos ||
      hasSpacedAt(text) || pageFooterStart(text) == 0)
    return true;
  if (text.front() == '#') return true;  // "#2327"
  // "1": a page number alone, under the signer of 09REYKJAVIK50; "12345",
  // a message number.
  if (text.size() <= kLongestLoneNumber && isAllDigits(text)) return true;
  // "PAGE 03 OF 03": a printed page's number.
  if (startsWithNoCase(text, "PAGE ") && text.size() <= 20 && hasDigit(text) &&
      findNoCase(text, " OF ") != std::string_view::npos)
    return true;
  // "NOTE BY OC/T: NOT PASSED ALL ADDRESSEES.": the telegraph office's note.
  if (startsWithNoCase(text, "NOTE BY OC")) return true;
  // "<< END OF DOCUMENT >>": the end of a printed record.
  if (findNoCase(text, "END OF DOCUMENT") != std::string_view::npos) return true;
  if (isWebFooterLine(text)) return true;
  // "C O N F I D E N T I A L SECTION 03 OF 03 LIMA 001986": the
  // classification line repeated at the foot of the last section.
  // (A flattened body's opening "S E C R E T USNATO 000290 NOFORN SIPDIS
  // E.O. 12958: ..." is text.)
  ClassificationLine classification;
  return isClassificationLine(text) || (text.size() <= 70 && text.find(':') == std::string_view::npos &&
                                        parseClassificationLine(text, classification));
}

std::string_view cleanTailLine(std::string_view line) {
  std::string_view text = trimDebris(line);
  std::size_t footer = pageFooterStart(text);
  if (footer != std::string_view::npos && footer > 0) text = trimDebris(text.substr(0, footer));
  std::size_t row = databaseSuffixStart(text);
  if (row != std::string_view::npos) text = trimDebris(text.substr(0, row));
  // "SCOBEY NNNN End Cable Text": end-of-message markers typed on the
  // signer's line.
  for (std::string_view marker : {" END CABLE TEXT", " NNNN", " BT"})
    if (text.size() > marker.size() && equalsNoCase(text.substr(text.size() - marker.size()), marker))
      text = trimDebris(text.substr(0, text.size() - marker.size()));
  return text;
}

}  // namespace cablecat
