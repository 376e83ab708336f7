// The repair table: misspelled TAGS codes, each with where it was seen and
// why the meant code is certain. A code is repaired only when the written
// form is no code of the TAGS handbook, the meant code is one edit away, and
// the cable's subject fits it. Not here on purpose: BTIO and WTRO are real
// codes (hundreds of cables each in the full archive carry them; issue 13),
// and OVP is the Office of the Vice President as often as a typo of OVIP.
// generate_tag_vocabulary.py reads the written forms from this file.
#include "tag_repairs.h"

#include <array>
#include <utility>

namespace cablecat {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 15> kRepairs{{
    {"ENGR", "ENRG"},      // 08BRASILIA1226 ("ENGR EPET", Bolivian gas), 09TRIPOLI186
    {"ENIV", "EINV"},      // 07BRASILIA554, 07MEXICO4334, 08SANJOSE56: letters of EINV swapped
    {"KCRIM", "KCRM"},     // 07ASTANA2113 ("PHUM PGOV KCRIM KZ", a trafficking action plan)
    {"KFTFN", "KTFN"},     // 06BUENOSAIRES2590 (terrorist finance designations)
    {"MAR", "MARR"},       // 09USNATO334 ("MOPS MAR IC", NATO strategic concept)
    {"MOPPS", "MOPS"},     // issue 13; linked as a tag on the WikiLeaks tag index
    {"MPOS", "MOPS"},      // 09TELAVIV1060 (IDF intelligence chief on Iran)
    {"MRCRE", "MTCRE"},    // 08THEHAGUE225 ("PARM MRCRE PREL ETTC", export control)
    {"PEL", "PREL"},       // 08LONDON2441 ("PEL MARR MOPS NATO")
    {"PGOF", "PGOV"},      // 08PARIS957 (list of codes with PGOV missing)
    {"PRELP", "PREL"},     // 09NEWDELHI2198 ("PRELP PGOV MAPP")
    {"PTERE", "PTER"},     // 08MADRID522 (counterterrorism meeting)
    {"RU", "RS"},          // State's code for Russia is RS; RU on 32 corpus cables, all on Russia
    {"SEVN", "SENV"},      // 09SANJOSE23 (earthquake; SENV beside AEMR)
    {"UNDESCO", "UNESCO"},  // issue 13; linked as a tag on the WikiLeaks tag index
}};

}  // namespace

std::string_view repairedTagCode(std::string_view written) {
  for (const auto& [typo, meant] : kRepairs)
    if (typo == written) return meant;
  return {};
}

}  // namespace cablecat
