// What `cablecat search` makes of the words on its command line.
#pragma once

#include <string>
#include <vector>

namespace cablecat {

// The words as FTS5 words, as Datasette's escape_fts quotes them: each
// whitespace-separated token in double quotes ("al-Qaida", "U.S.",
// "Qadhafi's"), so FTS5's tokenizer splits it into a phrase of its words and
// AND, OR, NOT, NEAR, ':' and '-' mean nothing. A "quoted phrase" stays a
// phrase (an unbalanced quote is closed at the end), and a token ending in *
// stays a prefix search ("corrupt"*).
std::string plainWordsQuery(const std::vector<std::string>& terms);

// The tokens shaped like a cable's reference ID: two digits, letters and
// digits, a digit at the end (07ASTANA2315, 7575LIBREVILLE1895, and
// malformed published IDs such as 08ECTION01OF02MANAMA492), upper-cased.
std::vector<std::string> referenceIdTerms(const std::vector<std::string>& terms);

}  // namespace cablecat
