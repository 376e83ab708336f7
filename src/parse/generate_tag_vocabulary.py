#!/usr/bin/env python3
"""Writes the two word tables behind TAGS keyword phrases and persons.

Usage (from the repository root):
  generate_tag_vocabulary.py phrases ../shared/corpus > src/parse/tag_vocabulary_phrases.inc
  generate_tag_vocabulary.py names   ../shared/corpus > src/parse/tag_given_names.inc
  generate_tag_vocabulary.py words   ../shared/corpus > src/parse/tag_plain_words.inc

phrases: every keyword phrase the real pages write on a TAGS line, found the
  way tag_grouping.cpp finds it: a run of two or more words that are neither
  known codes (tag_dictionary_codes.inc), repaired typos (tag_repairs.cpp),
  glued codes nor persons, standing on its own between codes, commas or the
  end of the list ("... IS ISRAELI PALESTINIAN AFFAIRS" and "... IS GOI
  EXTERNAL" in two Tel Aviv cables). A run that is only a sequence of shorter
  phrases is left out: it is what the parser splits ("ISRAELI PALESTINIAN
  AFFAIRS GOI EXTERNAL").

names: given names, as evidence that two words on a TAGS line are a person
  written without a comma ("OVIP BUSH GEORGE PREL" -> "BUSH, GEORGE"). Sources:
  1. person tags written with a comma on real TAGS lines ("(RICE, CONDOLEEZZA)");
  2. the first-name lists of Debian's python3-fake-factory (Faker 0.9.3,
     /usr/lib/python3/dist-packages/faker/providers/person/*), Latin-script
     locales but the raw census list "en" (it holds BUSH, CHINA, ADMIRAL),
     accents dropped, four letters or more (three-letter ones are mostly
     codes: NEA, DOC, ROK). Optional: without the package, source 1 alone.
  3. OFFICIALS below: given names of US officials whose visits carry person
     tags and that no source above has.
  A name the corpus prose mostly writes in lower case ("will", "hope",
  "major"), a name the prose mostly follows with a lower-case word (a
  surname, nationality or month: "Erdogan said", "German officials", "June
  2008"; three times or more), and a name that is a country or a station ("ISRAEL", "CHAD",
  "GEORGIA"; stations from ../shared/data/cablegate-ids.csv) are left out,
  unless a person tag in source 1 carries it.

words: English words that tag_words.cpp would cut into glued codes: "SOCIAL"
  into SOCI (social affairs) and AL (Albania), "SENATORS" into SE NATO RS,
  "PREFER" into PREF ER. A word is English when the corpus prose writes it in
  lower case ("social", 631 times), or when Debian's wamerican word list
  (/usr/share/dict/american-english) has it (optional). Only words of five
  letters or more that the split would cut are written, so the table stays
  small; regenerate it when the code dictionary changes.

Python stdlib only (plus the optional packages above).
"""
import collections
import glob
import html
import importlib
import os
import pkgutil
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
FAKER_PATH = "/usr/lib/python3/dist-packages"

# Words that join the words around them into one phrase ("TIP IN TURKEY");
# kept in step with kConnectors in tag_grouping.cpp.
CONNECTORS = {"IN", "OF", "AND", "THE", "FOR", "ON", "TO", "AT", "WITH", "BY", "&"}
# The label opens a line or follows the DECL date or N/A, as in tag_label.cpp.
LABEL = re.compile(r"(?:^\s*|\d\s*|N/A\s*)(?:TAGS?|TAGES|TAS|TABS|TGS|Tags|tags)\s*[:;,.\-]?\s")
PARAGRAPH = re.compile(r"^\s*\u00b6?1\.\s")
FIELD_AFTER = re.compile(r"SUBJECT|SUBJ:|REF:|REFS:|CLASSIFIED BY", re.I)
PAGE_HEADER = re.compile(r"(?:UNCLASSIFIED|CONFIDENTIAL|SECRET)?\s*PAGE \d+\s+.*?\d+ OF \d+(?:\s+\d{6}Z)?")
OFFICIALS = {"HILLARY", "CONDOLEEZZA", "BARACK", "MADELEINE", "DICK", "JOHN"}
COUNTRIES = set("""
AFGHANISTAN ALBANIA ALGERIA ANDORRA ANGOLA ARGENTINA ARMENIA AUSTRALIA AUSTRIA
AZERBAIJAN BAHAMAS BAHRAIN BANGLADESH BARBADOS BELARUS BELGIUM BELIZE BENIN BHUTAN
BOLIVIA BOSNIA BOTSWANA BRAZIL BRUNEI BULGARIA BURMA BURUNDI CAMBODIA CAMEROON
CANADA CHAD CHILE CHINA COLOMBIA COMOROS CONGO CROATIA CUBA CYPRUS DENMARK
DJIBOUTI DOMINICA ECUADOR EGYPT ERITREA ESTONIA ETHIOPIA FIJI FINLAND FRANCE GABON
GAMBIA GEORGIA GERMANY GHANA GREECE GRENADA GUATEMALA GUINEA GUYANA HAITI HONDURAS
HUNGARY ICELAND INDIA INDONESIA IRAN IRAQ IRELAND ISRAEL ITALY JAMAICA JAPAN JORDAN
KAZAKHSTAN KENYA KOREA KOSOVO KUWAIT LAOS LATVIA LEBANON LESOTHO LIBERIA LIBYA
LITHUANIA LUXEMBOURG MACEDONIA MADAGASCAR MALAWI MALAYSIA MALDIVES MALI MALTA
MAURITANIA MAURITIUS MEXICO MOLDOVA MONACO MONGOLIA MONTENEGRO MOROCCO MOZAMBIQUE
NAMIBIA NEPAL NETHERLANDS NICARAGUA NIGER NIGERIA NORWAY OMAN PAKISTAN PANAMA
PARAGUAY PERU PHILIPPINES POLAND PORTUGAL QATAR ROMANIA RUSSIA RWANDA SAMOA SENEGAL
SERBIA SEYCHELLES SINGAPORE SLOVAKIA SLOVENIA SOMALIA SPAIN SUDAN SURINAME
SWAZILAND SWEDEN SWITZERLAND SYRIA TAIWAN TAJIKISTAN TANZANIA THAILAND TOGO TONGA
TUNISIA TURKEY TURKMENISTAN UGANDA UKRAINE URUGUAY UZBEKISTAN VENEZUELA VIETNAM
YEMEN ZAMBIA ZIMBABWE AMERICA EUROPE AFRICA ASIA ARABIA
""".split())
WORD = re.compile(r"\([^)]*\)|[^\s,;()]+|,")


def known_codes():
    with open(os.path.join(HERE, "tag_dictionary_codes.inc")) as table:
        return set(re.findall(r'^\{"([^"]+)"', table.read(), re.M))


def repaired_typos():
    with open(os.path.join(HERE, "tag_repairs.cpp")) as table:
        return set(re.findall(r'\{"([A-Z]+)", "[A-Z]+"', table.read()))


def cable_texts(corpus):
    """(name, text) of every cable text in the corpus: page bodies, CSV, archive."""
    for path in sorted(glob.glob(os.path.join(corpus, "html*", "**", "*.html"), recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as page:
            blocks = re.findall(r"<pre[^>]*>(.*?)</pre>", page.read(), re.S)
        yield path, html.unescape(re.sub(r"<[^>]+>", "", "\n".join(blocks)))
    for path in sorted(glob.glob(os.path.join(corpus, "csv", "*.csv")) +
                       glob.glob(os.path.join(corpus, "archive", "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as text:
            for i, chunk in enumerate(re.split(r"\n(?=TAGS)", text.read())):
                yield "%s#%d" % (path, i), chunk


def tags_lists(text):
    """The TAGS list(s) of one text: the label's line and code-only lines after it."""
    lines = text.split("\n")[:90]
    for i, line in enumerate(lines):
        if PARAGRAPH.match(line):
            return
        match = LABEL.search(line)
        if not match:
            continue
        parts = [line[match.end():]]
        for more in lines[i + 1:i + 4]:
            if not re.fullmatch(r"[A-Z ,()]+", more.strip() or "x") or FIELD_AFTER.match(more.strip()):
                break
            parts.append(more)
        listed = " ".join(parts)
        cut = FIELD_AFTER.search(listed)
        yield PAGE_HEADER.sub(" ", listed[:cut.start()] if cut else listed).upper()
        return


def glued_pieces(word, codes):
    """ECINECONCS -> [ECIN, ECON, CS], as splitGlued in tag_words.cpp: known
    codes, one of four letters or more; a two-letter country at the start, at
    the end, or in a run at the end after two codes of four letters or more
    (EINVECONSENVCSJA); after two known four-letter codes the closing two
    letters may be unknown (KWMNPHUMPRELKPAOZW). None when no split."""
    if len(word) < 5:
        return None
    def closing_country(pos, pieces):
        return pos + 2 == len(word) and len(pieces) >= 2 and all(len(p) >= 4 for p in pieces) \
            and word[pos:].isalpha() and word[pos:].isupper()
    def split(pos, pieces):
        if pos == len(word):
            return pieces if len(pieces) >= 2 and any(len(p) >= 4 for p in pieces) else None
        in_tail = any(len(p) == 2 for p in pieces[1:]) or (pieces and len(pieces[0]) == 2 and pos > 2)
        for length in (4, 5, 3, 6, 2):
            piece = word[pos:pos + length]
            if len(piece) != length or (in_tail and length != 2):
                continue
            long_pieces = sum(len(p) >= 4 for p in pieces)
            if length == 2 and pos != 0 and pos + 2 != len(word) and \
                    ((len(word) - pos) % 2 or long_pieces < 2):
                continue
            if piece not in codes and not (length == 2 and closing_country(pos, pieces)):
                continue
            found = split(pos + length, pieces + [piece])
            if found:
                return found
        return None
    return split(0, [])


def is_glued(word, codes):
    return glued_pieces(word, codes) is not None


def is_code_shaped(word):
    """Unknown but shaped like a code: kept apart unless words surround it."""
    if any(not c.isalpha() for c in word):
        return True
    return len(word) <= 4


def phrase_runs(listed, codes, typos, names):
    tokens = [t.strip(".:") for t in WORD.findall(listed)]
    run = []
    for token in tokens + [","]:
        code = (token == "," or token.startswith("(") or token in codes or token in typos
                or is_glued(token, codes) or token == "SIPDIS")
        if code and not (token in CONNECTORS and run):
            if len(run) >= 2 and any(not is_code_shaped(w) for w in run) and \
                    not any(w in names for w in run[1:]):
                while run and run[-1] in CONNECTORS:
                    run.pop()
                yield " ".join(run)
            run = []
        elif token:
            run.append(token)


def phrases(corpus):
    codes, typos, names = known_codes(), repaired_typos(), set(given_names(corpus))
    found = set()
    for _, text in cable_texts(corpus):
        for listed in tags_lists(text[:20000]):
            found.update(phrase_runs(listed, codes, typos, names))
    # Leave out runs made only of shorter phrases: the parser splits them.
    def composed(phrase):
        words = phrase.split()
        return any(" ".join(words[:k]) in found and
                   (" ".join(words[k:]) in found or composed(" ".join(words[k:])))
                   for k in range(2, len(words) - 1))
    return sorted(p for p in found if not composed(p))


def ascii_upper(name):
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain.upper() if re.fullmatch(r"[A-Za-z'\-]+", plain) else None


def faker_names():
    if FAKER_PATH not in sys.path:
        sys.path.append(FAKER_PATH)
    try:
        people = importlib.import_module("faker.providers.person")
    except ImportError:
        return set()
    names = set()
    for module in pkgutil.iter_modules(people.__path__):
        if module.name == "en":
            continue
        provider = importlib.import_module("faker.providers.person." + module.name).Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            for name in getattr(provider, attribute, ()):
                upper = ascii_upper(name)
                if upper and len(upper) >= 4:
                    names.add(upper)
    return names


def given_names(corpus):
    tagged = set()
    lower, capital = collections.Counter(), collections.Counter()
    before_lower, before_capital = collections.Counter(), collections.Counter()
    for name, text in cable_texts(corpus):
        for listed in tags_lists(text[:20000]):
            for person in re.findall(r"\(([A-Z' \-]+), ([A-Z]+)", listed):
                tagged.add(person[1])
        for word in re.findall(r"(?<=[a-z,;] )([A-Za-z]{3,})\b", text):
            (capital if word[0].isupper() else lower)[word.upper()] += 1
        for name, after in re.findall(r"\b([A-Z][a-z]{3,}) ([A-Za-z][a-z]+)", text):
            (before_capital if after[0].isupper() else before_lower)[name.upper()] += 1
    places = COUNTRIES | stations(corpus)
    def is_name(n):
        not_before_surname = before_lower[n] >= 3 and before_lower[n] > before_capital[n]
        return lower[n] <= capital[n] and not not_before_surname and n not in places
    common = {n for n in faker_names() | OFFICIALS if is_name(n)}
    return sorted(tagged | common)


def plain_words(corpus):
    codes = known_codes()
    english = set()
    for _, text in cable_texts(corpus):
        english.update(w.upper() for w in re.findall(r"\b[a-z]{5,}\b", text))
    try:
        with open("/usr/share/dict/american-english", encoding="utf-8") as listed:
            english.update(w.strip().upper() for w in listed if re.fullmatch(r"[a-z]{5,}", w.strip()))
    except OSError:
        pass
    return sorted(w for w in english if is_glued(w, codes))


def stations(corpus):
    ids = os.path.join(corpus, "..", "data", "cablegate-ids.csv")
    with open(ids) as table:
        return set(re.findall(r"^\d\d([A-Z]+)\d", table.read(), re.M))


def main():
    what, corpus = sys.argv[1], sys.argv[2]
    makers = {"phrases": phrases, "names": given_names, "words": plain_words}
    rows = makers[what](corpus)
    print("// Generated by generate_tag_vocabulary.py %s from the real corpus; do not edit." % what)
    print("// Sorted for binary search; see the script for the sources.")
    for row in rows:
        print('"%s",' % row)


if __name__ == "__main__":
    main()
