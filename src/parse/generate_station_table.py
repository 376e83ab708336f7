#!/usr/bin/env python3
"""Generates station_table.cpp: the station dictionary behind canonicalStation.

Usage: generate_station_table.py ../shared/data/cablegate-ids.csv > station_table.cpp

Every station spelled in the 251,287 real WikiLeaks IDs (YY + letters + digits)
becomes a key. Spellings that occur once or twice and sit within two edits of a
busy station (BEIJIG, BRUSSQLS) are release typos and point at the busy station;
EFTO-/NOFORN-prefixed stations point at the station itself. Then the hand-made
ALIASES below add how cable text writes stations ("SECSTATE WASHDC", "USUN",
"RIO DE JANEIRO"). Keys are normalized the way canonicalStation normalizes
text: upper case letters only, a zero read as the letter O. Malformed IDs
(7575LIBREVILLE1895, 06SECTION01OF02...) are excluded. VARIANTS then point
release spellings of one station at the spelling chosen for it (PARISFR and
UNESCOPARIS at UNESCOPARISFR), OUTSIDE_RELEASE adds originators that cables
cite by serial but the release never publishes (SECDEF), and SHARED_SERIES
lists, per cable, which of two spellings of one post's series the release
uses (TAIPEI, AITTAIPEI). Python stdlib only.
"""
import collections
import csv
import re
import sys

BUSY = 20  # a station with at least this many cables is certainly real

# Rare spellings that are real posts, not typos.
REAL_RARE = {"BONN", "KRAKOW", "LENINGRAD", "PONTADELGADA", "FSCCHARLESTON", "FSINFATC",
             "USTRGENEVA", "MADRAS", "WASHDC", "TEHRAN", "IZMIR", "KOROR",
             "MERIDA", "NAGOYA", "SAPPORO", "MARSEILLE", "LEIPZIG", "MATAMOROS", "NUEVOLAREDO",
             "KADUNA", "APIA", "MAJURO", "MALABO", "PERTH", "FESTTWO"}
# Rare spellings a distance check cannot place.
MANUAL_TYPOS = {"NOFORNMOGADISHU": "MOGADISHU", "SIFIEDABUJA": "ABUJA", "AMEMBASSYHANOI": "HANOI",
                "QXICO": "MEXICO", "AQNA": "ASTANA", "BUENOSQRES": "BUENOSAIRES",
                "AITTAIPIE": "AITTAIPEI"}

# How cable text writes a station -> the station as the IDs spell it.
ALIASES = {
    "STATE": ["SECSTATE", "SECSTATEWASHDC", "SECSTATEWASHINGTON", "SECSTATEWASHINGTONDC",
              "STATEWASHDC", "SECSTAT", "SECSTAE", "SECSATE", "SECTATE", "SECSTSTE", "SECSTATED",
              "SECTSTATE", "SECSTATTE", "SECCSTATE", "SESTATE", "SCSTATE", "STAE", "SATE", "STTE",
              "STATTE", "STATEE", "DEPTEL", "DEPTELS", "DEPT", "DEPARTMENT", "SECSTAETE",
              "STATEDEPT", "STAET", "SATTE", "SECSTATEWASH"],
    "USUNNEWYORK": ["USUN", "USUNNY", "USUNNEWYOR", "USUNNEWYOK", "USUNNYC", "USUNNEWYORKNY",
                    "USMISSIONUSUNNEWYORK", "USMISSIONUN", "USMISSIONUNNEWYORK", "USUNEWYORK",
                    "USNUNEWYORK", "USUNNEWWORK", "USUNNEWYORKCITY", "UNNEWYORK", "USUNNEWY"],
    "USNATO": ["USMISSIONNATO", "USMISSIONUSNATO", "USNATOBRUSSELS", "USMISSIONTONATO",
               "USMISSIONNATOBRUSSELS", "USNAT", "USNATOO"],
    "USEUBRUSSELS": ["USEU", "USEUBRUSSEL", "USMISSIONUSEUBRUSSELS", "USMISSIONEU",
                     "USMISSIONUSEU", "USEUBRUSELS", "USEUBRUSSLES", "USEUBRUSSELSBE"],
    "USOSCE": ["USMISSIONOSCE", "USMISSIONUSOSCE", "USOSCEVIENNA", "USMISSIONTOOSCE", "USOCSE",
               "USOSCEVIE"],
    "UNVIEVIENNA": ["UNVIE", "UNVIEVIEN", "UNVIEVIENA", "USUNVIE", "USUNVIENNA", "UNVIENNA",
                    "USMISSIONUNVIENNA", "USMISSIONUNVIE", "USMISSIONIAEAVIENNA", "UNVIEIAEA",
                    "USMISSIONUNVIEVIENNA", "UNVIEVIENNAAT", "UNVEIVIENNA", "UNIVIE"],
    "GENEVA": ["USMISSIONGENEVA", "MISSIONGENEVA", "USMISSIONUNGENEVA", "USUNGENEVA",
               "USMISSIONGENEVASZ", "GENEVASZ"],
    "CDGENEVA": ["USCDGENEVA", "CDDELGENEVA", "USDELCDGENEVA"],
    "USTRGENEVA": ["USMISSIONUSTRGENEVA"],
    "UNROME": ["USUNROME", "USMISSIONUNROME", "USMISSIONROME"],
    "UNESCOPARISFR": ["UNESCOPARISFRANCE", "USMISSIONUNESCOPARIS", "USUNESCOPARIS",
                      "USUNESCOPARISFR", "USMISSIONUNESCOPARISFR", "USUNESCO"],
    "AITTAIPEI": ["AITTAIPE", "AMERICANINSTITUTETAIPEI"],
    "JERUSALEM": ["JERSUALEM", "JERUSLAEM", "JERUSALEMM", "USCONSULATEJERUSALEM"],
    "KUWAIT": ["KUWAITCITY"],
    "MEXICO": ["MEXICOCITY", "MEXICODF"],
    "GUATEMALA": ["GUATEMALACITY"],
    "PANAMA": ["PANAMACITY"],
    "VATICAN": ["VATICANCITY", "HOLYSEE", "VAT"],
    "RIODEJANEIRO": ["RIO", "RIODEJANIERO", "RIODEJANERIO", "RIODJANEIRO", "RIODEJAN"],
    "SAOPAULO": ["SAOPOLO"],
    "HOCHIMINHCITY": ["HOCHIMINH", "HCMC", "HOCHIMINHCTY", "HOCHIMIHNCITY"],
    "STPETERSBURG": ["SAINTPETERSBURG", "STPETERBURG", "STPETERSBERG"],
    "PORTAUPRINCE": ["PORTAUPRINCEHA", "PORTA"],
    "THEHAGUE": ["HAGUE", "THEHAUGE", "HAUGE", "THEHAGUENL"],
    "KUALALUMPUR": ["KUALALUMP", "KUALALAMPUR", "KUALALUMPER", "KL"],
    "TEGUCIGALPA": ["TGG", "TEGUCIGALP", "TEGUZIGALPA"],
    "NEWDELHI": ["DELHI"],
    "JEDDAH": ["JIDDA", "JIDDAH"],  # the older spelling; the release's IDs say JEDDAH from 1990
    "ADDISABABA": ["ADDIS"],
    "DARESSALAAM": ["DARESSALAM", "DARESALAAM"],
    "PORTOFSPAIN": ["PORTOFSPAINTD"],
    "TELAVIV": ["TELAVIVE"],
    "OSAKAKOBE": ["OSAKA", "KOBEOSAKA"],
    "DUSSELDORF": ["DUESSELDORF"],
    "ASHGABAT": ["ASHGABAD", "ASHKHABAD", "ASHBABAT"],
    "ALMATY": ["ALMAATA"],
    "ULAANBAATAR": ["ULANBATOR", "ULAANBATAAR", "ULAANBATAR"],
    "RANGOON": ["YANGON"],
    "MUMBAI": ["BOMBAY"],
    "IRANRPODUBAI": ["IRPODUBAI", "IRPO", "IRANRPO", "IRPODUBAIUAE", "DUBAIRPO"],
    "RPODUBAI": [],
    "NDJAMENA": ["NDJAMENACD"],
    "BANDARSERIBEGAWAN": ["BANDAR", "BANDARSERIBEGAWN"],
    "SANJOSE": ["SANJOSECR"],
    "BRUSSELS": ["BRUSSELSBE"],
    "KYIV": [],
    "KIEV": [],
    "CHISINAU": ["KISHINEV"],
    "NOUAKCHOTT": ["NOUAKCHOT"],
    # Abbreviations REF lines use: "BA 1485", "BRAZIL 1280", "BASRA 17",
    # "07 BsAs 1892" (08BUENOSAIRES568), "HK 1234", "JOBURG 12".
    "BUENOSAIRES": ["BA", "BSAS"],
    "HONGKONG": ["HK"],
    "JOHANNESBURG": ["JOBURG"],
    "BRASILIA": ["BRAZIL"],
    "BASRAH": ["BASRA"],
    "OUAGADOUGOU": ["OUAGA"],
}

# Release spellings of one station -> the spelling chosen for it. The
# UNESCO mission's cables appear as 08PARISFR2144, 09UNESCOPARIS1536 and
# 10UNESCOPARISFR87 (09PARISFR1407 and 09UNESCOPARISFR1407 are one cable).
VARIANTS = {"PARISFR": "UNESCOPARISFR", "UNESCOPARIS": "UNESCOPARISFR"}

# One post whose cables the release publishes under two spellings of a single
# serial series: AIT Taipei's 06TAIPEI2921 cites "TAIPEI 02800", which the
# release has as 06AITTAIPEI2800. For the years both spellings occur, every
# cable's year and serial are listed with the spelling it has.
SHARED_SERIES = [("AITTAIPEI", "TAIPEI")]

# Originators cables cite by serial ("SECDEF 122723") that the release never
# publishes: their IDs are canonical even though no page carries them.
OUTSIDE_RELEASE = {"SECDEF": ["SECDEFWASHDC", "SECDEFWASHINGTONDC", "SECDEFWASHINGTON"]}


def edit_distance(a, b):
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def main():
    counts = collections.Counter()
    serials = collections.defaultdict(set)  # station -> {(year, serial)}
    with open(sys.argv[1], newline="") as ids:
        for row in csv.DictReader(ids):
            match = re.fullmatch(r"(\d\d)([A-Z]+)(\d+)", row["ref_id"])
            if match:
                counts[match.group(2)] += 1
                serials[match.group(2)].add((int(match.group(1)), int(match.group(3))))
    busy = sorted(s for s, n in counts.items() if n >= BUSY)
    table = {}
    for station, n in sorted(counts.items()):
        target = station
        if station in MANUAL_TYPOS:
            target = MANUAL_TYPOS[station]
        elif station.startswith("EFTO") and station[4:] in counts:
            target = station[4:]
        elif n < BUSY and station not in REAL_RARE:
            distance, nearest = min((edit_distance(station, b), b) for b in busy)
            if distance <= 2 and n <= 2:
                target = nearest
        table[station] = target
    for canonical, spellings in ALIASES.items():
        assert canonical in counts, canonical
        for spelling in spellings:
            table.setdefault(spelling, canonical)
    for spelling, canonical in VARIANTS.items():
        assert spelling in counts and canonical in counts, spelling
        table[spelling] = canonical
    for canonical, spellings in OUTSIDE_RELEASE.items():
        assert canonical not in counts, canonical
        for spelling in [canonical] + spellings:
            table.setdefault(spelling, canonical)

    out = sys.stdout
    out.write("// Generated by generate_station_table.py from cablegate-ids.csv: do not edit.\n")
    out.write("// Written station spelling (normalized) -> station as WikiLeaks IDs spell it.\n")
    out.write('#include "station_table.h"\n\nnamespace cablecat {\n\n')
    out.write("const StationEntry kStationTable[] = {\n")
    for key in sorted(table):
        out.write(f'    {{"{key}", "{table[key]}", {counts.get(key, 0)}}},\n')
    out.write("};\n\n")
    out.write(f"const std::size_t kStationTableSize = {len(table)};\n\n")
    write_shared_series(out, serials)
    out.write("}  // namespace cablecat\n")


def write_shared_series(out, serials):
    spellings = sorted({spelling for pair in SHARED_SERIES for spelling in pair})
    entries = []
    for pair in SHARED_SERIES:
        years = set.intersection(*({year for year, _ in serials[s]} for s in pair))
        for spelling in pair:
            index = spellings.index(spelling)
            entries += [(year * 1000000 + serial, index) for year, serial in serials[spelling] if year in years]
    entries.sort()
    out.write("const char* const kSharedSeriesSpellings[] = {" + ", ".join(f'"{s}"' for s in spellings) + "};\n")
    out.write(f"const std::size_t kSharedSeriesSpellingsSize = {len(spellings)};\n\n")
    out.write("const SharedSeriesEntry kSharedSeries[] = {\n")
    line = "   "
    for key, index in entries:
        item = f" {{{key}, {index}}},"
        if len(line) + len(item) > 116:
            out.write(line + "\n")
            line = "   "
        line += item
    out.write(line + "\n")
    out.write("};\n\n")
    out.write(f"const std::size_t kSharedSeriesSize = {len(entries)};\n\n")

if __name__ == "__main__":
    main()
