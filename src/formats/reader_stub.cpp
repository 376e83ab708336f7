// Stub until the readers land.
#include "cable_reader.h"
namespace cablecat {
std::unique_ptr<CableReader> openCableReader(const std::string& path, InputFormat, ReadIssueSink) {
  throw InputError(path + ": no reader yet");
}
std::vector<std::string> expandInputs(const std::vector<std::string>& arguments, ReadIssueSink) {
  return arguments;
}
}  // namespace cablecat
