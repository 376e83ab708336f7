// CableReader for WikiLeaks HTML pages: one page, one cable.
#include "html_page.h"
#include "reader_support.h"

namespace cablecat {

namespace {

class HtmlPageReader : public InputCableReader {
 public:
  using InputCableReader::InputCableReader;

  bool next(RawCable& cable) override {
    if (done_) return false;
    done_ = true;
    // The page is scanned in the input window itself: no copy of it.
    bool complete = input_->readToEnd(kMaxRecordBytes);
    reportInputError(issues_, *input_, path_);
    if (!complete) {
      reportIssue(issues_, Locator{path_, 0, 0}, Severity::error,
                  "page is larger than " + std::to_string(kMaxRecordBytes >> 20) + " MB; not read");
      return false;
    }
    cable.format = "html";
    cable.locator = Locator{path_, 0, 0};
    std::vector<HtmlPageProblem> problems;
    bool found =
        extractHtmlCable(std::string_view(input_->cursor(), input_->available()), cable, problems);
    input_->advance(input_->available());
    for (const HtmlPageProblem& problem : problems)
      reportIssue(issues_, cable.locator, problem.fatal ? Severity::error : Severity::warning,
                  problem.message, cable.metadata.ref_id);
    return found;
  }

  InputFormat format() const override { return InputFormat::html; }

 private:
  bool done_ = false;
};

}  // namespace

std::unique_ptr<CableReader> makeHtmlPageReader(std::unique_ptr<BufferedInput> input,
                                                std::string path, ReadIssueSink issues) {
  return std::make_unique<HtmlPageReader>(std::move(input), std::move(path), std::move(issues));
}

}  // namespace cablecat
