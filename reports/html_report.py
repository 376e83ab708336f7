#!/usr/bin/env python3
"""Writes one self-contained HTML overview of a cablecat catalogue: cables
per month (inline SVG, stacked by classification), cables per year by
classification, the top origins and tags over time, and the most-cited
cables.

    python3 reports/html_report.py --db cables.db --output report.html
    python3 reports/html_report.py --since 2006 --until 2008 --tag PGOV -o pgov.html

Every number comes from the report SQL files beside this script (the ones
`cablecat report` runs), with the filters as their parameters. Nothing is
loaded from the network: the page opens anywhere, offline.
"""
import argparse
import os
import pathlib
import re
import sys
from html import escape

from catalogue_connection import open_catalogue
from html_tables import heatmap, html_table, years_table
from named_reports import run_report
from time_axis import TimeAxis, months_between
from timeline_chart import FAMILIES, timeline_svg

STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em; color: #222; max-width: 1150px; }
h1 { margin-bottom: 0.2em; } .lead { color: #555; margin-top: 0; } .note { color: #555; font-size: 0.9em; }
table { border-collapse: collapse; margin: 0.5em 0 2em; font-size: 0.9em; }
th, td { padding: 0.25em 0.7em; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
th { background: #f3f3f3; white-space: nowrap; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.date, td.code, td.name { white-space: nowrap; }
table.heatmap td.period { text-align: center; min-width: 2.8em; font-variant-numeric: tabular-nums;
                          white-space: nowrap; }
table.heatmap th.period { text-align: center; }
.mix { display: flex; width: 180px; height: 12px; margin-top: 3px; }
.mix span { display: block; height: 100%; }
svg text { font-size: 11px; fill: #333; } svg .axis-title, svg .panel-caption { font-size: 12px; fill: #444; }
"""

DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def date_prefix(text):
    """argparse type for --since/--until: a date or its start."""
    if not DATE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: give 2008, 2008-06 or 2008-06-15")
    return text


def parse_options(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=os.environ.get("CABLECAT_DB") or "cables.db",
                        help="catalogue file (default: $CABLECAT_DB, else cables.db)")
    parser.add_argument("--output", "-o", default="report.html",
                        help="HTML file to write, - for stdout (default: report.html)")
    parser.add_argument("--limit", type=int, default=20,
                        help="origins, tags and cables in each list (default: 20)")
    parser.add_argument("--since", type=date_prefix,
                        help="only cables created on or after this date: 2008, 2008-06, 2008-06-15")
    parser.add_argument("--until", type=date_prefix,
                        help="only cables created on or before this date (2008: all of 2008)")
    parser.add_argument("--origin", help="only cables from this origin, as written: 'Embassy Astana'")
    parser.add_argument("--tag", type=str.upper, help="only cables with this TAGS code: PGOV")
    return parser.parse_args(argv)


def family_counts(row):
    return [row[family] or 0 for family, _ in FAMILIES]


def describe_filters(filters):
    words = {"since": "since", "until": "until", "origin": "from", "tag": "tagged"}
    return ", ".join(f"{words[name]} {value}" for name, value in filters.items() if value)


def timeline_section(axis, month_rows, year_rows):
    main_months = [row for row in month_rows if int(row["month"][:4]) >= axis.main_year]
    months = months_between(main_months[0]["month"], main_months[-1]["month"])
    month_counts = {row["month"]: family_counts(row) for row in main_months}
    early_counts = {int(row["year"]): family_counts(row) for row in year_rows if int(row["year"]) < axis.main_year}
    note = ""
    if early_counts:
        total = sum(axis.totals.values())
        cables = f"{axis.early_cables:,} cables" if axis.early_cables != 1 else "one cable"
        note = (f'<p class="note">The monthly axis starts in {axis.main_year}. The years before it '
                f'({axis.first_year}\u2013{axis.main_year - 1}: {cables}, '
                f'{100 * axis.early_cables / total:.1f} %) are shown per year on the left, '
                f'so they do not stretch it.</p>')
    svg = timeline_svg(month_counts, early_counts, months)
    return f'<section id="per-month"><h2>Cables per month</h2>\n{svg}\n{note}</section>'


def years_section(year_rows):
    return (f'<section id="per-year"><h2>Cables per year by classification</h2>\n'
            f'{years_table(year_rows)}</section>')


def pivot(rows, key_columns, period_of, value_column):
    """Long rows (one per name and year) to [(leading values, {period: sum})], in row order."""
    pivoted = {}
    for row in rows:
        leading = tuple(row[column] for column in key_columns)
        values = pivoted.setdefault(leading, {})
        period = period_of(row["year"])
        values[period] = values.get(period, 0) + row[value_column]
    return [(list(leading), values) for leading, values in pivoted.items()]


def origins_section(axis, origin_rows):
    rows = pivot(origin_rows, ("origin", "origin_cables"), axis.period, "cables")
    table = heatmap([("origin", "name"), ("cables", "number")], rows, axis.periods(),
                    shown=lambda value: f"{value:,}" if value else "",
                    tooltip=lambda leading, period, value: f"{leading[0]}, {period}: {value or 0:,} cable(s)")
    return (f'<section id="origins"><h2>Top origins over time</h2>\n'
            f'<p class="note">Cables per year from the posts that sent most.</p>\n{table}</section>')


def tags_section(axis, tag_rows):
    rows = pivot(tag_rows, ("code", "kind", "tag_cables"), axis.period, "cables")
    # Shares of each period's cables: a trend, whatever the number of cables per year.
    shares = [(leading, {key: 100 * count / axis.period_total(key) for key, count in counts.items()})
              for leading, counts in rows]
    table = heatmap([("tag", "code"), ("kind", "name"), ("cables", "number")], shares, axis.periods(),
                    shown=lambda value: f"{value:.1f}" if value else "",
                    tooltip=lambda leading, period, value:
                        f"{leading[0]}: {value or 0:.1f} % of the cables of {period}")
    return (f'<section id="tags"><h2>Tag trends</h2>\n'
            f'<p class="note">Share of each year\'s cables (%) carrying each of the most used tags.</p>\n'
            f'{table}</section>')


def cited_section(cited_rows):
    columns = [("cable", "code"), ("created", "date"), ("subject", ""), ("cited by", "number")]
    rows = [[row["ref_id"], row["created"], row["subject"], row["cited_by"]] for row in cited_rows]
    body = html_table(columns, rows, "cited") if rows else '<p class="note">No cable here is cited by another.</p>'
    return (f'<section id="most-cited"><h2>Most-cited cables</h2>\n'
            f'<p class="note">Cables in the catalogue (within the filters) that most other cables cite.</p>\n'
            f'{body}</section>')


def build_page(connection, db_name, filters, limit):
    year_rows = run_report(connection, "cables-per-year", **filters)
    matched = sum(row["cables"] for row in year_rows)
    described = describe_filters(filters)
    if described:
        everything = sum(row["cables"] for row in run_report(connection, "cables-per-year"))
        lead = f"{matched:,} of {everything:,} dated cables, {described}"
    else:
        lead = f"{matched:,} dated cables"
    sections = []
    if year_rows:
        month_rows = run_report(connection, "cables-per-month", **filters)
        lead += f", created {month_rows[0]['month']} to {month_rows[-1]['month']}."
        axis = TimeAxis(year_rows)
        sections = [timeline_section(axis, month_rows, year_rows),
                    years_section(year_rows),
                    origins_section(axis, run_report(connection, "origins-per-year", limit=limit, **filters)),
                    tags_section(axis, run_report(connection, "tags-per-year", limit=limit, **filters)),
                    cited_section(run_report(connection, "most-cited", limit=limit, **filters))]
    elif described:
        lead += ": no cable matches."
        print(f"no dated cable matches: {described}", file=sys.stderr)
    else:
        lead += "."
    body = "\n".join(sections)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>cablecat report: {escape(db_name)}</title>
<style>{STYLE}</style>
</head>
<body>
<h1>Cable catalogue overview</h1>
<p class="lead">{escape(db_name)}: {escape(lead)}</p>
{body}
</body>
</html>
"""


def check_output_folder(output):
    """Exit with a message, before any work, when the page cannot be written there."""
    if output == "-":
        return
    folder = pathlib.Path(output).parent
    if not folder.is_dir():
        sys.exit(f"{output}: no folder {folder}; create it first or give another --output")


def main(argv=None):
    options = parse_options(argv)
    check_output_folder(options.output)
    connection = open_catalogue(options.db)
    filters = {name: getattr(options, name) for name in ("since", "until", "origin", "tag")}
    page = build_page(connection, os.path.basename(options.db), filters, options.limit)
    if options.output == "-":
        sys.stdout.write(page)
        return 0
    try:
        with open(options.output, "w", encoding="utf-8") as stream:
            stream.write(page)
    except OSError as error:
        sys.exit(f"{options.output}: cannot write: {error.strerror}")
    print(f"wrote {options.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
