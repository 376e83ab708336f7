// CableReader for archive pages: many cables per page, each under a metadata line.
#include "archive_metadata_line.h"
#include "parse/ascii.h"
#include "parse/reference_id.h"
#include "reader_support.h"

namespace cablecat {

namespace {

constexpr std::string_view kColumnsLine = "Reference ID Created Released Classification Origin";

// ASCII only, whatever the locale.
bool equalsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (asciiLower(a[i]) != asciiLower(b[i])) return false;
  return true;
}

// Site text between a title line and the metadata line.
bool isBoilerplateLine(std::string_view line) {
  // Called for every line: most cable text fails on the first byte.
  if (line.empty() || (line[0] != 'W' && line[0] != 'D' && line[0] != 'T' && line[0] != 'I'))
    return false;
  return line == "WikiLeaks Link" || line == "Discussing cables" ||
         line.starts_with("To understand the justification used for the classification") ||
         line.starts_with("If you find meaningful or important information in a cable");
}

// The page's trailer after each cable's text, and the heading of a following
// month when pages were concatenated.
bool isTrailerLine(std::string_view line) {
  return line.empty() || equalsNoCase(line, "Wikileaks") || line.starts_with("Monthly Archives:");
}

class ArchivePageReader : public InputCableReader {
 public:
  using InputCableReader::InputCableReader;

  bool next(RawCable& cable) override {
    if (finished_) return false;
    std::string_view line;
    bool cut = false;
    while (input_->readLine(line, &cut)) {
      std::uint64_t number = input_->lineNumber();
      if (cut)
        reportIssue(issues_, Locator{path_, number, 0}, Severity::warning,
                    "line longer than " + std::to_string(kMaxRecordBytes >> 20) + " MB was cut");
      if (trimSpaces(line) != kColumnsLine) {
        append(line, number);
        continue;
      }
      bool emitting = open_;
      if (emitting) finishCurrent(cable);
      startCable(number);
      if (emitting) return true;
    }
    reportInputError(issues_, *input_, path_);
    finished_ = true;
    if (!open_) return false;
    finishCurrent(cable);
    return true;
  }

  InputFormat format() const override { return InputFormat::archive; }

 private:
  // Tracks the last "ID, SUBJECT" title line and the run of site boilerplate
  // after it, so the next metadata line knows where the previous text ends.
  struct TitleMark {
    bool seen = false;
    std::size_t offset = 0;  // in body_
    std::uint64_t line = 0;
    std::string id;
    std::string subject;
  };

  void append(std::string_view line, std::uint64_t number) {
    std::string_view trimmed = trimSpaces(line);
    // A title line starts with a cable ID, so with a digit: no comma search
    // in the other lines.
    bool mayBeTitle = !trimmed.empty() && isAsciiDigit(trimmed[0]);
    std::size_t comma = mayBeTitle ? trimmed.find(',') : std::string_view::npos;
    if (comma != std::string_view::npos && looksLikePublishedId(trimmed.substr(0, comma))) {
      title_.seen = true;
      title_.offset = body_.size();
      title_.line = number;
      title_.id.assign(trimmed.substr(0, comma));
      title_.subject.assign(trimSpaces(trimmed.substr(comma + 1)));
      boilerplateOffset_ = std::string::npos;
    } else if (isBoilerplateLine(trimmed)) {
      if (boilerplateOffset_ == std::string::npos) boilerplateOffset_ = body_.size();
    } else if (!trimmed.empty()) {
      // Cable text after a title: it was not the title of the next cable.
      title_.seen = false;
      boilerplateOffset_ = std::string::npos;
    }
    if (body_.size() + line.size() + 1 > kMaxRecordBytes) {
      if (!tooLong_ && open_)
        reportIssue(issues_, Locator{path_, startLine_, 0}, Severity::error,
                    "cable text longer than " + std::to_string(kMaxRecordBytes >> 20) +
                        " MB; the rest was dropped",
                    metadata_.ref_id);
      tooLong_ = true;
      return;
    }
    body_.append(line);
    body_ += '\n';
  }

  // Where the text before the metadata line ends: at the title line, else
  // at the boilerplate, else right there.
  std::size_t textEnd() const {
    if (title_.seen) return title_.offset;
    if (boilerplateOffset_ != std::string::npos) return boilerplateOffset_;
    return body_.size();
  }

  void finishCurrent(RawCable& cable) {
    body_.resize(textEnd());
    // Drop the trailer ("Wikileaks") and blank lines at the end, blank lines at the start.
    while (!body_.empty()) {
      std::size_t end = body_.size() - (body_.back() == '\n' ? 1 : 0);
      std::size_t lineStart = end == 0 ? std::string::npos : body_.rfind('\n', end - 1);
      lineStart = lineStart == std::string::npos ? 0 : lineStart + 1;
      if (!isTrailerLine(trimSpaces(std::string_view(body_).substr(lineStart, end - lineStart))))
        break;
      body_.resize(lineStart);
    }
    std::size_t firstText = 0;
    while (firstText < body_.size()) {
      std::size_t lineEnd = body_.find('\n', firstText);
      if (lineEnd == std::string::npos ||
          !trimSpaces(std::string_view(body_).substr(firstText, lineEnd - firstText)).empty())
        break;
      firstText = lineEnd + 1;
    }
    body_.erase(0, firstText);

    cable.format = "archive";
    cable.locator = Locator{path_, startLine_, 0};
    cable.metadata = std::move(metadata_);
    cable.header.clear();
    cable.body.swap(body_);
    body_.clear();
    open_ = false;
  }

  void startCable(std::uint64_t columnsLine) {
    metadata_ = RawMetadata{};
    startLine_ = title_.seen ? title_.line : columnsLine;
    if (title_.seen) {
      metadata_.ref_id = title_.id;
      metadata_.title_subject = title_.subject;
    }
    std::string titleId = title_.seen ? title_.id : "";
    body_.clear();
    title_ = TitleMark{};
    boilerplateOffset_ = std::string::npos;
    tooLong_ = false;
    open_ = true;

    std::string_view line;
    bool cut = false;
    while (input_->readLine(line, &cut) && trimSpaces(line).empty()) {
    }
    std::uint64_t number = input_->lineNumber();
    RawMetadata parsed;
    if (!parseArchiveMetadataLine(line, parsed)) {
      reportIssue(issues_, Locator{path_, number, 0}, Severity::warning,
                  "expected the metadata line (ID, created, released, classification, origin) "
                  "after the column names; got: " +
                      std::string(line.substr(0, 120)),
                  metadata_.ref_id);
      if (!line.empty()) append(line, number);
      return;
    }
    if (!titleId.empty() && titleId != parsed.ref_id)
      reportIssue(issues_, Locator{path_, number, 0}, Severity::warning,
                  "title line names " + titleId + " but the metadata line names " + parsed.ref_id,
                  parsed.ref_id);
    parsed.title_subject = std::move(metadata_.title_subject);
    metadata_ = std::move(parsed);
  }

  bool finished_ = false;
  bool open_ = false;  // a cable's metadata was read and its text is accumulating
  bool tooLong_ = false;
  RawMetadata metadata_;
  std::uint64_t startLine_ = 0;
  std::string body_;
  TitleMark title_;
  std::size_t boilerplateOffset_ = std::string::npos;
};

}  // namespace

std::unique_ptr<CableReader> makeArchivePageReader(std::unique_ptr<BufferedInput> input,
                                                   std::string path, ReadIssueSink issues) {
  return std::make_unique<ArchivePageReader>(std::move(input), std::move(path), std::move(issues));
}

}  // namespace cablecat
