#!/usr/bin/env python3
"""Writes tag_dictionary_codes.inc: the TAGS codes cablecat knows, with kinds.

Sources, merged:
  1. tag links inside the cable body of the real WikiLeaks pages
     (<a href='/tag/PGOV_0.html'>PGOV</a>) under corpus/html*/;
  2. the TAGS lines of the archive and cables.csv texts under corpus/;
  3. CURATED below: codes of the State Department TAGS handbook that are
     common in the full archive but rare in our 1,210-page sample;
  4. COUNTRIES below: every FIPS 10-4 country code (the handbook's
     geographic tags), with the codes of states of 1966-1990;
  5. OLDER_CODES below: subject and program codes of the 1966-1990 handbook;
  6. ORGANIZATIONS below: organizations written on real TAGS lines.
A linked word counts when two or more cables carry it, when it has two
letters (a country), or when RARE_REAL names it. Junk that WikiLeaks linked
as tags (keyword words of the TAGS line, glued codes, typos) is left out:
the typos are read from tag_repairs.cpp, the rest is NOT_CODES below.

Usage: generate_tag_dictionary.py CORPUS_DIR > tag_dictionary_codes.inc
"""
import collections
import glob
import os
import re
import sys

# Kinds follow the TAGS handbook: two letters are countries (FIPS 10-4) and
# X* regions; subject tags are four letters whose first letter names the
# bureau family (E economic, P political, M military, S social, T technology,
# B business); K is the program family; A (administration), O (operations)
# and C (consular) are program/management tags too; everything else we know
# is an organization (NATO, IAEA, UNSC...).
SUBJECT_FIRST = set("EPMSTB")
PROGRAM_FIRST = set("KAOC")
GEO_EXTRA = {"EUN"}
KIND_OVERRIDES = {
    "AORC": "program", "MTCRE": "subject", "APECO": "org", "OPIC": "org",
    "OPCW": "org", "OSCE": "org", "OPEC": "org", "OECD": "org", "OAS": "org",
    "CTBT": "org", "CTBTO": "org", "CWC": "org", "CBW": "subject",
    "SOFA": "subject", "TIP": "subject", "SADC": "org",
    "EFTA": "org", "OFDA": "org", "OSAC": "org", "KFOR": "org", "SCO": "org", "CSTO": "org",
    "EU": "org", "UN": "org", "EUN": "geo", "USEU": "org", "PAK": "geo",
    "ASEAN": "org", "APEC": "org", "AMISOM": "org", "EWWT": "subject",
    "MEPI": "program", "MCC": "program", "PEPFAR": "program", "GTMO": "geo",
    "ELN": "org", "LTTE": "org", "FARC": "org", "AUC": "org", "HAMAS": "org",
    "DPRK": "geo", "BWC": "org", "NPT": "org", "IIP": "org", "INR": "org",
    "CDG": "org", "NSG": "org", "IWC": "org", "FTAA": "org", "ICTY": "org",
}

CURATED = """
ABUD ACOA ADCO ADPM AEMR AFIN AFSI AFSN AGAO AINF AINR AINT ALOW AMED AMGT
AODE AORC AORG APCS APER ASCH ASEC ASIG BEXP BMGT CASC CDB CFED
CJAN CMGT CPAS CVIS EAGR EAID EAIR ECIN ECON ECPS EDRC EFIN EFIS EIND EINT
EINV ELAB ELTN EMIN ENGY ENIV ENRG EPET ETRD ETTC EUN EWWT EXIM IACI ITRA
KACT KAWC KBCT KBIO KBTR KBTS KCFE KCIP KCOM KCOR KCRM KCRS KDEM KDRG KFIN
KFLO KFLU KFRD KFSC KGHG KGIC KGIT KHDP KHIV KHLS KICC KIDE KIFR KIPR KIRC
KIRF KISL KJUS KLIG KMCA KMDR KMFO KMIG KMPI KMRS KNAR KNEI KNNP KNUC KNUP
KOCI KOLY KOMC KPAL KPAO KPIR KPKO KPLS KPOA KPOW KPRP KPRV KRAD KREC KRIM
KRVC KSAC KSAF KSCA KSCS KSEO KSEP KSPR KSTC KSTH KSUM KTBT KTDB KTER KTEX
KTFN KTIA KTIP KUNR KVIR KVPR KWAC KWBG KWMN KWMNCS KWWW MARR MASS MCAP
MNUC MOPS MTCRE NATO OCII ODIP OEXC OFDP OIIP OPDC OPRC OREP OSCE OSCI OTRA
OVIP PARM PBTS PGOV PHSA PHUM PINR PINS PINT PKFK PNAT POL PREF PREL PROP
PTER PUNE SCUL SENV SHUM SMIG SNAR SOCI SOFA TBIO TINT TNGD TPHY TRGY TSPA
TSPL UNGA UNSC UNHRC UNESCO UNDP UNHCR UNICEF UNEP UNMIK UNAUS UNO UNCHR
UNCND UNIDO UNCTAD UNFPA UNRWA UNMIL UNMIS UNAMA UNIFIL MONUC IAEA WTO OPEC
OAS OECD IMF IBRD WBG WHO ICAO IMO ILO FAO OPCW CWC BWC NPT CTBT MTCR FTAA
SCO CSTO GCC ECOWAS SADC OIC ICRC ICC ICJ ICTY ICTR IWC CDG NSG IEA IFAD WFP
WIPO ITU ASEAN APEC AU EU UN DPRK
BTIO WTRO
"""
# FIPS 10-4 country codes, which the TAGS handbook uses for countries: a code
# the dictionary lacks would be read as a word of a keyword phrase ("PGOV
# PREL EI IRISH ELECTIONS" must keep EI, Ireland). EU (Europa Island) is left
# to CURATED, where it is the European Union. Then codes of states of
# 1966-1990 that cables of those years tag: UR (USSR), GC (East Germany), YO
# (Yugoslavia), CZ (Czechoslovakia), VS (South Vietnam), RH (Rhodesia), YS
# (South Yemen), TC (the Trucial States, later AE).
COUNTRIES = """
AA AC AE AF AG AJ AL AM AN AO AQ AR AS AU AV AY BA BB BC BD BE BF BG BH BK BL
BM BN BO BP BR BT BU BX BY CA CB CD CE CF CG CH CI CJ CM CN CO CQ CS CT CU CV
CW CY DA DJ DO DR EC EG EI EK EN ER ES ET EZ FG FI FJ FK FM FO FP FR GA GB GG
GH GI GJ GL GM GP GQ GR GT GV GY GZ HA HK HO HR HU IC ID IN IO IR IS IT IV IZ
JA JM JO KE KG KN KR KS KU KV KZ LA LE LG LH LI LO LS LT LU LY MA MB MC MD MG
MH MI MJ MK ML MN MO MP MR MT MU MV MX MY MZ NC NE NG NH NI NL NO NP NR NS NT
NU NZ PA PE PK PL PM PO PP PS PU QA RB RE RM RO RP RQ RS RW SA SC SE SF SG SH
SI SL SM SN SO SP SR ST SU SW SY SZ TD TH TI TK TN TO TP TS TT TU TV TW TX TZ
UG UK UP US UV UY UZ VC VE VI VM VQ VT WA WE WI WS WZ YI YM ZA ZI
UR GC YO CZ VS RH YS TC
"""
# Codes of the handbook of 1966-1990 that later ones dropped (the corpus has
# cables from 1966 on): PFOR foreign relations, PINT internal politics, PORG
# international organizations, PBOR borders, PLOS law of the sea, PEPR
# East-West relations, PDIP diplomatic relations, EGEN general economic,
# ETRN transport, TGEN and TECH technology, SOPN public opinion, SWEL
# welfare, OGEN and OCON general and conference operations, AFSP Foreign
# Service personnel, CGEN general consular.
OLDER_CODES = """
PFOR PINT PORG PBOR PLOS PEPR PDIP EGEN ETRN TGEN TECH SOPN SWEL OGEN OCON
AFSP CGEN
"""
# Organizations written on real TAGS lines as tags of their own: in corpus
# cables (MERCOSUR in 04BUENOSAIRES2291, SAARC in 05DHAKA503, COE in
# 09STRASBOURG21, USUN in 05THEHAGUE2309, DOE in 09TBILISI1919, WMO in
# 08STATE93970) or in the WikiLeaks tag index that the corpus pages link
# (/tag/FARC_0.html...), and the peace-keeping missions and regional bodies
# whose cables carry them (AMISOM, MINUSTAH, UNAMID, UNFICYP, CARICOM, NAFTA;
# the UN and EU missions and forces of 2000-2010 after them).
ORGANIZATIONS = """
MERCOSUR SAARC COE USUN DOE WMO CIS EFTA WEU INTERPOL FARC FMLN ZANU USAID
UNVIE OSAC OFDA FBI DOD NSF AMISOM MINUSTAH UNAMID UNFICYP CARICOM NAFTA
UNMIT UNAMI UNOCI UNMEE UNDOF UNTSO UNOMIG UNMIN UNODC UNAIDS EUFOR EULEX KFOR
ISAF IGAD UNASUR
"""

# Linked in a single corpus cable, and real codes of the handbook or real
# organizations.
RARE_REAL = {
    "APECO", "CTM", "DHS", "ECUN", "ELN", "GTMO", "INR", "MAPP", "MAPS", "MEPI",
    "NASA", "NPG", "NRR", "NSSP", "OIE", "PAK", "PROV", "TFIN", "TRSY",
}

# Linked on WikiLeaks pages, but not codes: subject words glued onto the
# TAGS line, and glued or misspelled codes that tag_parser.cpp repairs.
NOT_CODES = {
    "AFFAIRS", "BRUSSELS", "CLEARANCE", "CLINTON", "COUNTRY", "EXTERNAL",
    "GOI", "HILLARY", "ISRAELI", "PALESTINIAN", "COM", "ETC", "AID",
    "ECINECONCS", "ECONEFIN", "EINDETRD", "ETRDEINVECINPGOVCS",
    "ETRDEINVTINTCS", "MASSMNUC", "PHUMPREL", "VTPREL", "PRELP", "PTERE",
    "PEL", "ENGR", "ENIV", "KFTFN", "MPOS", "SEVN", "MRCRE", "KCRIM",
    "PGOF", "OVP", "MAR", "MIL", "WWARD", "PLN", "AGS", "IRAQI", "IZPREL",
    "PGOVLO", "FOR",
}

CODE = re.compile(r"^[A-Z]{2,8}$")  # MERCOSUR, MINUSTAH
TAG_LINK = re.compile(r"<a href='/tag/[^']*'>([^<]*)</a>")
PRE_BLOCK = re.compile(r"<pre[^>]*>(.*?)</pre>", re.S)
TAG_LINE = re.compile(r"^[ \t]*TAGS?:?[ \t]+(.*)$", re.M)


def kind_of(code):
    if code in KIND_OVERRIDES:
        return KIND_OVERRIDES[code]
    if len(code) == 2:
        return "org" if code in ("UN", "EU") else "geo"
    if code in GEO_EXTRA:
        return "geo"
    if len(code) == 4 and code[0] in PROGRAM_FIRST:
        return "program"
    if len(code) == 4 and code[0] in SUBJECT_FIRST:
        return "subject"
    return "org"


def repaired_typos():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "tag_repairs.cpp")) as table:
        return set(re.findall(r'\{"([A-Z]+)", "[A-Z]+"', table.read()))


def main():
    corpus = sys.argv[1]
    codes = set(CURATED.split()) | RARE_REAL | set(COUNTRIES.split()) | \
        set(OLDER_CODES.split()) | set(ORGANIZATIONS.split())
    cables = collections.Counter()
    for path in glob.glob(os.path.join(corpus, "html*", "**", "*.html"), recursive=True):
        with open(path, encoding="utf-8", errors="replace") as page:
            # Only the cable body: the sidebar of newer builds links every tag.
            bodies = PRE_BLOCK.findall(page.read())
            if bodies:
                cables.update(set(TAG_LINK.findall(bodies[-1])))
    codes.update(c for c, count in cables.items() if count >= 2 or len(c) == 2)
    for path in glob.glob(os.path.join(corpus, "archive", "*.txt")) + \
            glob.glob(os.path.join(corpus, "csv", "*.csv")):
        with open(path, encoding="utf-8", errors="replace") as text:
            for line in TAG_LINE.findall(text.read()):
                codes.update(re.split(r"[\s,]+", line.strip()))
    codes = sorted(c for c in codes if CODE.match(c) and c not in NOT_CODES | repaired_typos())
    print("// Generated by generate_tag_dictionary.py from the real corpus; do not edit.")
    print("// {code, kind}, sorted by code for binary search.")
    for code in codes:
        print('{"%s", TagKind::%s},' % (code, kind_of(code)))


if __name__ == "__main__":
    main()
