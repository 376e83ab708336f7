// Synthetic cables.csv rows, built from one realistic template.
#include "synthetic_dump.h"

#include <fstream>

namespace cablecat::test {

std::string syntheticRefId(std::size_t index) {
  return "09STATE" + std::to_string(200000 + index);
}

void writeSyntheticDump(const std::string& path, std::size_t rows) {
  std::ofstream out(path, std::ios::binary);
  std::string filler;
  for (int i = 0; i < 12; ++i)
    filler += "Embassy officers met \\\"counterparts\\\" to review the program and its "
              "budget for the coming year. \n";
  for (std::size_t i = 0; i < rows; ++i) {
    std::string serial = std::to_string(200000 + i);
    out << '"' << i + 1 << "\",\"3/" << 1 + i % 28 << "/2009 1" << i % 10 << ":0" << i % 6
        << "\",\"" << syntheticRefId(i) << "\",\"Secretary of State\",\"UNCLASSIFIED\",\""
        << "09STATE" << 100000 + i << "\",\"VZCZCXYZ0001\n"
        << "RR RUEHWEB\n\nDE RUEHC #" << serial << " 0601234\nZNR UUUUU ZZH\n"
        << "R 01" << 10 + i % 10 << "00Z MAR 09\nFM SECSTATE WASHDC\n"
        << "TO RUEHAST/AMEMBASSY ASTANA " << 1000 + i % 9000 << "\n"
        << "INFO RUEHVEN/USMISSION USOSCE " << 2000 + i % 7000 << "\n"
        << "RUEHNO/USMISSION USNATO\",\"UNCLAS STATE " << serial << " \n \n"
        << "E.O. 12958: N/A \nTAGS: PGOV PREL KZ\nSUBJECT: SYNTHETIC CABLE NUMBER " << i
        << " ABOUT REGIONAL COOPERATION \n \nREF: STATE " << 100000 + i << " \n \n"
        << "1. Summary: Synthetic cable " << i << " for load tests. End summary. \n \n2. "
        << filler << "\nCLINTON\"\n";
  }
}

std::string astanaCsvRow(const std::string& created) {
  return "\"1\",\"" + created + "\",\"07ASTANA9001\",\"Embassy Astana\",\"UNCLASSIFIED\",\"\","
         "\"R 240931Z AUG 07\nFM AMEMBASSY ASTANA\nTO RUEHC/SECSTATE WASHDC 0464\","
         "\"UNCLAS ASTANA 009001\n\nTAGS: PGOV KZ\nSUBJECT: A GOOD CABLE\n\n1. Text.\n\nORDWAY\"\n";
}

}  // namespace cablecat::test
