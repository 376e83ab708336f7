// CableReader for the cables.csv dump: 8 quoted fields per record, backslash escapes.
//
// One vector pass finds the next quote or backslash and counts the line feeds
// before it; whole runs are appended to the field strings and CRLF is dropped
// per field, so the 1.7 GB dump streams in bounded memory near memory speed.
#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

#include "byte_scan.h"
#include "parse/ascii.h"
#include "parse/reference_id.h"
#include "reader_support.h"

namespace cablecat {

namespace {

// The columns of a cables.csv record, in order: the dump's row number, the
// date, the ID, the origin, the classification, the listed references
// ("|"-separated), the header, the body.
enum class Column : std::size_t { row, created, ref_id, origin, classification, references, header, body };
constexpr std::size_t columnIndex(Column column) { return static_cast<std::size_t>(column); }
constexpr std::size_t kFieldCount = columnIndex(Column::body) + 1;
// The columns before the header: short, read into reused strings.
constexpr std::size_t kSmallFieldCount = columnIndex(Column::header);

enum class FieldEnd {
  comma,             // another field follows
  endOfLine,         // the record ended at a line end
  endOfFile,         // the record ended at the end of the input
  unterminated,      // the input ended inside a quoted field
  nextRecordInside,  // a line inside the field starts like a new record
  malformed,         // text after a closing quote
  tooLarge,          // the field exceeded kMaxRecordBytes
};

// `"<digits>","`: how every record of the dump begins.
bool isRecordStart(std::string_view text) {
  if (text.size() < 5 || text[0] != '"') return false;
  std::size_t pos = 1;
  while (pos < text.size() && isAsciiDigit(text[pos])) ++pos;
  return pos > 1 && text.substr(pos, 3) == "\",\"";
}

class CsvDumpReader : public InputCableReader {
 public:
  using InputCableReader::InputCableReader;

  bool next(RawCable& cable) override {
    BufferedInput& in = *input_;
    for (;;) {
      if (!skipBlankLines()) {
        reportInputError(issues_, in, path_);
        return false;
      }
      ++records_;
      Locator& locator = cable.locator;
      locator.path = path_;
      locator.line = line_;
      locator.row = records_;
      for (std::string& field : smallFields_) field.clear();
      if (*in.cursor() != '"') {
        report(locator,
               "expected a record starting with a double quote; skipped to the next record");
        resync();
        continue;
      }
      std::size_t fields = 0;
      FieldEnd end = FieldEnd::comma;
      while (end == FieldEnd::comma) {
        field_ = fields;
        end = readField(fieldTarget(fields, cable));
        ++fields;
      }
      // CRLF becomes LF in a whole field at once (a pair may straddle two buffer fills).
      for (std::string& field : smallFields_) dropCarriageReturnsBeforeLineFeeds(field);
      dropCarriageReturnsBeforeLineFeeds(cable.header);
      dropCarriageReturnsBeforeLineFeeds(cable.body);
      if ((end == FieldEnd::endOfLine || end == FieldEnd::endOfFile) && fields == kFieldCount) {
        if (records_ == 1 && !isAllDigits(smallField(Column::row))) {
          // The real dump has no header row, but a re-export may add one.
          reportIssue(issues_, locator, Severity::warning,
                      "first row looks like column names, not a cable; skipped");
          records_ = 0;
          continue;
        }
        deliver(cable);
        return true;
      }
      describeFailure(locator, end, fields);
    }
  }

  InputFormat format() const override { return InputFormat::csv; }

 private:
  std::string& smallField(Column column) { return smallFields_[columnIndex(column)]; }

  std::string& fieldTarget(std::size_t index, RawCable& cable) {
    if (index < kSmallFieldCount) return smallFields_[index];
    if (index == columnIndex(Column::header)) return cable.header;
    if (index == columnIndex(Column::body)) return cable.body;
    return extraField_;
  }

  void deliver(RawCable& cable) {
    cable.format = "csv";
    RawMetadata& metadata = cable.metadata;
    metadata.ref_id.swap(smallField(Column::ref_id));
    metadata.created.swap(smallField(Column::created));
    metadata.released.clear();
    metadata.origin.swap(smallField(Column::origin));
    metadata.classification.swap(smallField(Column::classification));
    metadata.title_subject.clear();
    metadata.listed_tags.clear();
    metadata.has_listed_tags = false;
    metadata.listed_references.clear();
    std::string_view references = smallField(Column::references);
    while (!references.empty()) {
      std::size_t bar = references.find('|');
      std::string_view one = trimSpaces(references.substr(0, bar));
      if (!one.empty()) metadata.listed_references.emplace_back(one);
      references = bar == std::string_view::npos ? std::string_view() : references.substr(bar + 1);
    }
    metadata.has_listed_references = true;
  }

  void report(const Locator& locator, std::string message) {
    const std::string& written = smallField(Column::ref_id);
    std::string refId = looksLikePublishedId(written) ? written : std::string();
    reportIssue(issues_, locator, Severity::error,
                "record starting at line " + std::to_string(locator.line) + ": " + message, refId);
  }

  void describeFailure(const Locator& locator, FieldEnd end, std::size_t fields) {
    switch (end) {
      case FieldEnd::endOfLine:
      case FieldEnd::endOfFile:
        report(locator, "has " + std::to_string(fields) + " fields instead of " +
                            std::to_string(kFieldCount) + "; skipped");
        return;  // already at the start of the next line
      case FieldEnd::unterminated:
        report(locator, "the file ends inside field " + std::to_string(fields) +
                            " (truncated file?); record skipped");
        return;
      case FieldEnd::nextRecordInside:
        report(locator, "field " + std::to_string(fields) + " is not closed before line " +
                            std::to_string(line_) + ", which starts a new record; skipped");
        return;  // positioned at that new record
      case FieldEnd::malformed:
        report(locator, "unexpected text after the closing quote of field " +
                            std::to_string(fields) + " at line " + std::to_string(line_) +
                            "; skipped to the next record");
        break;
      case FieldEnd::tooLarge:
        report(locator, "field " + std::to_string(fields) + " is larger than " +
                            std::to_string(kMaxRecordBytes >> 20) +
                            " MB; skipped to the next record");
        break;
      case FieldEnd::comma:
        break;
    }
    resync();
  }

  // Skips empty lines before a record; false at the end of input.
  bool skipBlankLines() {
    BufferedInput& in = *input_;
    for (;;) {
      if (in.available() == 0 && !in.fill()) return false;
      char c = *in.cursor();
      if (c == '\n') {
        ++line_;
      } else if (c != '\r' && c != ' ' && c != '\t') {
        return true;
      }
      in.advance(1);
    }
  }

  // `"<digits>","` at the cursor: how every record begins.
  bool atRecordStart() {
    std::size_t available = input_->ensure(32);
    return isRecordStart(std::string_view(input_->cursor(), available));
  }

  // Moves to the next line that starts a record (or the end of input).
  void resync() {
    BufferedInput& in = *input_;
    for (;;) {
      if (in.available() == 0 && !in.fill()) return;
      const char* newline =
          static_cast<const char*>(std::memchr(in.cursor(), '\n', in.available()));
      if (!newline) {
        in.advance(in.available());
        continue;
      }
      in.advance(static_cast<std::size_t>(newline - in.cursor()) + 1);
      ++line_;
      if (atRecordStart()) return;
    }
  }

  FieldEnd readField(std::string& out) {
    BufferedInput& in = *input_;
    out.clear();
    if (in.available() == 0 && !in.fill()) return FieldEnd::unterminated;
    if (*in.cursor() != '"') return readUnquotedField(out);
    in.advance(1);
    bool atLineStart = false;
    for (;;) {
      if (in.available() == 0 && !in.fill()) return FieldEnd::unterminated;
      const char* text = in.cursor();
      std::size_t available = in.available();
      const char* special = findEitherCountingLineFeeds(text, available, '"', '\\', line_);
      const char* runEnd = special ? special : text + available;
      const char* backslash = special && *special == '\\' ? special : nullptr;
      const char* quote = special && *special == '"' ? special : nullptr;
      std::size_t length = static_cast<std::size_t>(runEnd - text);
      if (length > 0) {
        out.append(text, length);
        atLineStart = text[length - 1] == '\n';
        in.advance(length);
        if (out.size() > kMaxRecordBytes) return FieldEnd::tooLarge;
      }
      if (backslash) {
        if (in.available() < 2) {
          in.ensure(2);
          if (in.available() < 2) return FieldEnd::unterminated;
        }
        char escaped = in.cursor()[1];
        if (escaped == '"' && backslashEndsField()) {
          out += '\\';
          in.advance(1);
          atLineStart = false;
          continue;  // the quote is the closing one
        }
        // The dump escapes quotes, apostrophes and backslashes; anything
        // else after a backslash is text and stays as written.
        if (escaped == '"' || escaped == '\'' || escaped == '\\') {
          out += escaped;
          in.advance(2);
        } else {
          out += '\\';
          in.advance(1);
        }
        atLineStart = false;
        continue;
      }
      if (quote) {
        if (atLineStart && atRecordStart()) return FieldEnd::nextRecordInside;
        in.advance(1);
        return afterClosingQuote();
      }
    }
  }

  // At `\"`: true when the quote closes the field and the backslash is text
  // (a field ending in a backslash): `,"` or a line end then a new record or
  // the end of input follows. `\","` before the last field is taken as a
  // field boundary; in the last field it is an escaped quote, a comma and
  // the closing quote, as no field may follow.
  bool backslashEndsField() {
    BufferedInput& in = *input_;
    std::size_t available = in.ensure(4);
    const char* text = in.cursor();
    if (available == 2) return true;  // the input ends right after the quote
    if (text[2] == ',') return field_ + 1 < kFieldCount && available >= 4 && text[3] == '"';
    std::size_t lineStart = 0;
    if (text[2] == '\n')
      lineStart = 3;
    else if (text[2] == '\r' && available >= 4 && text[3] == '\n')
      lineStart = 4;
    if (lineStart == 0) return false;
    available = in.ensure(lineStart + 32);
    text = in.cursor();
    if (available == lineStart) return true;
    return isRecordStart(std::string_view(text + lineStart, available - lineStart));
  }

  // A comma or a line feed at the cursor ends a field: consumed, and the end
  // it makes; nullopt for any other character.
  std::optional<FieldEnd> takeSeparator(char c) {
    if (c != ',' && c != '\n') return std::nullopt;
    input_->advance(1);
    if (c == ',') return FieldEnd::comma;
    ++line_;
    return FieldEnd::endOfLine;
  }

  FieldEnd afterClosingQuote() {
    BufferedInput& in = *input_;
    for (;;) {
      if (in.available() == 0 && !in.fill()) return FieldEnd::endOfFile;
      char c = *in.cursor();
      if (c == ' ' || c == '\t') {
        in.advance(1);
        continue;
      }
      if (std::optional<FieldEnd> end = takeSeparator(c)) return *end;
      if (c == '\r' && in.ensure(2) >= 2 && in.cursor()[1] == '\n') {
        in.advance(2);
        ++line_;
        return FieldEnd::endOfLine;
      }
      if (c == '\r' && in.available() == 1) {
        in.advance(1);
        return FieldEnd::endOfFile;
      }
      return FieldEnd::malformed;
    }
  }

  // Not in the real dump, but harmless to accept: `,,` or `,NULL,`.
  FieldEnd readUnquotedField(std::string& out) {
    BufferedInput& in = *input_;
    for (;;) {
      if (in.available() == 0 && !in.fill()) return FieldEnd::endOfFile;
      char c = *in.cursor();
      if (std::optional<FieldEnd> end = takeSeparator(c)) {
        if (*end == FieldEnd::endOfLine && !out.empty() && out.back() == '\r') out.pop_back();
        return *end;
      }
      if (c == '"') return FieldEnd::malformed;
      out += c;
      in.advance(1);
      if (out.size() > kMaxRecordBytes) return FieldEnd::tooLarge;
    }
  }

  std::uint64_t line_ = 1;  // line number at the cursor
  std::uint64_t records_ = 0;
  std::array<std::string, kSmallFieldCount> smallFields_;
  std::string extraField_;
  std::size_t field_ = 0;  // index of the field being read (0-based)
};

}  // namespace

std::unique_ptr<CableReader> makeCsvDumpReader(std::unique_ptr<BufferedInput> input,
                                               std::string path, ReadIssueSink issues) {
  return std::make_unique<CsvDumpReader>(std::move(input), std::move(path), std::move(issues));
}

}  // namespace cablecat
