// Readers turn input files into RawCables, one at a time, in bounded memory.
// They find cable records and strip container markup; they never parse fields.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "../parse/cable.h"
#include "../parse/raw_cable.h"

namespace cablecat {

enum class InputFormat { automatic, archive, html, csv, text };
std::optional<InputFormat> inputFormatFromName(std::string_view name);
const char* inputFormatName(InputFormat format);

// A problem in the input that is not fatal for the rest of it.
struct ReadIssue {
  Locator locator;
  std::string ref_id;  // when known
  Severity severity = Severity::warning;
  std::string message;
};
using ReadIssueSink = std::function<void(const ReadIssue&)>;

// An input that cannot be read at all (missing, unreadable, unrecognized).
// what() is "PATH: reason"; a load records reason() with the path as its
// locator, so the same problem in two files is one kind of issue.
class InputError : public std::runtime_error {
 public:
  InputError(const std::string& path, std::string reason)
      : std::runtime_error(path + ": " + reason), reason_(std::move(reason)) {}
  const std::string& reason() const { return reason_; }

 private:
  std::string reason_;
};

class CableReader {
 public:
  virtual ~CableReader() = default;
  // Fills `cable` with the next record; false at the end of the input.
  virtual bool next(RawCable& cable) = 0;
  virtual InputFormat format() const = 0;
  // Bytes consumed so far (uncompressed), for progress and `sources.size`.
  virtual std::uint64_t bytesRead() const = 0;
  // Bytes of the file itself read so far (compressed for .gz), for progress
  // against the file's size.
  virtual std::uint64_t sourceBytesRead() const = 0;
};

// Opens one file ("-" for stdin; ".gz" decompressed transparently) and
// detects its format unless `format` says which. Throws InputError.
std::unique_ptr<CableReader> openCableReader(const std::string& path, InputFormat format,
                                             ReadIssueSink issues);

// True for a path a load must not read (the catalogue's own files).
using InputFilter = std::function<bool(const std::string& path)>;

// Expands command-line inputs: folders recursively in sorted order, files and
// "-" as given. Missing paths, entries a walk cannot read (links to nothing
// or to themselves, FIFOs, devices, sockets) and inputs `skip` names are
// reported to `issues`, not thrown; `skip`ped files found in a walk are left
// out silently.
std::vector<std::string> expandInputs(const std::vector<std::string>& arguments,
                                      ReadIssueSink issues, const InputFilter& skip = {});

}  // namespace cablecat
