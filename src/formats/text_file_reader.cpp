// CableReader for a single-cable text file: the whole file is the cable text.
#include <filesystem>

#include "byte_scan.h"
#include "parse/reference_id.h"
#include "reader_support.h"

namespace cablecat {

namespace {

// "07ASTANA2327.txt", "07ASTANA2327.txt.gz" -> "07ASTANA2327" when it has
// the shape of a cable ID; otherwise empty and the loader reports it.
std::string idFromFileName(const std::string& path) {
  if (path == "-") return "";
  std::string stem = std::filesystem::path(path).filename().string();
  if (stem.size() > 3 && stem.compare(stem.size() - 3, 3, ".gz") == 0) stem.resize(stem.size() - 3);
  std::size_t dot = stem.find('.');
  if (dot != std::string::npos) stem.resize(dot);
  return looksLikePublishedId(stem) ? stem : "";
}

class TextFileReader : public InputCableReader {
 public:
  using InputCableReader::InputCableReader;

  bool next(RawCable& cable) override {
    if (done_) return false;
    done_ = true;
    cable.format = "text";
    cable.locator = Locator{path_, 1, 0};
    cable.metadata = RawMetadata{};
    cable.metadata.ref_id = idFromFileName(path_);
    cable.header.clear();
    bool complete = readAll(*input_, cable.body);
    reportInputError(issues_, *input_, path_);
    if (!complete) {
      reportIssue(issues_, cable.locator, Severity::error,
                  "file is larger than " + std::to_string(kMaxRecordBytes >> 20) +
                      " MB; not a single cable",
                  cable.metadata.ref_id);
      return false;
    }
    dropCarriageReturnsBeforeLineFeeds(cable.body);
    return true;
  }

  InputFormat format() const override { return InputFormat::text; }

 private:
  bool done_ = false;
};

}  // namespace

std::unique_ptr<CableReader> makeTextFileReader(std::unique_ptr<BufferedInput> input,
                                                std::string path, ReadIssueSink issues) {
  return std::make_unique<TextFileReader>(std::move(input), std::move(path), std::move(issues));
}

}  // namespace cablecat
