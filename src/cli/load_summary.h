// The closing lines of a load on stderr: what it loaded, its issues by
// severity and by kind, and the SELECT that lists them.
#pragma once

#include <ostream>
#include <string>

#include "load_pipeline.h"

namespace cablecat {

// `catalogueExisted`: there was a catalogue file before the load (for a load
// that read nothing: "left as it was" rather than "not created").
void printLoadSummary(const LoadSummary& summary, const LoadSettings& settings, bool catalogueExisted,
                      std::ostream& err);

// What a load that changed nothing says of the catalogue: "PATH is as it
// was" when the file existed before, else "PATH was not created".
std::string untouchedCatalogue(const std::string& path, bool existed);

}  // namespace cablecat
