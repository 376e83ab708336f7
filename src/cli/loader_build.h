// Identifies the loading code of this build (generated from its sources).
#pragma once

namespace cablecat {

// A hash of every source file of the readers, parser, writer and schema:
// two builds with the same value turn the same file into the same rows.
const char* loaderBuild();

}  // namespace cablecat
