// The files of the catalogue being loaded, which the load never reads as
// input: loading a folder that also holds the catalogue is common.
#pragma once

#include <string>

#include "formats/cable_reader.h"

namespace cablecat {

// True for the catalogue itself, its -wal, -shm and -journal files, and the
// files a bulk build of any catalogue uses (`NAME.loading-<pid>`...).
InputFilter catalogueFilesOf(const std::string& catalogue);

}  // namespace cablecat
