// The lines after a cable's signer: transmission trailers, page footers and
// the debris dumps and printouts leave at the end of the text.
#pragma once

#include <cstddef>
#include <string_view>

namespace cablecat {

// The release redacts names and addresses with runs of X's
// ("XXXXXXXXXXXX"); from six on, a run is a redaction and not a word
// ("XX", "XXX" are typed as such).
inline constexpr std::size_t kShortestRedaction = 6;

// A line that is layout or debris, never text nor the signer: blank lines,
// "NNNN", "BT", "#2327", "SECRET", "> 2002ROME01748 - Classification:
// SECRET", "1/21/2009", a partial-extract notice, a declassification stamp.
bool isTrailerLine(std::string_view line);

// The line without what was glued after its text: CSV quotes, backslashes,
// print debris ("HORAN##"), a raw database row's " 0 11/30/2007 4549 TAGS"
// or "\t2006-03-31", and an end-of-message marker or page footer on the
// same line ("HALL NNNN 2004ROME02926 - Classification: CONFIDENTIAL").
std::string_view cleanTailLine(std::string_view line);

}  // namespace cablecat
