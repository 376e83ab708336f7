#!/usr/bin/env python3
"""Writes a full-scale synthetic cables.csv in the real dump's format from real cable texts.

Rows carry the real reference IDs and months of the 251,287 Cablegate cables
(../shared/data/cablegate-ids.csv, row i gets ID i) and real cable texts taken
from the corpus (WikiLeaks HTML pages and the Astana archive page), cycled
deterministically. The ID-dependent bits of each text (the station and serial
in the classification line and page breaks, the `DE ... #serial` and DTG
lines, the FM station) are rewritten to match the row's ID and date, and the
bodies are padded with paragraphs of other cables so the average row size
matches the real dump (about 1.7 GB for 251,287 rows).

Format (as the real dump): no header row; 8 fields each in double quotes (row
number, date `M/D/YYYY H:MM`, reference ID, origin, classification,
references joined by `|`, header, body); `"` and `'` inside fields escaped
with a backslash, never doubled; fields span many lines; --crlf for CRLF.

Standard library only; the output is a pure function of the options.
"""

import argparse
import bisect
import glob
import html
import itertools
import math
import os
import random
import re
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SHARED = os.path.normpath(os.path.join(BENCH_DIR, "..", "..", "shared"))
DEFAULT_OUTPUT = os.path.join(BENCH_DIR, "data", "cables.csv")
FULL_ROWS = 251287
ROW_OVERHEAD = 100  # quotes, commas, row number, date, ID, origin, classification, refs
MOST_REPEATS = 20  # how often the shortest text recurs in one cycle
# The real cables.csv is about 1.7 GB for 251,287 rows.
REAL_AVERAGE_ROW_BYTES = 6800
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

REFERENCE_ID = re.compile(r"^(\d{2})([A-Z]+)(\d+)$")
TABLE_CELL = re.compile(r"<td>(.*?)</td>", re.S)
ANCHOR_TAG = re.compile(r"</?a\b[^>]*>")
ANY_TAG = re.compile(r"<[^>]+>")
DTG = re.compile(r"^((?:[A-Z]{1,2} )*)(\d{6}Z [A-Z]{3} \d{2})\b", re.M)
# Malformed real IDs (7575LIBREVILLE1895, 90STATE255195TOSEC140301): first letters, last digits.
LOOSE_REFERENCE_ID = re.compile(r"^\d*([A-Z]+)\D*?(?:.*\D)?(\d*)$")
DE_SERIAL = re.compile(r"^(DE [A-Z]+ #)(\d+)", re.M)
FM_LINE = re.compile(r"^FM ([A-Z ]+?)[ \t]*$", re.M)


def without_marks(text):
    for mark in "\x00\x01\x02":
        if mark in text:
            text = text.replace(mark, "")
    return text


class CableText:
    """One real cable: its header and body and the metadata of its page."""

    def __init__(self, ref_id, classification, origin, header, body):
        self.ref_id = ref_id
        self.classification = classification
        self.origin = origin
        # Control characters 0-2 mark slots in templates; real texts have none.
        self.header = without_marks(header)
        self.body = without_marks(body)


def decode_pre(text):
    """Turns the text of a WikiLeaks <pre> block into the plain cable text."""
    text = text.replace("&#x000A;", "\n")
    text = ANCHOR_TAG.sub("", text)
    text = html.unescape(text).replace("\u00b6", "")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def pre_blocks(text, start):
    blocks = []
    while len(blocks) < 2:
        start = text.find("<pre>", start)
        end = text.find("</pre>", start)
        if start < 0 or end < 0:
            break
        blocks.append(text[start + 5:end])
        start = end
    return blocks


def read_html_pages(shared):
    cables = []
    for path in sorted(glob.glob(os.path.join(shared, "corpus", "html*", "**", "*.html"),
                            recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as page:
            text = page.read()
        table_start = text.find("<table class='cable'>")
        table_end = text.find("</table>", table_start)
        if table_start < 0 or table_end < 0:
            continue
        cells = [html.unescape(ANY_TAG.sub("", cell)).strip()
                 for cell in TABLE_CELL.findall(text, table_start, table_end)]
        blocks = pre_blocks(text, table_end)
        if len(cells) < 5 or len(blocks) < 2:
            continue
        cables.append(CableText(cells[0], cells[3], cells[4],
                                decode_pre(blocks[0]), decode_pre(blocks[1])))
    return cables


def read_archive_page(shared):
    """Splits the archive page into cables: metadata line, header, blank line, body."""
    path = os.path.join(shared, "corpus", "archive", "astana-2007-08.txt")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8", errors="replace") as page:
        lines = page.read().replace("\r\n", "\n").split("\n")
    metadata = re.compile(r"^(\S+) \d{4}-\d\d-\d\d \d\d:\d\d \d{4}-\d\d-\d\d \d\d:\d\d "
                          r"(.+?) ((?:Embassy|Consulate|Mission|Secretary|USUN|US) .*)$")
    cables = []
    index = 0
    while index < len(lines):
        match = metadata.match(lines[index]) if lines[index - 1:index] == [
            "Reference ID Created Released Classification Origin"] else None
        if not match:
            index += 1
            continue
        start = index + 1
        while start < len(lines) and lines[start] == "":
            start += 1
        end_header = start
        while end_header < len(lines) and lines[end_header] != "":
            end_header += 1
        end_body = end_header + 1
        while end_body < len(lines) and lines[end_body] != "Wikileaks":
            end_body += 1
        body = "\n".join(lines[end_header + 1:end_body]).rstrip("\n")
        cables.append(CableText(match.group(1), match.group(2), match.group(3),
                                "\n".join(lines[start:end_header]), body))
        index = end_body
    return cables


def read_reference_ids(shared, rows):
    path = os.path.join(shared, "data", "cablegate-ids.csv")
    ids = []
    with open(path, encoding="utf-8") as listing:
        next(listing)
        for line in itertools.islice(listing, rows):
            ref_id, _, month = line.rstrip("\n").partition(",")
            ids.append((ref_id, int(month)))
    return ids


TRAILING_SERIAL = re.compile(r"^(.*?)(\d*)$")
COPY_SERIAL_STEP = 10 ** 7  # above every real serial (STATE's run to 6 digits)


def row_reference_id(reference_ids, index):
    """(reference ID, month) of row `index`. Past the real IDs (a 10x archive)
    the IDs repeat with their serial moved up by 10^7 per copy, so each row is
    a cable of its own: 07ASTANA2327 is 07ASTANA10002327 in the second copy,
    07ASTANA20002327 in the third."""
    ref_id, month = reference_ids[index % len(reference_ids)]
    copy = index // len(reference_ids)
    if copy:
        prefix, serial = TRAILING_SERIAL.match(ref_id).groups()
        ref_id = prefix + str(copy * COPY_SERIAL_STEP + int(serial or 0))
    return ref_id, month


def escape_field(text):
    # Backslashes would collide with the dump's escape character; the real
    # texts use none, so they become slashes.
    return text.replace("\\", "/").replace('"', '\\"').replace("'", "\\'")


def as_format(text, end_of_line):
    """Escapes text for a CSV field and for str.format."""
    text = escape_field(text).replace("{", "{{").replace("}", "}}")
    text = text.replace("\x00", "{").replace("\x01", "}")
    return text.replace("\n", end_of_line) if end_of_line != "\n" else text


def slot(name):
    """Marks a slot in raw text; as_format turns the marks into str.format braces."""
    return "\x00" + name + "\x01"


class Template:
    """A cable text ready to be stamped with a row's ID: a str.format pattern for header+body."""

    def __init__(self, cable, end_of_line, stations):
        self.classification = escape_field(cable.classification)
        self.serial_widths = set()
        header, body = cable.header, cable.body
        parts = REFERENCE_ID.match(cable.ref_id)
        if parts:
            station, serial = parts.group(2), parts.group(3).lstrip("0")
            if serial:
                body = self.stamp_station_and_serial(body, station, serial, stations)
        # Pad before the last non-blank line (the signer) so the cable still ends like one.
        end = len(body.rstrip())
        cut = body.rfind("\n", 0, end) + 1
        body = body[:cut] + slot("pad") + body[cut:]
        header = DTG.sub(lambda m: (m.group(1) or "") + slot("dtg"), header, count=1)
        header = DE_SERIAL.sub(lambda m: m.group(1) + slot("de_serial"), header, count=1)
        header = FM_LINE.sub("FM " + slot("fm"), header, count=1)
        self.text_format = as_format(header + '\x02' + body, end_of_line).replace(
            "\x02", '","')
        self.natural_size = len(self.text_format.encode("utf-8"))
        self.pad_size = 0

    def stamp_station_and_serial(self, body, station, serial, stations):
        """Replaces `STATION 00SERIAL` (classification line, page breaks) with {idN} slots."""
        pieces, last, position = [], 0, body.find(serial)
        while position >= 0:
            end = position + len(serial)
            start = position
            while start > 0 and body[start - 1] == "0":
                start -= 1
            words_end = start
            while words_end > 0 and body[words_end - 1] == " ":
                words_end -= 1
            # The station's letters, with or without spaces (RIO DE JANEIRO), end right before.
            cut, letters = words_end, 0
            while cut > last and letters < len(station) and (body[cut - 1].isupper()
                                                             or body[cut - 1] == " "):
                cut -= 1
                letters += body[cut] != " "
            if (words_end < start and not body[end:end + 1].isdigit()
                    and letters == len(station) and not body[cut - 1:cut].isalpha()
                    and body[cut:words_end].replace(" ", "") == station):
                width = end - start
                self.serial_widths.add(width)
                stations.setdefault(station, body[cut:words_end])
                pieces.append(body[last:cut] + slot("id%d" % width))
                last = end
            position = body.find(serial, end)
        return "".join(pieces) + body[last:]


def paragraph_pool(cables, end_of_line):
    """Body paragraphs of all cables, escaped, as one string with the paragraph starts."""
    paragraphs = []
    for cable in cables:
        for paragraph in re.split(r"\n[ \t]*\n", cable.body):
            paragraph = paragraph.strip("\n")
            if 200 <= len(paragraph) <= 4000 and re.match(r"\s*\d+\.", paragraph):
                paragraph = escape_field(paragraph + "\n \n")
                paragraphs.append(paragraph.replace("\n", end_of_line))
    starts, offset = [], 0
    for paragraph in paragraphs:
        starts.append(offset)
        offset += len(paragraph)
    return "".join(paragraphs), starts


def weighted_cycle(templates, average_size, generator):
    """Orders the texts (with repeats) so their mean size is average_size, shape kept.

    The corpus pages lean to long cables. When they are too long on average,
    each text is repeated in proportion to exp(-tilt * size), which favours
    short texts smoothly without cutting the tail; when they are too short,
    every text is padded by the same factor.
    """
    sizes = [t.natural_size for t in templates]

    def tilted_mean(tilt):
        weights = [math.exp(-tilt * (size - sizes[0])) for size in sizes]
        return sum(w * s for w, s in zip(weights, sizes)) / sum(weights)

    low, high = 0.0, 1e-3
    if tilted_mean(0.0) > average_size:
        for _ in range(60):
            middle = (low + high) / 2
            low, high = (middle, high) if tilted_mean(middle) > average_size else (low, middle)
    smallest = min(sizes)
    cycle = []
    for template in templates:
        repeats = round(MOST_REPEATS * math.exp(-high * (template.natural_size - smallest)))
        cycle.extend([template] * max(1, repeats) if low > 0 else [template] * MOST_REPEATS)
    generator.shuffle(cycle)
    mean = sum(t.natural_size for t in cycle) / len(cycle)
    factor = max(0.0, average_size / mean - 1.0)
    for template in templates:
        template.pad_size = int(template.natural_size * factor)
    return cycle


def origin_of(station, origins):
    if station in origins:
        return origins[station]
    return "Embassy " + station.title()


def from_line_of(origin, written):
    if origin == "Secretary of State":
        return "SECSTATE WASHDC"
    kind = origin.split(" ", 1)[0]
    prefix = {"Consulate": "AMCONSUL", "Mission": "USMISSION", "USUN": "USMISSION"}.get(
        kind, "AMEMBASSY")
    return prefix + " " + written


def main():
    options = parse_options()
    started = time.monotonic()
    end_of_line = "\r\n" if options.crlf else "\n"
    cables = read_html_pages(options.shared) + read_archive_page(options.shared)
    reference_ids = read_reference_ids(options.shared, options.rows)
    if not cables or not reference_ids:
        sys.exit("generate_cables_csv: no corpus under " + options.shared)

    stations = {}  # station key in IDs -> as written in texts (RIODEJANEIRO -> RIO DE JANEIRO)
    templates = [Template(cable, end_of_line, stations) for cable in cables]
    origins = {}
    for cable in cables:
        parts = REFERENCE_ID.match(cable.ref_id)
        if parts:
            origins.setdefault(parts.group(2), html.unescape(cable.origin))
    pool, pool_starts = paragraph_pool(cables, end_of_line)

    generator = random.Random(options.seed)
    order = weighted_cycle(templates, options.average_bytes - ROW_OVERHEAD, generator)
    rows = options.rows
    if options.output != "-":
        os.makedirs(os.path.dirname(os.path.abspath(options.output)) or ".", exist_ok=True)
    to_stdout = options.output == "-"  # streamed: `... --output - | cablecat load --db x.db -`
    temporary = options.output + ".part"
    written = 0
    with (os.fdopen(os.dup(sys.stdout.fileno()), "wb") if to_stdout else open(temporary, "wb")) as output:
        chunk = []
        chunk_size = 0
        for index in range(rows):
            ref_id, month = row_reference_id(reference_ids, index)
            template = order[index % len(order)]
            chunk.append(format_row(index, ref_id, month, template, generator, stations,
                                    origins, reference_ids, pool, pool_starts, end_of_line))
            chunk_size += len(chunk[-1])
            if chunk_size > (4 << 20):
                data = "".join(chunk).encode("utf-8")
                output.write(data)
                written += len(data)
                chunk, chunk_size = [], 0
        data = "".join(chunk).encode("utf-8")
        output.write(data)
        written += len(data)
    if not to_stdout:
        os.replace(temporary, options.output)
    elapsed = time.monotonic() - started
    print("wrote %s: %d rows, %.1f MB (%.0f bytes/row) in %.1f s (%.1f MB/s)"
          % (options.output, rows, written / 1e6, written / max(rows, 1), elapsed,
             written / 1e6 / max(elapsed, 1e-9)), file=sys.stderr)


def format_row(index, ref_id, month, template, generator, stations, origins, reference_ids,
               pool, pool_starts, end_of_line):
    parts = REFERENCE_ID.match(ref_id) or LOOSE_REFERENCE_ID.match(ref_id)
    year_digits = ref_id[:2] if ref_id[:2].isdigit() else "10"
    year = (1900 if int(year_digits) >= 60 else 2000) + int(year_digits)
    month = month if 1 <= month <= 12 else 1
    draw = generator.getrandbits(32)
    day = 1 + draw % DAYS_IN_MONTH[month - 1]
    hour = (draw >> 8) % 24
    minute = (draw >> 16) % 60
    if parts and parts.lastindex == 3:
        station, serial = parts.group(2), parts.group(3)
    elif parts:
        station, serial = parts.group(1), parts.group(2) or str(index + 1)
    else:
        station, serial = "STATE", str(index + 1)
    written_station = stations.get(station, station)
    origin = origin_of(station, origins)
    slots = {
        "dtg": "%02d%02d%02dZ %s %s" % (day, hour, minute, MONTHS[month - 1], year_digits),
        "de_serial": serial.zfill(4),
        "fm": from_line_of(origin, written_station),
        "pad": "",
    }
    for width in template.serial_widths:
        slots["id%d" % width] = written_station + " " + serial.zfill(width)
    if template.pad_size:
        start = bisect.bisect_left(pool_starts, (draw * 7919) % len(pool))
        start = pool_starts[start] if start < len(pool_starts) else 0
        # Whole paragraphs, ending at the paragraph boundary nearest to the wanted size.
        wanted = start + template.pad_size
        after = bisect.bisect_left(pool_starts, wanted)
        end = pool_starts[after] if after < len(pool_starts) else len(pool)
        before = pool_starts[after - 1] if after > 0 else 0
        end = before if wanted - before < end - wanted else end
        slots["pad"] = pool[start:end]
    # About a third of the real rows list references: earlier cables of the run.
    references = ""
    if draw >> 24 < 85 and index > 0:
        count = 1 + (draw >> 29) % 3
        references = "|".join(row_reference_id(reference_ids, max(0, index - 1 - ((draw >> (3 * k)) % 500)))[0]
                              for k in range(count))
    return '"%d","%d/%d/%d %d:%02d","%s","%s","%s","%s","%s"%s' % (
        index + 1, month, day, year, hour, minute, escape_field(ref_id), escape_field(origin),
        template.classification, references, template.text_format.format_map(slots),
        end_of_line)


def parse_options():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=FULL_ROWS,
                        help="rows to write (default: %(default)s, the full archive; beyond it the IDs "
                             "repeat with serials moved up by 10^7 per copy: synthetic IDs, real texts)")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="default: %(default)s; - writes to standard output")
    parser.add_argument("--seed", type=int, default=2010, help="default: %(default)s")
    parser.add_argument("--crlf", action="store_true", help="CRLF line endings")
    parser.add_argument("--average-bytes", type=int, default=REAL_AVERAGE_ROW_BYTES,
                        help="target average row size in bytes (default: %(default)s)")
    parser.add_argument("--shared", default=DEFAULT_SHARED,
                        help="the read-only corpus folder (default: %(default)s)")
    return parser.parse_args()


if __name__ == "__main__":
    main()
