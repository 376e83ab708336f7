#!/usr/bin/env python3
"""Writes one spreadsheet-friendly CSV row per cable, with its tags joined and
its recipient and reference counts, from a cablecat catalogue.

    python3 reports/csv_export.py --db cables.db --output cables.csv

The file is UTF-8 with a byte order mark and CRLF line ends, which Excel,
LibreOffice and Google Sheets all open correctly.
"""
import argparse
import csv
import os
import sys

from catalogue_connection import open_catalogue

COLUMNS = ["ref_id", "created", "released", "classification", "origin", "subject",
           "precedence", "from_station", "signer", "tags", "to_recipients",
           "info_recipients", "references", "cited_by"]

# Counts come from correlated subqueries so a cable with many tags does not
# multiply its recipient counts.
CABLES_SQL = """
SELECT c.ref_id, c.created, c.released, c.classification, c.origin, c.subject,
       c.precedence, c.from_station, c.signer,
       (SELECT group_concat(code, '; ') FROM
          (SELECT t.code FROM cable_tags AS ct JOIN tags AS t ON t.id = ct.tag_id
           WHERE ct.cable_id = c.id ORDER BY ct.position)) AS tags,
       (SELECT count(*) FROM recipients AS r WHERE r.cable_id = c.id AND r.kind = 'to'),
       (SELECT count(*) FROM recipients AS r WHERE r.cable_id = c.id AND r.kind = 'info'),
       (SELECT count(*) FROM refs AS r WHERE r.cable_id = c.id),
       (SELECT count(DISTINCT r.cable_id) FROM refs AS r WHERE r.ref_id = c.ref_id)
FROM cables AS c
ORDER BY c.created, c.ref_id
"""


def write_csv(connection, stream):
    writer = csv.writer(stream)  # excel dialect: RFC 4180 quoting, CRLF
    writer.writerow(COLUMNS)
    rows = 0
    for row in connection.execute(CABLES_SQL):
        writer.writerow("" if value is None else value for value in row)
        rows += 1
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=os.environ.get("CABLECAT_DB") or "cables.db",
                        help="catalogue file (default: $CABLECAT_DB, else cables.db)")
    parser.add_argument("--output", "-o", default="-", help="CSV file to write (default: stdout)")
    options = parser.parse_args(argv)
    connection = open_catalogue(options.db)
    if options.output == "-":
        sys.stdout.reconfigure(encoding="utf-8", newline="")
        write_csv(connection, sys.stdout)
        return 0
    with open(options.output, "w", encoding="utf-8-sig", newline="") as stream:
        rows = write_csv(connection, stream)
    print(f"wrote {rows} cables to {options.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
